// English names and descriptions of the five controlled vocabularies. The Chinese ones are data
// (`label`, `description` in content/taxonomies/<vocabulary>.yaml); the taxonomy schema has no
// English field for a vocabulary itself, so its English name lives here beside the interface text.
import type { Vocabulary } from '../schemas/taxonomy.ts';
import type { Taxonomy } from '../schemas/taxonomy.ts';
import type { Locale } from './locales.ts';

const VOCABULARIES_EN: Record<Vocabulary, { label: string; description: string }> = {
  domain: { label: 'Domain', description: 'The field of governance a case belongs to; at most three per case.' },
  technology: { label: 'Technology', description: 'The main technologies a case uses.' },
  region: {
    label: 'Region',
    description: 'Province → city → county or district → town or subdistrict. A case is filed under the most specific place its sources support; “Not stated” when they name none.',
  },
  level: { label: 'Level of government', description: 'The level of government at which the organisations of a case sit, or which it serves.' },
  'org-type': {
    label: 'Type of organisation',
    description: 'What kind of body each organisation of a case is. Given only where a source states it or the name leaves no doubt; otherwise “Not stated”.',
  },
};

export function vocabularyLabel(taxonomy: Pick<Taxonomy, 'vocabulary' | 'label'>, locale: Locale): string {
  return locale === 'en' ? VOCABULARIES_EN[taxonomy.vocabulary].label : taxonomy.label;
}

export function vocabularyDescription(taxonomy: Pick<Taxonomy, 'vocabulary' | 'description'>, locale: Locale): string | undefined {
  return locale === 'en' ? VOCABULARIES_EN[taxonomy.vocabulary].description : taxonomy.description;
}
