// The one module that knows Pagefind 1.6's client API and file formats (pinned with the package
// and covered by the search tests): the search page loads and queries the index through it, and
// the build reads page IDs and word counts back from the fragments with it
// (integrations/search-index-shard.ts).
import { SEARCH_LANGUAGE, SEARCH_LANGUAGE_EN, type SearchIndexLanguage } from './filters.ts';

/** A Pagefind result as the ranking needs it: an exact search reports its matches' word positions. */
export interface TermResult {
  id: string;
  words: number[];
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string) => Promise<{ results: TermResult[] }>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
}

/** A case's card (its URL, indexed content in bigram form, and meta): search/index-pages.ts writes one per case. */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** A Pagefind fragment file is gzip of this marker followed by the page's JSON. */
const FRAGMENT_MARKER = 'pagefind_dcd';

/** A Pagefind fragment file's text (after gunzip): the page's URL, content and the words Pagefind counted on it. */
export function parseFragment(text: string): Fragment & { word_count: number } {
  if (!text.startsWith(FRAGMENT_MARKER)) throw new Error('unexpected Pagefind fragment format');
  return JSON.parse(text.slice(FRAGMENT_MARKER.length)) as Fragment & { word_count: number };
}

/** A fragment's file name → Pagefind's page ID, or undefined for other files. */
export function pageIdOfFile(name: string): string | undefined {
  return name.endsWith('.pf_fragment') ? name.slice(0, -'.pf_fragment'.length) : undefined;
}

/**
 * The language a page's index is built in: `en` for the English page (stemmed), `zxx` otherwise
 * (the bigram text, neither segmented nor stemmed). Pagefind must be created under it.
 */
export function indexLanguage(pageLanguage: string): SearchIndexLanguage {
  return pageLanguage.split('-')[0]!.toLowerCase() === 'en' ? SEARCH_LANGUAGE_EN : SEARCH_LANGUAGE;
}

/**
 * Load Pagefind and create its instance while the document language is the index's: Pagefind 1.6
 * picks its query segmenter from <html lang> at this moment (see docs/search.md), and under zh-CN
 * it would re-segment the bigram phrases. Searches run on the main thread: each takes tens of
 * milliseconds, and the worker script would add 12 KB to the first query. Further shards are
 * merged in.
 */
export async function loadPagefind(bundle: string, extraShards: string[] = [], language: SearchIndexLanguage = SEARCH_LANGUAGE): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  const html = document.documentElement;
  const pageLanguage = html.lang;
  html.lang = language;
  try {
    await pagefind.options({ noWorker: true });
    await pagefind.init();
  } finally {
    html.lang = pageLanguage;
  }
  for (const folder of extraShards) await pagefind.mergeIndex(folder, { language });
  return pagefind;
}
