// The search page's access to the built index (browser): Pagefind through its adapter, one exact
// search per distinct string per query, its index pages turned into cases by the page table
// (search/index-pages.ts), each case's card, and the files beside the index (the facet table; the
// names and the reading table, fetched only when a query finds nothing). Each is fetched once.
import { parseFacets, type FacetTable, type Facets } from './facets.ts';
import { CORRECTION_FOLDER, FACET_TABLE_FILE, READINGS_FILE, shardFolder, VOCABULARY_FILE } from './filters.ts';
import { correctionPartFiles } from './concepts.ts';
import { readingIndex, type ReadingTable } from './concepts.ts';
import { cardPath, fetchCard, PAGE_TABLE_FILE, PageMap, repeatForm, resultPosition, type PageTable } from './index-pages.ts';
import { loadPagefind, type Fragment, type Pagefind, type TermResult } from './pagefind.ts';
import { pagefindQuery, quotedPagefindQuery, queryTerms, type QueryTerm } from './text.ts';

/** Where the page's index lies and what it holds. */
export interface IndexPlace {
  /** The site's base path (`/` or `/<repo>/`). */
  siteBase: string;
  /** The first shard's folder (pagefind/ for Chinese, pagefind-en/ for English), under the base. */
  bundleDir: string;
  /** How many Pagefind indexes the library is split into (see search/shards.ts). */
  shards: number;
  /** The English index: stemmed, one shard, words quoted. */
  english: boolean;
}

/** A page Pagefind found, with its match positions. */
type PagefindPage = { id: string; words: number[] };
/** Positions of Pagefind's answers kept across queries (a few megabytes). */
const REMEMBERED_POSITIONS = 1_000_000;

export class PageIndex {
  /** One exact search per distinct string, shared by the steps of a query. */
  private readonly searches = new Map<string, Promise<TermResult[]>>();
  /**
   * Pagefind's answers, kept across queries (people refine a query, and the page searches as they
   * type): a common bigram's positions take Pagefind tens of milliseconds per thousand cases.
   * The oldest are forgotten beyond REMEMBERED_POSITIONS.
   */
  private readonly pagefindAnswers = new Map<string, { pages: Promise<PagefindPage[]>; positions: number }>();
  private readonly fragments = new Map<string, Promise<Fragment>>();
  private facetTable?: Promise<Facets>;
  private names?: Promise<string[]>;
  private readingTable?: Promise<Map<string, string[]>>;
  private readonly correctionParts: Record<string, Promise<string[]>> = {};

  private readonly pagefind: Pagefind;
  private readonly pageMap: PageMap;
  private readonly place: IndexPlace;

  private constructor(pagefind: Pagefind, pageMap: PageMap, place: IndexPlace) {
    this.pagefind = pagefind;
    this.pageMap = pageMap;
    this.place = place;
  }

  /** Load Pagefind (and merge any further shards) and the page table. */
  static async open(place: IndexPlace): Promise<PageIndex> {
    const bundle = `${place.bundleDir}pagefind.js`;
    const [pagefind, pageTable] = await Promise.all([
      place.english
        ? loadPagefind(bundle, [], 'en')
        : loadPagefind(bundle, Array.from({ length: place.shards - 1 }, (_, k) => `${place.siteBase}${shardFolder(k + 1)}`)),
      fetchJson<PageTable>(`${place.bundleDir}${PAGE_TABLE_FILE}`),
    ]);
    return new PageIndex(pagefind, new PageMap(pageTable), place);
  }

  /** Forget the searches of the last query, and Pagefind's oldest answers beyond the limit. */
  newQuery(): void {
    this.searches.clear();
    let positions = [...this.pagefindAnswers.values()].reduce((sum, answer) => sum + answer.positions, 0);
    for (const [query, answer] of this.pagefindAnswers) {
      if (positions <= REMEMBERED_POSITIONS) break;
      this.pagefindAnswers.delete(query);
      positions -= answer.positions;
    }
  }

  /** Pagefind's pages for a query, asked once. */
  private search(query: string): Promise<PagefindPage[]> {
    const known = this.pagefindAnswers.get(query);
    if (known) {
      // Most recently used last.
      this.pagefindAnswers.delete(query);
      this.pagefindAnswers.set(query, known);
      return known.pages;
    }
    const answer = { pages: this.pagefind.search(query).then(({ results }) => results.map(({ id, words }) => ({ id, words }))), positions: 0 };
    answer.pages.then((pages) => (answer.positions = pages.reduce((sum, page) => sum + page.words.length + 1, 0))).catch(() => this.pagefindAnswers.delete(query));
    this.pagefindAnswers.set(query, answer);
    return answer.pages;
  }

  /**
   * The cases that contain `text` exactly, with their match positions, in table (title) order:
   * Pagefind finds index pages, and the page table tells which of their cases hold the matches.
   */
  readonly searchText = (text: string): Promise<TermResult[]> => {
    let found = this.searches.get(text);
    if (!found) {
      const [term] = queryTerms(text);
      found = !term ? Promise.resolve([]) : this.place.english ? this.pages(quotedPagefindQuery(term)) : term.exact ? this.exactPhrase(term) : this.pages(pagefindQuery(term));
      this.searches.set(text, found);
    }
    return found;
  };

  /** A Pagefind search's results as cases: each match's position is the page's. */
  private pages(query: string): Promise<TermResult[]> {
    return this.search(query).then((pages) => this.pageMap.cases(pages));
  }

  /**
   * Every occurrence of an exact term's bigrams side by side. Pagefind's quoted search reports
   * only the first occurrence of a phrase on each page, which would lose the page's other cases,
   * and misses an occurrence made of repeats (a common bigram's second and later occurrences in a
   * case, indexed in their repeat form: search/index-pages.ts, RepeatedWords). So each bigram's
   * quoted search says which pages hold it (every case holds its first occurrence of a bigram as
   * the bigram itself), and the phrase can only be on pages holding them all. A bigram's positions
   * there are those of its unquoted search (matched exactly: no indexed word extends a bigram,
   * search/text.ts) and, for a bigram the page table lists, of its repeat form's, the latter only
   * on pages where the repeat form itself is found (quoted): an index without it would answer with
   * a shorter word. The phrase is where they follow one another. A one-bigram term needs the
   * bigram's first occurrence in each case only, which the bigram itself holds.
   */
  private async exactPhrase(term: QueryTerm): Promise<TermResult[]> {
    const withToken = await Promise.all(term.tokens.map((token) => this.search(`"${token}"`)));
    const [first, ...rest] = withToken.map((pages) => new Set(pages.map((page) => page.id)));
    const holding = new Set([...first!].filter((id) => rest.every((pages) => pages.has(id))));
    if (holding.size === 0) return [];
    const everyOccurrence = term.tokens.length > 1;
    const positions = await Promise.all(
      term.tokens.map(async (token) => {
        const own = pagePositions(await this.search(token), holding);
        if (!everyOccurrence || !this.pageMap.repeated.has(token)) return own;
        const form = repeatForm(token);
        const [withRepeats, repeats] = await Promise.all([this.search(`"${form}"`), this.search(form)]);
        const pages = new Set(withRepeats.map((page) => page.id));
        for (const [id, words] of pagePositions(repeats, holding)) if (pages.has(id)) own.set(id, [...(own.get(id) ?? []), ...words]);
        return own;
      }),
    );
    return this.pageMap.cases(sideBySide(holding, positions));
  }

  /** A case's card (URL, indexed text, meta), by result ID. */
  fragment(id: string): Promise<Fragment> {
    let card = this.fragments.get(id);
    if (!card) {
      const position = resultPosition(id);
      card = position === undefined ? Promise.reject(new Error(`not a search result: ${id}`)) : fetchCard(cardPath(this.place.bundleDir, position));
      this.fragments.set(id, card);
    }
    return card;
  }

  /** The facet table: every case's filter values and sort keys. */
  facets(): Promise<Facets> {
    return (this.facetTable ??= this.fetchJson<FacetTable>(FACET_TABLE_FILE).then(parseFacets));
  }

  /** The library's names, for "did you mean" and typo correction. */
  vocabulary(): Promise<string[]> {
    return (this.names ??= this.fetchJson<string[]>(VOCABULARY_FILE));
  }

  /** The names that typo correction compares `query` with: the two parts that can hold a name one edit away. */
  async correctionNames(query: string): Promise<string[]> {
    const parts = await Promise.all(correctionPartFiles(query).map((file) => (this.correctionParts[file] ??= this.fetchJson<string[]>(`${CORRECTION_FOLDER}/${file}`))));
    return [...new Set(parts.flat())];
  }

  /** The reading table (typo correction by pinyin). */
  readings(): Promise<Map<string, string[]>> {
    return (this.readingTable ??= this.fetchJson<ReadingTable>(READINGS_FILE).then(readingIndex));
  }

  private fetchJson<T>(file: string): Promise<T> {
    return fetchJson<T>(`${this.place.bundleDir}${file}`);
  }
}

/** Each page's positions in Pagefind's answer, for the pages in `holding`. */
function pagePositions(pages: PagefindPage[], holding: ReadonlySet<string>): Map<string, number[]> {
  return new Map(pages.filter((page) => holding.has(page.id)).map((page) => [page.id, page.words]));
}

/** On each page, the positions where the phrase's words follow one another (the first word's). */
function sideBySide(holding: ReadonlySet<string>, positions: Array<Map<string, number[]>>): PagefindPage[] {
  const [starts, ...following] = positions;
  const sets = following.map((pages) => new Map([...pages].map(([id, words]) => [id, new Set(words)])));
  return [...holding].map((id) => ({ id, words: (starts!.get(id) ?? []).filter((start) => sets.every((pages, k) => pages.get(id)?.has(start + k + 1))) }));
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
