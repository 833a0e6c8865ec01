// Astro content collections: each loads one folder of content/ with its schema from src/schemas/.
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { contentDir } from 'virtual:case-library/settings';
import { entryLoader } from './loaders/entry-loader.ts';
import { awardEditionSchema, awardProgrammeSchema } from './schemas/award.ts';
import { caseSchema } from './schemas/case.ts';
import { comparisonSchema } from './schemas/comparison.ts';
import { COLLECTIONS } from './schemas/index.ts';
import { sourceSchema } from './schemas/source.ts';
import { taxonomySchema } from './schemas/taxonomy.ts';

const root = path.resolve(contentDir);
const from = (name: keyof typeof COLLECTIONS) => entryLoader(root, name);

export const collections = {
  taxonomies: defineCollection({ loader: from('taxonomies'), schema: taxonomySchema }),
  sources: defineCollection({ loader: from('sources'), schema: sourceSchema }),
  awards: defineCollection({ loader: from('awards'), schema: awardProgrammeSchema }),
  editions: defineCollection({ loader: from('editions'), schema: awardEditionSchema }),
  cases: defineCollection({ loader: from('cases'), schema: caseSchema }),
  comparisons: defineCollection({ loader: from('comparisons'), schema: comparisonSchema }),
};
