// Search facts shared by the indexer and the search page (kept free of heavy imports, since the
// page's script bundles it).
import { CASE_FIELD_LABELS } from '../schemas/constants.ts';

/**
 * A language code Pagefind neither segments nor stems, so the bigram text is indexed as given.
 * The search page must create its Pagefind instance under this language too.
 */
export const SEARCH_LANGUAGE = 'zxx';

/**
 * The English index's language: Pagefind stems its words (audits → audit). It holds the English
 * titles, summaries, keywords and vocabulary labels, and the Chinese names in bigram form.
 */
export const SEARCH_LANGUAGE_EN = 'en';
export type SearchIndexLanguage = typeof SEARCH_LANGUAGE | typeof SEARCH_LANGUAGE_EN;

/** The English index's folder (one index: its records hold no body text, so it needs no shards). */
export const ENGLISH_INDEX_FOLDER = 'pagefind-en/';

/** Filter names, in the order the search page shows them, with their Chinese labels. */
export const SEARCH_FILTERS = {
  programme: '奖项',
  year: '评选年份',
  category: '获奖类别',
  province: '省份',
  city: '城市',
  domain: CASE_FIELD_LABELS.domains,
  technology: CASE_FIELD_LABELS.technologies,
  level: CASE_FIELD_LABELS.level,
  completeness: CASE_FIELD_LABELS.completeness,
} as const;
export type SearchFilter = keyof typeof SEARCH_FILTERS;
export const FILTER_NAMES = Object.keys(SEARCH_FILTERS) as SearchFilter[];

/** The search page's facet table (search/facets.ts), written into the first shard's folder. */
export const FACET_TABLE_FILE = 'case-facets.json';

/** The names offered when a query finds nothing (search/vocabulary.ts), beside the facet table; fetched only then. */
export const VOCABULARY_FILE = 'search-vocabulary.json';
/**
 * Beside it: the same names cut into parts by their first and by their last character
 * (search/vocabulary.ts correctionParts), so that typo correction fetches two small parts, not every name.
 */
export const CORRECTION_FOLDER = 'search-corrections';
/** Beside it: the reading table for typo correction (syllable → characters), fetched only when a query finds nothing. */
export const READINGS_FILE = 'search-readings.json';

/** Sort orders offered, keyed by the URL value ('' = relevance). */
export const SEARCH_SORTS = { '': '相关度', year: '年份（新→旧）', title: '标题' } as const;

/**
 * The folder of index shard `k` (0-based) under the site root. A library larger than the shard
 * size is indexed as several Pagefind indexes that the search page merges; the first holds
 * Pagefind's scripts. See docs/search.md for what shards cost and save.
 */
export function shardFolder(k: number): string {
  return k === 0 ? 'pagefind/' : `pagefind-${k + 1}/`;
}
