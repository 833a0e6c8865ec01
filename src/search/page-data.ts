// What the search page hands its script, per language: the index folder and its shard count, the
// page's messages, the filter values' labels and the concept table (data-* attributes of
// #search-app). The Chinese page reads the Chinese index (pagefind/ and, in a large library, its
// further shards); the English page reads the English one (pagefind-en/, always one index), so
// neither page downloads the other's index.
import { COMPLETENESS, COMPLETENESS_LABELS, COMPLETENESS_LABELS_EN } from '../schemas/constants.ts';
import type { Library } from '../library/library.ts';
import { categoryName, programmeName, termLabel } from '../library/localized.ts';
import { ENGLISH_INDEX_FOLDER, shardFolder, type SearchFilter } from './filters.ts';
import { SEARCH_MESSAGES, type SearchLocale } from './messages.ts';
import { searchConceptTable } from './vocabulary.ts';

export function searchPageData(library: Library, locale: SearchLocale, chineseShards: number): Record<string, string> {
  const english = locale === 'en';
  return {
    'data-index': english ? ENGLISH_INDEX_FOLDER : shardFolder(0),
    'data-shards': String(english ? 1 : chineseShards),
    'data-messages': JSON.stringify(SEARCH_MESSAGES[locale]),
    ...(english ? { 'data-filter-labels': JSON.stringify(filterLabelsEn(library)) } : {}),
    'data-concepts': JSON.stringify(searchConceptTable(library, english)),
  };
}

/**
 * The filter values' labels in English: Chinese value (as the records carry it) → the
 * vocabularies' `en`, the programmes' `en.name`, the categories' `en`. A value without an English
 * label is shown in Chinese (and marked as Chinese by the page).
 */
export function filterLabelsEn(library: Library): Partial<Record<SearchFilter, Record<string, string>>> {
  const labels: Partial<Record<SearchFilter, Record<string, string>>> = {};
  const add = (filter: SearchFilter, value: string, label: string) => {
    if (label !== value) (labels[filter] ??= {})[value] = label;
  };
  for (const programme of library.programmes) add('programme', programme.data.name, programmeName(programme, 'en'));
  for (const edition of library.editions) for (const category of edition.data.categories) add('category', category.name, categoryName(category, 'en'));
  for (const term of library.terms('region')) add(term.rank === 'province' ? 'province' : 'city', term.label, termLabel(term, 'en'));
  for (const vocabulary of ['domain', 'technology', 'level'] as const) for (const term of library.terms(vocabulary)) add(vocabulary, term.label, termLabel(term, 'en'));
  for (const level of COMPLETENESS) add('completeness', COMPLETENESS_LABELS[level], COMPLETENESS_LABELS_EN[level]);
  return labels;
}
