// The search page's controller. It reads the state from the URL (search/state.ts), understands the
// query (search/query.ts), finds the cases step by step (search/steps.ts) in the index
// (search/page-index.ts), filters and sorts them with the facet table (search/facets.ts), and hands
// what it found to the view (search-view.ts). A query that finds nothing gets close names from the
// library's vocabulary (fetched only then) and the browse links.
import { BITMAP_END, BITMAP_START } from '../text/chinese-script-range.ts';
import { href } from '../library/urls.ts';
import { correction, type ConceptTable } from '../search/concepts.ts';
import { matchesFilters, sortBy } from '../search/facets.ts';
import { shardFolder, type SearchFilter } from '../search/filters.ts';
import { fill, type SearchMessages } from '../search/messages.ts';
import { PageIndex } from '../search/page-index.ts';
import { indexLanguage } from '../search/pagefind.ts';
import { icuSegmenter, suggestions, understand, type QueryContext, type QueryPlan } from '../search/query.ts';
import { chosenCount, parseState, stateSearch, type SearchState } from '../search/state.ts';
import { findCases, type Outcome } from '../search/steps.ts';
import { MAX_QUERY_CHARACTERS, queryTerms, termNeedles } from '../search/text.ts';
import { registerExportSource } from './search-export-button.ts';
import { SearchView } from './search-view.ts';

/** Results shown per batch. Each needs its fragment (~4 KB gzip), so the first query stays light. */
const PAGE_SIZE = 5;

/** How long typing pauses before the query runs, in milliseconds. */
const TYPING_PAUSE = 250;

/** What the current query found: the page's state between runs, in one place. */
interface Results {
  /** Every current result (filters applied, in displayed order), not only the rendered batch. */
  ids: string[];
  outcome?: Outcome;
  /** What the excerpts mark: every need's alternatives, as typed. */
  needles: string[];
}

/** A query as searched: cut to length, in Simplified characters, with the notes for the status line. */
interface ReadQuery {
  query: string;
  notes: string;
}

/** What a query found after any typo correction. */
interface Found {
  outcome?: Outcome;
  /** The library name the query was corrected to. */
  corrected?: string;
  /** Close names to suggest when no single correction was found. */
  closest: string[];
}

/** Read the page's data, open the index, then run the query in the URL. */
async function start(root: HTMLElement): Promise<void> {
  const t = JSON.parse(root.dataset.messages ?? '{}') as SearchMessages;
  const filterLabels = root.dataset.filterLabels ? (JSON.parse(root.dataset.filterLabels) as Partial<Record<SearchFilter, Record<string, string>>>) : {};
  const english = indexLanguage(document.documentElement.lang) === 'en';
  const view = new SearchView(t, filterLabels, english);
  // Paths through the site's base (urls.ts); the page names its index's folder (pagefind/ for
  // Chinese, pagefind-en/ for English), which holds Pagefind's script, the facet table and the
  // vocabulary.
  const siteBase = href('/');
  // Exports take every current result (filters applied, in displayed order), not only the
  // rendered batch; the export code maps Pagefind page IDs to cases with the facet table.
  let page: SearchPage | undefined;
  const offerExport = registerExportSource(() => page?.resultIds ?? []);
  const place = { siteBase, bundleDir: `${siteBase}${root.dataset.index ?? shardFolder(0)}`, shards: Number(root.dataset.shards ?? '1'), english };
  view.showStatus(t.loading);
  let index: PageIndex;
  try {
    index = await PageIndex.open(place);
  } catch (error) {
    console.error(error);
    view.showFailure();
    return;
  }
  view.showStatus('');
  page = new SearchPage(view, index, offerExport, queryContext(root), convertibleParts(root));
  await page.listen();
}

/** What query understanding knows of the library: its words, synonyms and concepts (data-*). */
function queryContext(root: HTMLElement): QueryContext {
  return {
    words: new Set((root.dataset.words ?? '').split(' ').filter(Boolean)),
    synonyms: JSON.parse(root.dataset.synonyms ?? '{}') as QueryContext['synonyms'],
    segment: icuSegmenter(),
    concepts: JSON.parse(root.dataset.concepts ?? '{"concepts":[],"words":{}}') as ConceptTable,
  };
}

/** What makes a query need Traditional → Simplified conversion: characters (data-convertible) and phrases (data-convertible-phrases). */
interface Convertible {
  bitmap: Uint8Array;
  phrases: string[];
}

function convertibleParts(root: HTMLElement): Convertible {
  return {
    bitmap: Uint8Array.from(atob(root.dataset.convertible ?? ''), (c) => c.charCodeAt(0)),
    phrases: (root.dataset.convertiblePhrases ?? '').split(' ').filter(Boolean),
  };
}

const HAN = /\p{Script=Han}/u;

function needsConversion(text: string, { bitmap, phrases }: Convertible): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    // A rarer Han character (the extensions beyond the bitmap's range) loads the converter.
    if (code < BITMAP_START || code > BITMAP_END) {
      if (HAN.test(char)) return true;
      continue;
    }
    const offset = code - BITMAP_START;
    if (bitmap[offset >> 3] & (1 << (offset & 7))) return true;
  }
  return phrases.some((phrase) => text.includes(phrase));
}

class SearchPage {
  /** The current run; an older run that finishes late writes nothing. */
  private runId = 0;
  private results: Results = { ids: [], needles: [] };
  private toSimplified?: (text: string) => string;
  private typingTimer?: ReturnType<typeof setTimeout>;
  private readonly t: SearchMessages;
  private readonly view: SearchView;
  private readonly index: PageIndex;
  /** Offers the export buttons while there are results. */
  private readonly offerExport: (resultCount: number) => void;
  private readonly context: QueryContext;
  /** The characters that need Traditional → Simplified conversion. */
  private readonly convertible: Convertible;

  constructor(view: SearchView, index: PageIndex, offerExport: (resultCount: number) => void, context: QueryContext, convertible: Convertible) {
    this.view = view;
    this.t = view.t;
    this.index = index;
    this.offerExport = offerExport;
    this.context = context;
    this.convertible = convertible;
  }

  /** Every current result, for the exports. */
  get resultIds(): string[] {
    return this.results.ids;
  }

  /** Wire the form, the sort, "more" and the history, and run the query in the URL. */
  async listen(): Promise<void> {
    const { view } = this;
    view.input.addEventListener('input', () => {
      clearTimeout(this.typingTimer);
      this.typingTimer = setTimeout(() => this.update(false), TYPING_PAUSE);
    });
    view.form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.typingTimer);
      this.update(true);
    });
    view.sortSelect.addEventListener('change', () => this.update(true));
    view.more.addEventListener('click', () => void this.showMore(this.runId).catch((error: unknown) => this.fail(error)));
    window.addEventListener('popstate', () => void this.run());
    await this.run();
  }

  /** The form changed: write it to the URL (a new history entry when `push`) and search. */
  private readonly update = (push: boolean) => {
    this.writeState(push);
    void this.run();
  };

  private readonly onFilterChange = () => this.update(true);

  private writeState(push: boolean): void {
    const { input, sortSelect } = this.view;
    const current = parseState(location.search);
    // "Search the words only" stays on while the query is the same.
    const literal = current.literal && current.q.trim() === input.value.trim() ? { literal: true as const } : {};
    const state: SearchState = { q: input.value, sort: sortSelect.value as SearchState['sort'], filters: this.view.chosenFilters(), ...literal };
    const url = `${location.pathname}${stateSearch(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  }

  private run(): Promise<void> {
    const id = ++this.runId;
    return this.search(id).catch((error: unknown) => {
      if (id === this.runId) this.fail(error);
    });
  }

  /** A failure (the index or a fragment cannot be loaded) says so and offers the browse links. */
  private fail(error: unknown): void {
    console.error(error);
    this.view.showFailure();
  }

  /** One run: the URL's state → the results, the status line, suggestions and filter counts. */
  private async search(id: number): Promise<void> {
    const state = parseState(location.search);
    const chosen = chosenCount(state);
    this.view.showState(state, chosen);
    const read = await this.readQuery(state.q);
    this.index.newQuery();
    const plan = understand(read.query, state.literal ? { ...this.context, concepts: undefined } : this.context);
    const found = await this.find(plan, read.query, state);
    if (id !== this.runId) return;
    if (!found.outcome && chosen === 0) return this.showNothingAsked(id, state, read);
    if (!(await this.showResults(id, state, found.outcome))) return;
    // The status line is written last, so that it announces a finished result list.
    this.writeStatus(state, found, read.notes);
    const count = this.results.ids.length;
    this.view.showEmpty(count === 0);
    this.offerExport(count);
    if (found.outcome && count === 0) void this.offerSuggestions(id, read.query, found.closest);
    await this.showFilterCounts(id, state, found.outcome);
  }

  /** The query cut to MAX_QUERY_CHARACTERS and converted to Simplified (the converter loads only when needed). */
  private async readQuery(typed: string): Promise<ReadQuery> {
    let query = typed;
    let notes = '';
    if ([...query].length > MAX_QUERY_CHARACTERS) {
      query = [...query].slice(0, MAX_QUERY_CHARACTERS).join('');
      notes += fill(this.t.tooLong, { n: MAX_QUERY_CHARACTERS });
    }
    if (needsConversion(query, this.convertible)) {
      this.toSimplified ??= (await import('../text/chinese-script.ts')).toSimplified;
      query = this.toSimplified(query);
    }
    return { query, notes };
  }

  private findCases(plan: QueryPlan): Promise<Outcome> {
    const { concepts } = this.context.concepts!;
    return findCases(plan, {
      searchText: this.index.searchText,
      // On the English page the table's labels are the terms' English labels (SearchPage view).
      conceptName: (k) => fill(concepts[k].vocabulary === 'region' ? this.t.viaRegion : this.t.viaTopic, { label: concepts[k].label }),
      shortened: (word, part) => fill(this.t.shortened, { word, part }),
    });
  }

  /**
   * The query's cases. Typos and homophones: a name-like query (one piece of three or more Han
   * characters) that found nothing, or only partial matches, one character from exactly one library
   * name (a same-pinyin character first), shows that name's results. The names and the reading
   * table are fetched only now.
   */
  private async find(plan: QueryPlan, query: string, state: SearchState): Promise<Found> {
    const outcome = plan.pieces.length ? await this.findCases(plan) : undefined;
    const nameLike = !state.literal && plan.pieces.length === 1 && /^\p{Script=Han}{3,}$/u.test(plan.pieces[0].text);
    if (!(outcome?.kind === 'none' || outcome?.kind === 'partial') || !nameLike) return { outcome, closest: [] };
    const [names, readings] = await Promise.all([this.index.correctionNames(query), this.index.readings()]).catch(() => [[], undefined] as const);
    const fix = correction(query, names, readings);
    if (fix.best.length !== 1) return { outcome, closest: fix.best };
    const retry = await this.findCases(understand(fix.best[0], this.context));
    if (retry.ids.length && retry.kind !== 'partial') return { outcome: retry, corrected: fix.best[0], closest: [] };
    return { outcome, closest: [] };
  }

  /** An empty query without filters: a prompt, and the filters with every case counted. */
  private async showNothingAsked(id: number, state: SearchState, read: ReadQuery): Promise<void> {
    this.view.clearAll();
    this.results = { ids: [], needles: [] };
    this.offerExport(0);
    this.view.showStatus(state.q.trim() ? `${read.notes}${this.t.typeSomething}` : this.t.typeOrFilter);
    const table = await this.index.facets();
    if (id === this.runId) this.view.showFilters(table, undefined, state.filters, this.onFilterChange);
  }

  /** Filter and sort what was found (the facet table is only awaited when they need it), show the first batch. False when a newer run took over. */
  private async showResults(id: number, state: SearchState, outcome: Outcome | undefined): Promise<boolean> {
    const facets = chosenCount(state) > 0 || state.sort || !outcome ? await this.index.facets() : undefined;
    if (id !== this.runId) return false;
    let ids = outcome ? outcome.ids : facets!.ids;
    if (facets) {
      ids = ids.filter((pageId) => matchesFilters(facets, facets.position.get(pageId), state.filters));
      if (state.sort) ids = sortBy(facets, ids, state.sort);
    }
    const needles = (outcome?.needs ?? []).flatMap((need) => need.alternatives.flatMap((text) => queryTerms(text).flatMap(termNeedles)));
    this.results = { ids, outcome, needles };
    this.view.clearResults();
    await this.showMore(id);
    return id === this.runId;
  }

  /** The next batch of result cards. */
  private async showMore(id: number): Promise<void> {
    const { ids, outcome, needles } = this.results;
    const start = this.view.shownCount;
    const cards = await Promise.all(ids.slice(start, start + PAGE_SIZE).map(async (pageId) => this.view.card(await this.index.fragment(pageId), {
      needles,
      missing: outcome?.kind === 'partial' ? outcome.missing.get(pageId) : undefined,
      concepts: outcome?.viaConcept.get(pageId),
    })));
    if (id !== this.runId) return;
    this.view.appendCards(cards, ids.length);
  }

  /** How many were found and how; a corrected query or found concepts link to the query searched as typed. */
  private writeStatus(state: SearchState, found: Found, notes: string): void {
    const { t, view } = this;
    const { outcome, corrected } = found;
    const count = this.results.ids.length;
    const line = view.statusLine(outcome, count, view.queryLabel(corrected ?? state.q));
    const literal = { text: state.q.trim(), href: `${location.pathname}${stateSearch({ ...state, q: state.q.trim(), literal: true })}` };
    if (corrected) view.showStatusWithLink([`${notes}${fill(t.corrected, { name: corrected })}`], literal, [`${t.correctedLiteral}${line}`]);
    else if (outcome?.concepts.length && count) view.showStatusWithLink([`${notes}${line}${this.conceptsIncluded(outcome)}`, t.literalBefore], literal, [t.literalAfter]);
    else view.showStatus(notes + line);
  }

  /** 包含主题：监督与审计。 (and 包含地区：… for regions). */
  private conceptsIncluded(outcome: Outcome): string {
    const { t } = this;
    const { concepts } = this.context.concepts!;
    const kinds = [t.conceptsIncluded, t.regionsIncluded].map((kind) => [kind, outcome.concepts.filter((k) => (concepts[k].vocabulary === 'region') === (kind === t.regionsIncluded)).map((k) => concepts[k].label)] as const);
    return kinds.filter(([, labels]) => labels.length).map(([kind, labels]) => fill(kind, { labels: labels.join(t.listSeparator) })).join('');
  }

  /** "您是不是要找：…" from the library's names; the vocabulary is fetched only now. */
  private async offerSuggestions(id: number, query: string, closest: string[]): Promise<void> {
    const names = [...new Set([...closest, ...suggestions(query, await this.index.vocabulary().catch(() => []))])].slice(0, Math.max(5, closest.length));
    if (id !== this.runId || names.length === 0) return;
    this.view.showSuggestions(names, (name) => `${location.pathname}${stateSearch({ q: name, sort: '', filters: {} })}`);
  }

  /** Facet counts follow the results. */
  private async showFilterCounts(id: number, state: SearchState, outcome: Outcome | undefined): Promise<void> {
    const table = await this.index.facets();
    if (id !== this.runId) return;
    const matched = outcome ? outcome.ids.map((pageId) => table.position.get(pageId)).filter((i) => i !== undefined) : undefined;
    this.view.showFilters(table, matched, state.filters, this.onFilterChange);
  }
}

// Last, after the class above is defined.
const app = document.getElementById('search-app');
if (app) void start(app);
