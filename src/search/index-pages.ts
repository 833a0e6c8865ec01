// Index pages: Pagefind indexes the Chinese index's cases several at a time. Each Pagefind page
// ("index page") holds up to CASES_PER_INDEX_PAGE consecutive cases (title order), each case's
// tokens padded with fillers to a whole number of SPAN_UNIT positions. The page table beside the
// index (search-pages.json) lists the pages' IDs and every case's span, so the search page turns
// a page's match positions back into cases and positions within them, which is all the ranking
// and the steps ever see (TermResult). Measured on the benchmark's 5,000 cases: Pagefind's
// indexer needs 1.2 GiB instead of 4.0 and a fifth of the CPU, and Pagefind's metadata, which
// every first query loads, lists 157 pages instead of 5,000 (docs/search.md, "Index pages").
// The price: an exact phrase needs every position of its bigrams (search/page-index.ts).
// Kept free of heavy imports: the search page bundles it.
import { SEARCH_LANGUAGE_EN, type SearchIndexLanguage } from './filters.ts';
import type { Fragment } from './pagefind.ts';
import { NAME_FILLER, REPEAT_MARK } from './text.ts';

/** Cases per page of the Chinese index. */
export const CASES_PER_INDEX_PAGE = 32;

/**
 * Cases per index page of a language's index. The English index keeps one case to a page: its
 * words are stemmed and matched exactly (quoted), and Pagefind reports a quoted word's first
 * occurrence on a page only, while its unquoted search also matches longer words (audit →
 * auditor), which on a shared page would be another case's. It has no bodies, so it is small.
 */
export function casesPerIndexPage(language: SearchIndexLanguage): number {
  return language === SEARCH_LANGUAGE_EN ? 1 : CASES_PER_INDEX_PAGE;
}

/** A case's span on its page is a whole number of these positions (its last at least a filler). */
export const SPAN_UNIT = 64;
/** The page table, in the first folder of each language's index. */
export const PAGE_TABLE_FILE = 'search-pages.json';
/**
 * The number of word positions per Pagefind index chunk (Pagefind's default: 20,000). A query
 * loads one chunk per word from each shard; smaller chunks make that cheaper and the list of
 * chunks in Pagefind's metadata longer (docs/search.md). Pagefind 1.6 reads it from its
 * environment (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE), pinned with the package.
 */
export const INDEX_CHUNK_SIZE = 4000;
/**
 * Occurrences of a bigram after which its repeats in a case are indexed apart (RepeatedWords):
 * four index chunks' worth. At 20,000 benchmark cases 245 bigrams pass it, with two thirds of all
 * repeats; at 4,000, 3,304 did, and their list and longer chunk bounds cost every first query
 * 25 KiB (docs/search.md).
 */
export const REPEAT_THRESHOLD = 4 * INDEX_CHUNK_SIZE;
/** One case in this many is read ahead for RepeatedWords.fromSample. */
export const REPEAT_SAMPLE_STRIDE = 16;

/**
 * Each case's card (its URL, content and meta, for the result list) is a file of its own under
 * the first folder of its language's index, named by its table position and gzipped like
 * Pagefind's fragments, so that any host sends it small. (Pagefind's own fragments now hold
 * whole index pages, which no one fetches.)
 */
export const cardPath = (folder: string, position: number): string => `${folder}cards/${position}.card`;

/** Fetch and read a card (browser). */
export async function fetchCard(url: string): Promise<Fragment> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  return JSON.parse(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text()) as Fragment;
}

/** search-pages.json. */
export interface PageTable {
  /** Pagefind's page IDs, in page order across the shards. */
  pages: string[];
  /** Cases on each page. */
  counts: number[];
  /** Each case's span in SPAN_UNIT positions, in table (title) order. */
  spans: number[];
  unit: number;
  /** The words some case repeats in their repeat form (RepeatedWords), sorted. */
  repeated: string[];
}

/**
 * A common bigram's repeats, as the index stores them. Pagefind stores every occurrence of a word,
 * about 1.5 bytes each once compressed, and a query loads them all: 平台 is in nearly every case of
 * the benchmark's library, several times, and cost 270 KiB at 20,000 cases. What a query needs of
 * a word is which cases hold it and where first (search/rank.ts); only an exact phrase needs every
 * occurrence, to find its bigrams side by side (search/page-index.ts).
 *
 * So once a bigram has occurred `threshold` times in the index, its second and later occurrences
 * in each case are indexed behind REPEAT_MARK (平台 → 䶵平台), at the same positions: the bigram
 * itself then holds its first occurrence in every case, and a query for it loads little more than
 * one position per case. An exact phrase looks up the repeat forms too, of the bigrams the page
 * table lists (`repeated`). The default threshold (REPEAT_THRESHOLD) keeps that list short: a
 * bigram below it fills few index chunks, and keeps every occurrence. Counts run across the
 * index's shards (one instance per index).
 */
export class RepeatedWords {
  private readonly counts = new Map<string, number>();
  private readonly repeated = new Set<string>();
  private readonly threshold: number;

  /** `common`: bigrams known to pass the threshold, whose repeats are apart from the first case on. */
  constructor(threshold: number, common: Iterable<string> = []) {
    this.threshold = threshold;
    for (const word of common) this.counts.set(word, threshold);
  }

  /**
   * An instance that knows the common bigrams before the first case, from a sample of the cases
   * (every `stride`-th case's tokens): a bigram whose count in the sample, times the stride, passes
   * the threshold. Counting alone would keep the repeats of the first `threshold` occurrences, most
   * of the first shard's for a bigram of 30,000 (it did: 沈阳 cost 42 KiB in the first shard, 23 in
   * the second). The sample only decides earlier; any bigram still passes the threshold by count.
   */
  static fromSample(sample: ReadonlyArray<readonly string[]>, stride: number, threshold: number): RepeatedWords {
    const counts = new Map<string, number>();
    for (const tokens of sample) {
      for (const token of tokens) {
        const word = HAN_WORD.exec(token)?.[1];
        if (word !== undefined) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    return new RepeatedWords(threshold, [...counts].filter(([, count]) => count * stride > threshold).map(([word]) => word));
  }

  /** One case's tokens, a common bigram's repeats in their repeat form (positions unchanged). */
  mark(tokens: readonly string[]): string[] {
    const seen = new Set<string>();
    return tokens.map((token) => {
      const word = HAN_WORD.exec(token)?.[1];
      if (word === undefined) return token;
      const count = (this.counts.get(word) ?? 0) + 1;
      this.counts.set(word, count);
      if (!seen.has(word)) {
        seen.add(word);
        return token;
      }
      if (count <= this.threshold) return token;
      this.repeated.add(word);
      return repeatForm(token);
    });
  }

  /** The bigrams some case repeats in their repeat form, for the page table. */
  words(): string[] {
    return [...this.repeated].sort();
  }
}

/** A bigram token (with any punctuation stuck to it) and its word. */
const HAN_WORD = /^([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2})[^\p{L}\p{N}]*$/u;

/** A token's repeat form: what the index holds for its second and later occurrences in a case. */
export const repeatForm = (token: string): string => `${REPEAT_MARK}${token}`;

/**
 * One index page's content from its cases' tokens: each case padded with fillers to a whole
 * number of units, so that no phrase spans two cases. A filler has a position but no word
 * (see NAME_FILLER).
 */
export function pageContent(cases: string[][], unit = SPAN_UNIT): { content: string; spans: number[] } {
  const spans = cases.map((tokens) => Math.floor(tokens.length / unit) + 1);
  const content = cases.map((tokens, k) => [...tokens, ...Array<string>(spans[k] * unit - tokens.length).fill(NAME_FILLER)].join(' ')).join(' ');
  return { content, spans };
}

/** The result ID of the case at `position` in the table (title order): never a case's own ID, which has no `#`. */
export const resultId = (position: number): string => `#${position}`;
/** The table position of a result ID, or undefined for any other string. */
export function resultPosition(id: string): number | undefined {
  return /^#\d+$/.test(id) ? Number(id.slice(1)) : undefined;
}

/** The page table as the search page uses it: a page's match positions → cases. */
export class PageMap {
  private readonly pageNumber: Map<string, number>;
  /** Table position of each page's first case. */
  private readonly firstCase: number[];
  /** Each case's first position on its page. */
  private readonly caseStart: number[];
  readonly caseCount: number;
  /** The words whose repeats the index holds in their repeat form (RepeatedWords). */
  readonly repeated: ReadonlySet<string>;

  constructor(table: PageTable) {
    if (table.pages.length !== table.counts.length) throw new Error('search-pages.json: pages and counts differ in length');
    this.pageNumber = new Map(table.pages.map((id, k) => [id, k]));
    this.firstCase = [];
    this.caseStart = [];
    let position = 0;
    table.counts.forEach((count) => {
      this.firstCase.push(position);
      let start = 0;
      for (let k = 0; k < count; k++, position++) {
        this.caseStart.push(start);
        start += (table.spans[position] ?? 0) * table.unit;
      }
    });
    this.caseCount = position;
    this.repeated = new Set(table.repeated ?? []);
  }

  /**
   * Pagefind's results (index pages with their match positions) as the cases that hold the
   * matches, each with its positions within the case, in table (title) order. A page the table
   * does not know gives nothing.
   */
  cases(pages: ReadonlyArray<{ id: string; words: number[] }>): Array<{ id: string; words: number[] }> {
    const found = new Map<number, number[]>();
    for (const { id, words } of pages) {
      const page = this.pageNumber.get(id);
      if (page === undefined) continue;
      const first = this.firstCase[page]!;
      const last = (page + 1 < this.firstCase.length ? this.firstCase[page + 1]! : this.caseCount) - 1;
      for (const word of words) {
        // The last case on the page that starts at or before the word.
        let low = first;
        let high = last;
        while (low < high) {
          const middle = (low + high + 1) >> 1;
          if (this.caseStart[middle]! <= word) low = middle;
          else high = middle - 1;
        }
        const list = found.get(low);
        if (list) list.push(word - this.caseStart[low]!);
        else found.set(low, [word - this.caseStart[low]!]);
      }
    }
    return [...found.keys()].sort((a, b) => a - b).map((position) => ({ id: resultId(position), words: found.get(position)! }));
  }
}
