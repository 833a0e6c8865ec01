// What the search page hands its script, per language: the index folder, the page's words, the
// filter values' labels and the concept table (data-* attributes of #search-app). The Chinese
// page reads the Chinese index (pagefind/); the English page reads the English one
// (pagefind-en/), so neither page downloads the other's index.
import type { Library } from './library.ts';
import { ENGLISH_INDEX_FOLDER, shardFolder } from './search-filters.ts';
import { filterLabelsEn, SEARCH_MESSAGES, type SearchLocale } from './search-messages.ts';
import { searchConceptTable } from './search-vocabulary.ts';

export function searchPageData(library: Library, locale: SearchLocale): Record<string, string> {
  const english = locale === 'en';
  return {
    'data-index': english ? ENGLISH_INDEX_FOLDER : shardFolder(0),
    'data-messages': JSON.stringify(SEARCH_MESSAGES[locale]),
    ...(english ? { 'data-filter-labels': JSON.stringify(filterLabelsEn(library)) } : {}),
    'data-concepts': JSON.stringify(searchConceptTable(library, english)),
  };
}
