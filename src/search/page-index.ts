// The search page's access to the built index (browser): Pagefind through its adapter, one exact
// search per distinct string per query, each result's fragment from its own shard, and the files
// beside the index (the facet table; the names and the reading table, fetched only when a query
// finds nothing). Each is fetched once.
import { parseFacets, shardOf, type FacetTable, type Facets } from './facets.ts';
import { FACET_TABLE_FILE, READINGS_FILE, shardFolder, VOCABULARY_FILE } from './filters.ts';
import { readingIndex, type ReadingTable } from './concepts.ts';
import { fetchFragment, fragmentPath, loadPagefind, type Fragment, type Pagefind, type PagefindResult, type TermResult } from './pagefind.ts';
import { pagefindQuery, quotedPagefindQuery, queryTerms } from './text.ts';

/** Where the page's index lies and what it holds. */
export interface IndexPlace {
  /** The site's base path (`/` or `/<repo>/`). */
  siteBase: string;
  /** The first shard's folder (pagefind/ for Chinese, pagefind-en/ for English), under the base. */
  bundleDir: string;
  /** How many Pagefind indexes the library is split into (see search/records.ts). */
  shards: number;
  /** The English index: stemmed, one shard, words quoted. */
  english: boolean;
}

export class PageIndex {
  /** One exact Pagefind search per distinct string, shared by the steps of a query. */
  private readonly searches = new Map<string, Promise<TermResult[]>>();
  /** Results Pagefind returned, for their fragments when the index is sharded. */
  private readonly foundByPagefind = new Map<string, PagefindResult>();
  private readonly fragments = new Map<string, Promise<Fragment>>();
  private facetTable?: Promise<Facets>;
  private names?: Promise<string[]>;
  private readingTable?: Promise<Map<string, string[]>>;

  private readonly pagefind: Pagefind;
  private readonly place: IndexPlace;

  private constructor(pagefind: Pagefind, place: IndexPlace) {
    this.pagefind = pagefind;
    this.place = place;
  }

  /** Load Pagefind (and merge any further shards). */
  static async open(place: IndexPlace): Promise<PageIndex> {
    const bundle = `${place.bundleDir}pagefind.js`;
    const pagefind = place.english
      ? await loadPagefind(bundle, [], 'en')
      : await loadPagefind(bundle, Array.from({ length: place.shards - 1 }, (_, k) => `${place.siteBase}${shardFolder(k + 1)}`));
    return new PageIndex(pagefind, place);
  }

  /** Forget the searches of the last query (a new query searches afresh). */
  newQuery(): void {
    this.searches.clear();
  }

  /** The cases that contain `text` exactly, with their match positions. */
  readonly searchText = (text: string): Promise<TermResult[]> => {
    let found = this.searches.get(text);
    if (!found) {
      const [term] = queryTerms(text);
      found = term
        ? this.pagefind.search(this.place.english ? quotedPagefindQuery(term) : pagefindQuery(term)).then(({ results }) => {
            if (this.place.shards > 1) for (const result of results) this.foundByPagefind.set(result.id, result);
            return results;
          })
        : Promise.resolve([]);
      this.searches.set(text, found);
    }
    return found;
  };

  /** A case's fragment (URL, indexed text, meta), by Pagefind page ID. */
  fragment(id: string): Promise<Fragment> {
    if (!this.fragments.has(id)) this.fragments.set(id, this.readFragment(id));
    return this.fragments.get(id)!;
  }

  /**
   * A result's fragment is in its own shard: Pagefind's result object knows which; for cases found
   * by filters alone, the facet table does.
   */
  private async readFragment(id: string): Promise<Fragment> {
    const { siteBase, bundleDir, shards } = this.place;
    if (shards === 1) return fetchFragment(fragmentPath(bundleDir, id));
    const result = this.foundByPagefind.get(id);
    if (result) {
      const { url, content, meta } = await result.data();
      // Pagefind's copy of the URL already carries the site's base path.
      return { url: url.startsWith(siteBase) ? `/${url.slice(siteBase.length)}` : url, content, meta };
    }
    const table = await this.facets();
    return fetchFragment(fragmentPath(`${siteBase}${shardFolder(shardOf(table, table.position.get(id) ?? 0))}`, id));
  }

  /** The facet table: every case's filter values and sort keys. */
  facets(): Promise<Facets> {
    return (this.facetTable ??= this.fetchJson<FacetTable>(FACET_TABLE_FILE).then(parseFacets));
  }

  /** The library's names, for "did you mean" and typo correction. */
  vocabulary(): Promise<string[]> {
    return (this.names ??= this.fetchJson<string[]>(VOCABULARY_FILE));
  }

  /** The reading table (typo correction by pinyin). */
  readings(): Promise<Map<string, string[]>> {
    return (this.readingTable ??= this.fetchJson<ReadingTable>(READINGS_FILE).then(readingIndex));
  }

  private async fetchJson<T>(file: string): Promise<T> {
    const response = await fetch(`${this.place.bundleDir}${file}`);
    return (await response.json()) as T;
  }
}
