// An entry's text in one language: the English fields where editors have written them, else the
// Chinese (which English pages then mark lang="zh-CN", components/Text.astro). Pages ask here
// instead of reading `en` fields themselves, so every fallback works the same way.
import type { Vocabulary } from '../schemas/taxonomy.ts';
import type { TaxonomyTerm } from '../schemas/taxonomy.ts';
import type { CaseAward } from '../schemas/case.ts';
import type { Locale } from '../i18n/locales.ts';
import { awardLabel, editionLabel, editionTitleLabel, REGION_SEPARATOR, UNSTATED_LABELS } from './format.ts';
import { UNSTATED_TERM, type CaseEntry, type ComparisonEntry, type EditionEntry, type Library, type ProgrammeEntry } from './library.ts';

const english = (locale: Locale) => locale === 'en';

export function caseTitle(entry: Pick<CaseEntry, 'data'>, locale: Locale): string {
  return (english(locale) && entry.data.en?.title) || entry.data.title;
}

export function caseSummary(entry: Pick<CaseEntry, 'data'>, locale: Locale): string {
  return (english(locale) && entry.data.en?.summary) || entry.data.summary;
}

/** True when an English page of the case has to fall back to its Chinese title and summary. */
export function needsTranslation(entry: Pick<CaseEntry, 'data'>): boolean {
  return !entry.data.en;
}

export function termLabel(term: TaxonomyTerm, locale: Locale): string {
  return (english(locale) && term.en) || term.label;
}

export function termDefinition(term: TaxonomyTerm, locale: Locale): string {
  return (english(locale) && term.definitionEn) || term.definition;
}

/** A case's term by ID in one language; the unstated label when the sources state none. */
export function libraryTermLabel(library: Library, vocabulary: Vocabulary, id: string | undefined, locale: Locale): string {
  if (id === undefined || id === UNSTATED_TERM) return UNSTATED_LABELS[locale];
  const term = library.term(vocabulary, id);
  return term ? termLabel(term, locale) : id;
}

export function regionPathText(path: ReadonlyArray<TaxonomyTerm>, locale: Locale): string {
  return path.map((term) => termLabel(term, locale)).join(REGION_SEPARATOR);
}

export function programmeName(programme: Pick<ProgrammeEntry, 'data'>, locale: Locale): string {
  return (english(locale) && programme.data.en?.name) || programme.data.name;
}

export function programmeFullName(programme: Pick<ProgrammeEntry, 'data'>, locale: Locale): string {
  if (english(locale) && programme.data.en) return programme.data.en.fullName ?? programme.data.en.name;
  return programme.data.fullName ?? programme.data.name;
}

export function programmeDescription(programme: Pick<ProgrammeEntry, 'data'>, locale: Locale): string | undefined {
  return (english(locale) && programme.data.en?.description) || programme.data.description;
}

/** An edition's fields for lists and titles, in one language. */
function editionFields(edition: Pick<EditionEntry, 'data'>, locale: Locale) {
  const en = english(locale) ? edition.data.en : undefined;
  return en ? { year: edition.data.year, title: en.title, shortTitle: en.shortTitle } : edition.data;
}

export function editionTitle(edition: Pick<EditionEntry, 'data'>, locale: Locale): string {
  return editionFields(edition, locale).title;
}

export function editionShortLabel(edition: Pick<EditionEntry, 'data'>, locale: Locale): string {
  return editionLabel(editionFields(edition, locale));
}

export function editionFullLabel(edition: Pick<EditionEntry, 'data'>, locale: Locale): string {
  return editionTitleLabel(editionFields(edition, locale));
}

export function categoryName(category: { name: string; en?: string }, locale: Locale): string {
  return (english(locale) && category.en) || category.name;
}

/** A case's award as a badge, in one language: "2022 Chutian Governance · Digital government". */
export function caseAwardText(library: Library, award: CaseAward, locale: Locale): string {
  const edition = library.edition(award.edition);
  const programme = edition && library.programme(edition.data.programme);
  const category = edition?.data.categories.find((c) => c.name === award.category);
  return awardLabel(edition?.data.year, programme && programmeName(programme, locale), category ? categoryName(category, locale) : award.category);
}

export function comparisonTitle(comparison: Pick<ComparisonEntry, 'data'>, locale: Locale): string {
  return (english(locale) && comparison.data.en?.title) || comparison.data.title;
}

export function comparisonSummary(comparison: Pick<ComparisonEntry, 'data'>, locale: Locale): string {
  return (english(locale) && comparison.data.en?.summary) || comparison.data.summary;
}
