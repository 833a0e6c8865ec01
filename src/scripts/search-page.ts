// The search page's view: reads the state from the URL (lib/search-state.ts), understands the query
// (lib/search-query.ts), searches through the Pagefind adapter (lib/search-pagefind.ts), ranks and
// relaxes (lib/search-rank.ts), filters and sorts with the facet table (lib/search-facets.ts), and
// renders. The search runs in up to three steps, each only when the one before found nothing:
// the pieces as typed, ANDed; their words, ANDed in any order; the cases that hold most words,
// labelled as partial matches with what they lack. A query that still finds nothing gets close
// names from the library's vocabulary (fetched only then) and the browse links.
// Everything is rendered with textContent, so no query or index text becomes markup.
import { BITMAP_END, BITMAP_START } from '../text/chinese-script-range.ts';
import { href } from '../library/urls.ts';
import { facetCounts, matchesFilters, parseFacets, shardOf, sortBy, type FacetTable, type Facets, type FilterChoice } from '../search/facets.ts';
import { FACET_TABLE_FILE, FILTER_NAMES, READINGS_FILE, shardFolder, VOCABULARY_FILE, type SearchFilter } from '../search/filters.ts';
import { fill, type SearchMessages } from '../search/messages.ts';
import { hanRuns } from '../i18n/han.ts';
import { conceptMarker, correction, readingIndex, type ConceptTable, type ReadingTable } from '../search/concepts.ts';
import { fetchFragment, fragmentPath, indexLanguage, loadPagefind, type Fragment, type Pagefind, type PagefindResult, type TermResult } from '../search/pagefind.ts';
import { backoffCandidates, icuSegmenter, suggestions, understand, type Need, type QueryContext, type QueryPlan } from '../search/query.ts';
import { rankCases, unionResults, type Ranked } from '../search/rank.ts';
import { chosenCount, parseState, stateSearch, type SearchState } from '../search/state.ts';
import { excerpt, MAX_QUERY_CHARACTERS, pagefindQuery, quotedPagefindQuery, queryTerms, readableFields, termNeedles } from '../search/text.ts';
import { registerExportSource } from './search-export-button.ts';

/** How much of a query the status line quotes. */
const QUOTED_QUERY_LENGTH = 30;

/** Results shown per batch. Each needs its fragment (~4 KB gzip), so the first query stays light. */
const PAGE_SIZE = 5;

/** What a search found, for the status line and the cards. */
interface Outcome {
  ids: string[];
  /** Per case: the needs it lacks (partial matches only). */
  missing: Map<string, string[]>;
  kind: 'exact' | 'words' | 'concepts' | 'partial' | 'none';
  needs: Need[];
  /** Synonyms that found something, for "包含：…". */
  expansions: string[];
  /** Needs that no case contains. */
  nowhere: string[];
  /** Vocabulary concepts that found cases, for "包含主题：…". */
  concepts: number[];
  /** Per case: the concepts through which it was found, for "按主题“…”匹配". */
  viaConcept: Map<string, string[]>;
  /** The needs are the pieces split into words (step 2's), not the pieces as typed. */
  split: boolean;
}

/** The page's words (data-messages, rendered from lib/search-messages.ts in the page's language). */
let t: SearchMessages;
/** Filter value → label in the page's language (data-filter-labels); the value itself when absent. */
let filterLabels: Partial<Record<SearchFilter, Record<string, string>>> = {};
/** The page is English: Chinese text it shows is marked lang="zh-CN". */
let english = false;

const app = document.getElementById('search-app');
if (app) {
  t = JSON.parse(app.dataset.messages ?? '{}') as SearchMessages;
  if (app.dataset.filterLabels) filterLabels = JSON.parse(app.dataset.filterLabels) as typeof filterLabels;
  english = indexLanguage(document.documentElement.lang) === 'en';
  void start(app);
}

async function start(root: HTMLElement): Promise<void> {
  const form = byId('search-form') as HTMLFormElement;
  const input = byId('search-q') as HTMLInputElement;
  const sortSelect = byId('search-sort') as HTMLSelectElement;
  const status = byId('search-status');
  const list = byId('search-results');
  const more = byId('search-more') as HTMLButtonElement;
  const empty = byId('search-empty');
  const suggestionHost = byId('search-suggestions');
  const filterHost = byId('search-filters');
  const resultTemplate = byId('search-result-template') as HTMLTemplateElement;
  const filterPanel = byId('search-filter-panel') as HTMLDetailsElement;
  // Side by side on wide screens; on narrow ones the filters fold away above the results.
  filterPanel.open = matchMedia('(min-width: 60rem)').matches;
  // Paths through the site's base (urls.ts); the first shard's folder holds Pagefind's script,
  // the facet table and the vocabulary.
  const siteBase = href('/');
  // The page names its index's folder (pagefind/ for Chinese, pagefind-en/ for English).
  const bundleDir = `${siteBase}${root.dataset.index ?? shardFolder(0)}`;
  const convertible = Uint8Array.from(atob(root.dataset.convertible ?? ''), (c) => c.charCodeAt(0));
  const context: QueryContext = {
    words: new Set((root.dataset.words ?? '').split(' ').filter(Boolean)),
    synonyms: JSON.parse(root.dataset.synonyms ?? '{}') as QueryContext['synonyms'],
    segment: icuSegmenter(),
    concepts: JSON.parse(root.dataset.concepts ?? '{"concepts":[],"words":{}}') as ConceptTable,
  };
  const conceptTable = context.concepts!;
  /** What a card and the status call a concept: 主题 for the topic vocabularies, 地区 for regions. */
  // On the English page the table's labels are the terms' English labels (SearchPage view).
  const conceptLabel = (k: number) => conceptTable.concepts[k].label;
  const conceptName = (k: number) => fill(conceptTable.concepts[k].vocabulary === 'region' ? t.viaRegion : t.viaTopic, { label: conceptLabel(k) });
  let toSimplified: ((text: string) => string) | undefined;
  let facetsLoading: Promise<Facets> | undefined;
  const loadFacets = () => (facetsLoading ??= fetch(`${bundleDir}${FACET_TABLE_FILE}`).then(async (response) => parseFacets((await response.json()) as FacetTable)));
  let vocabularyLoading: Promise<string[]> | undefined;
  const loadVocabulary = () => (vocabularyLoading ??= fetch(`${bundleDir}${VOCABULARY_FILE}`).then(async (response) => (await response.json()) as string[]));
  // The reading table (typo correction) is fetched only when a query finds nothing, like the names.
  let readingsLoading: Promise<Map<string, string[]>> | undefined;
  const loadReadings = () => (readingsLoading ??= fetch(`${bundleDir}${READINGS_FILE}`).then(async (response) => readingIndex((await response.json()) as ReadingTable)));
  // A library larger than one index's shard size is several Pagefind indexes (see search-records.ts).
  // A result's fragment is in its own shard: Pagefind's result object knows which; for cases found
  // by filters alone, the facet table does.
  const shards = Number(root.dataset.shards ?? '1');
  const foundByPagefind = new Map<string, PagefindResult>();
  const fragments = new Map<string, Promise<Fragment>>();
  const loadFragment = (id: string) => {
    if (!fragments.has(id)) fragments.set(id, readFragment(id));
    return fragments.get(id)!;
  };
  const readFragment = async (id: string): Promise<Fragment> => {
    if (shards === 1) return fetchFragment(fragmentPath(bundleDir, id));
    const result = foundByPagefind.get(id);
    if (result) {
      const { url, content, meta } = await result.data();
      // Pagefind's copy of the URL already carries the site's base path.
      return { url: url.startsWith(siteBase) ? `/${url.slice(siteBase.length)}` : url, content, meta };
    }
    const table = await loadFacets();
    return fetchFragment(fragmentPath(`${siteBase}${shardFolder(shardOf(table, table.position.get(id) ?? 0))}`, id));
  };

  let runId = 0;
  let shown: string[] = [];
  let outcome: Outcome | undefined;
  /** What the excerpts mark: every need's alternatives, as typed. */
  let needles: string[] = [];
  // Exports take every current result (filters applied, in displayed order), not only the
  // rendered batch; the export code maps Pagefind page IDs to cases with the facet table.
  const offerExport = registerExportSource(() => shown);

  // A failure (the index or a fragment cannot be loaded) says so and offers the browse links.
  const fail = (error: unknown) => {
    console.error(error);
    status.textContent = t.unavailable;
    suggestionHost.replaceChildren();
    empty.hidden = false;
  };
  status.textContent = t.loading;
  let pagefind: Pagefind;
  try {
    pagefind = english
      ? await loadPagefind(`${bundleDir}pagefind.js`, [], 'en')
      : await loadPagefind(`${bundleDir}pagefind.js`, Array.from({ length: shards - 1 }, (_, k) => `${siteBase}${shardFolder(k + 1)}`));
  } catch (error) {
    fail(error);
    return;
  }
  status.textContent = '';

  /** One exact Pagefind search per distinct string, shared by the steps of a run. */
  const searches = new Map<string, Promise<TermResult[]>>();
  const searchText = (text: string): Promise<TermResult[]> => {
    let found = searches.get(text);
    if (!found) {
      const [term] = queryTerms(text);
      found = term
        ? pagefind.search(english ? quotedPagefindQuery(term) : pagefindQuery(term)).then(({ results }) => {
            if (shards > 1) for (const result of results) foundByPagefind.set(result.id, result);
            return results;
          })
        : Promise.resolve([]);
      searches.set(text, found);
    }
    return found;
  };
  const searchNeeds = (needs: Need[]) => Promise.all(needs.map(async (need) => Promise.all(need.alternatives.map(searchText))));

  const find = async (plan: QueryPlan): Promise<Outcome> => {
    // `weights`: each need's share of the whole query (a shortened word still counts fully there).
    const attempt = async (needs: Need[], kind: Outcome['kind'], mode: 'all' | 'partial', weights = needs.map((n) => n.weight)) => {
      const perAlternative = await searchNeeds(needs);
      // A need's concepts are searched as their markers; the cases they reach that the words do
      // not are ranked below the words' at the same coverage, and labelled.
      const perConcept = await Promise.all(needs.map((need) => Promise.all((need.concepts ?? []).map((k) => searchText(conceptMarker(k))))));
      const literalIds = perAlternative.map((lists) => new Set(lists.flat().map((r) => r.id)));
      const viaConcept = perConcept.map((lists, k) => new Set(lists.flat().map((r) => r.id).filter((id) => !literalIds[k].has(id))));
      const ranked = rankCases(needs.map((n) => n.weight), needs.map((_, k) => unionResults([...perAlternative[k], ...perConcept[k]])), mode, weights, viaConcept);
      const expansions = needs.flatMap((need, k) => need.alternatives.slice(1).filter((_, a) => perAlternative[k][a + 1].length > 0));
      const nowhere = needs.filter((_, k) => [...perAlternative[k], ...perConcept[k]].every((r) => r.length === 0)).map((n) => n.text);
      const missing = new Map(ranked.map((r: Ranked) => [r.id, needs.filter((_, k) => !r.found[k]).map((n) => n.text)]));
      const concepts = [...new Set(needs.flatMap((need, k) => (need.concepts ?? []).filter((_, c) => perConcept[k][c].length > 0)))];
      const labels = new Map<string, string[]>();
      for (const r of ranked) {
        const names = needs.flatMap((need, k) => (viaConcept[k].has(r.id) ? (need.concepts ?? []).filter((_, c) => perConcept[k][c].some((x) => x.id === r.id)).map(conceptName) : []));
        if (names.length) labels.set(r.id, [...new Set(names)]);
      }
      const split = needs === plan.words || (needs === plan.concepts && needs.length > 1) || (kind === 'partial' && needs.length > 1 && plan.words !== undefined);
      return { ids: ranked.map((r) => r.id), missing, kind, needs, expansions, nowhere, concepts, viaConcept: labels, split } satisfies Outcome;
    };
    const exact = await attempt(plan.pieces, 'exact', 'all');
    if (exact.ids.length || plan.pieces.length === 0) return exact;
    const words = plan.words ? await attempt(plan.words, 'words', 'all') : exact;
    if (words.ids.length) return words;
    // Concepts: the words, or the whole query, as vocabulary terms (廉政 → 监督与审计).
    if (plan.concepts) {
      const conceptual = await attempt(plan.concepts, 'concepts', 'all');
      if (conceptual.ids.length) return conceptual;
    }
    // Relaxation. A longer word that occurs nowhere (加油站, or characters ICU left single and the
    // page joined) counts by its longest inner string that occurs, when at least one other word
    // occurs as typed; the label still names the word as missing.
    const literalNeeds = plan.words ?? plan.pieces;
    const needs = plan.concepts && plan.concepts.length === literalNeeds.length ? plan.concepts : literalNeeds;
    const shortened = new Map<string, string>();
    const relaxed = needs.length > 1 && words.nowhere.length < needs.length
      ? await Promise.all(needs.map(async (need) => {
          if (!words.nowhere.includes(need.text) || need.concepts?.length) return need;
          for (const level of backoffCandidates(need.text)) {
            const hits = await Promise.all(level.map(searchText));
            const at = hits.findIndex((results) => results.length > 0);
            if (at >= 0) {
              shortened.set(need.text, fill(t.shortened, { word: need.text, part: level[at]! }));
              return { ...need, alternatives: [level[at]], weight: [...level[at]].length };
            }
          }
          return need;
        }))
      : needs;
    const weights = needs.map((need) => need.weight);
    const partial = await attempt(relaxed, 'partial', 'partial', weights);
    // A word a concept stood in for is not reported as missing.
    const stoodIn = new Set(needs.filter((need) => need.concepts?.length && !partial.nowhere.includes(need.text)).map((need) => need.text));
    const result = { ...partial, needs, nowhere: words.nowhere.filter((text) => !stoodIn.has(text)).map((text) => shortened.get(text) ?? text) };
    return result.ids.length ? result : { ...result, kind: 'none' };
  };

  const writeState = (push: boolean) => {
    const filters: FilterChoice = {};
    for (const box of filterHost.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (filters[box.name as keyof FilterChoice] ??= []).push(box.value);
    const current = parseState(location.search);
    // "Search the words only" stays on while the query is the same.
    const literal = current.literal && current.q.trim() === input.value.trim() ? { literal: true as const } : {};
    const state: SearchState = { q: input.value, sort: sortSelect.value as SearchState['sort'], filters, ...literal };
    const url = `${location.pathname}${stateSearch(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  const onFilterChange = () => {
    writeState(true);
    void run();
  };

  const run = () => {
    const id = ++runId;
    return search(id).catch((error: unknown) => {
      if (id === runId) fail(error);
    });
  };

  const search = async (id: number) => {
    const state = parseState(location.search);
    const chosen = chosenCount(state);
    filterPanel.querySelector('summary')!.textContent = chosen ? fill(t.filtersChosen, { n: chosen }) : t.filters;
    input.value = state.q;
    sortSelect.value = state.sort;
    const notes: string[] = [];
    let query = state.q;
    if ([...query].length > MAX_QUERY_CHARACTERS) {
      query = [...query].slice(0, MAX_QUERY_CHARACTERS).join('');
      notes.push(fill(t.tooLong, { n: MAX_QUERY_CHARACTERS }));
    }
    if (needsConversion(query, convertible)) {
      toSimplified ??= (await import('../text/chinese-script.ts')).toSimplified;
      query = toSimplified(query);
    }
    const hasFilters = chosen > 0;
    searches.clear();
    const plan = understand(query, state.literal ? { ...context, concepts: undefined } : context);
    let found = plan.pieces.length ? await find(plan) : undefined;
    // Typos and homophones: a name-like query (one piece of three or more Han characters) that found
    // nothing, or only partial matches, one character from exactly one library name (a same-pinyin
    // character first), shows that name's results. The names and the reading table are fetched
    // only now.
    let corrected: string | undefined;
    let closest: string[] = [];
    if ((found?.kind === 'none' || found?.kind === 'partial') && !state.literal && plan.pieces.length === 1 && /^\p{Script=Han}{3,}$/u.test(plan.pieces[0].text)) {
      const [names, readings] = await Promise.all([loadVocabulary(), loadReadings()]).catch(() => [[], undefined] as const);
      const fix = correction(query, names, readings);
      if (fix.best.length === 1) {
        const retry = await find(understand(fix.best[0], context));
        if (retry.ids.length && retry.kind !== 'partial') {
          corrected = fix.best[0];
          found = retry;
        }
      } else closest = fix.best;
    }
    if (id !== runId) return;
    if (!found && !hasFilters) {
      if (id !== runId) return;
      list.replaceChildren();
      suggestionHost.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      shown = [];
      offerExport(0);
      status.textContent = state.q.trim() ? `${notes.join('')}${t.typeSomething}` : t.typeOrFilter;
      const table = await loadFacets();
      if (id === runId) renderFilters(filterHost, table, undefined, state.filters, onFilterChange);
      return;
    }
    // The facet table is only awaited when filters or a sort need it.
    const facets = hasFilters || state.sort || !found ? await loadFacets() : undefined;
    if (id !== runId) return;
    let ids = found ? found.ids : facets!.ids;
    if (facets) {
      ids = ids.filter((pageId) => matchesFilters(facets, facets.position.get(pageId), state.filters));
      if (state.sort) ids = sortBy(facets, ids, state.sort);
    }
    shown = ids;
    outcome = found;
    needles = (found?.needs ?? []).flatMap((need) => need.alternatives.flatMap((text) => queryTerms(text).flatMap(termNeedles)));
    list.replaceChildren();
    suggestionHost.replaceChildren();
    await showMore(id);
    if (id !== runId) return;
    // The status line is written last, so that it announces a finished result list.
    const line = statusLine(found, shown.length, queryLabel(corrected ?? state.q));
    const literalLink = (text: string) => {
      const link = document.createElement('a');
      link.href = `${location.pathname}${stateSearch({ ...state, q: text, literal: true })}`;
      link.textContent = text;
      return link;
    };
    if (corrected) status.replaceChildren(`${notes.join('')}${fill(t.corrected, { name: corrected })}`, literalLink(state.q.trim()), `${t.correctedLiteral}${line}`);
    else if (found?.concepts.length && shown.length) {
      // 包含主题：监督与审计。 (and 包含地区：… for regions), with a link that searches the words only.
      const kinds = [t.conceptsIncluded, t.regionsIncluded].map((kind) => [kind, found!.concepts.filter((k) => (conceptTable.concepts[k].vocabulary === 'region') === (kind === t.regionsIncluded)).map(conceptLabel)] as const);
      const included = kinds.filter(([, labels]) => labels.length).map(([kind, labels]) => fill(kind, { labels: labels.join(t.listSeparator) })).join('');
      status.replaceChildren(`${notes.join('')}${line}${included}`, t.literalBefore, literalLink(state.q.trim()), t.literalAfter);
    }
    else status.textContent = notes.join('') + line;
    empty.hidden = shown.length > 0;
    offerExport(shown.length);
    if (found && shown.length === 0) void offerSuggestions(id, query, closest);
    // Facet counts follow the results.
    const table = await loadFacets();
    if (id !== runId) return;
    const matched = found ? found.ids.map((pageId) => table.position.get(pageId)).filter((i) => i !== undefined) : undefined;
    renderFilters(filterHost, table, matched, state.filters, onFilterChange);
  };

  /** "您是不是要找：…" from the library's names; the vocabulary is fetched only now. */
  const offerSuggestions = async (id: number, query: string, closest: string[] = []) => {
    const names = [...new Set([...closest, ...suggestions(query, await loadVocabulary().catch(() => []))])].slice(0, Math.max(5, closest.length));
    if (id !== runId || names.length === 0) return;
    const line = document.createElement('p');
    line.append(t.didYouMean);
    names.forEach((name, i) => {
      const link = document.createElement('a');
      link.href = `${location.pathname}${stateSearch({ q: name, sort: '', filters: {} })}`;
      link.textContent = name;
      if (english) link.lang = 'zh-CN';
      line.append(...(i ? [t.listSeparator, link] : [link]));
    });
    suggestionHost.replaceChildren(line);
  };

  const showMore = async (id: number) => {
    const start = list.children.length;
    const batch = shown.slice(start, start + PAGE_SIZE);
    const items = await Promise.all(
      batch.map(async (pageId) => {
        return renderResult(resultTemplate, await loadFragment(pageId), needles, outcome?.kind === 'partial' ? outcome.missing.get(pageId) : undefined, outcome?.viaConcept.get(pageId));
      }),
    );
    if (id !== runId) return;
    list.append(...items);
    more.hidden = list.children.length >= shown.length;
  };

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      writeState(false);
      void run();
    }, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    writeState(true);
    void run();
  });
  sortSelect.addEventListener('change', () => {
    writeState(true);
    void run();
  });
  more.addEventListener('click', () => void showMore(runId).catch(fail));
  window.addEventListener('popstate', () => void run());
  await run();
}

/** The query as the status line quotes it: a long pasted query is shortened visibly, never silently. */
function queryLabel(query: string): string {
  const chars = [...query.trim()];
  if (chars.length === 0) return t.chosenConditions;
  return fill(t.quoted, { text: chars.length > QUOTED_QUERY_LENGTH ? `${chars.slice(0, QUOTED_QUERY_LENGTH).join('')}…` : chars.join('') });
}

/** The status line: how many, how they match, and what the query was read as. */
function statusLine(found: Outcome | undefined, count: number, label: string): string {
  if (count === 0) {
    const nowhere = found?.nowhere.length ? fill(t.nowhere, { words: found.nowhere.join(t.listSeparator) }) : '';
    return `${fill(t.noneFound, { label })}${nowhere}`;
  }
  const parts: string[] = [];
  if (found?.kind === 'partial') {
    parts.push(fill(t.partial, { label, n: count }));
    if (found.nowhere.length) parts.push(fill(t.notFound, { words: found.nowhere.join(t.listSeparator) }));
  } else parts.push(fill(t.found, { label, n: count }));
  if (found?.split && found.needs.length > 1) parts.push(fill(t.split, { words: found.needs.map((n) => n.text).join(' · ') }));
  if (found?.expansions.length) parts.push(fill(t.expansions, { words: [...new Set(found.expansions)].join(t.listSeparator) }));
  return parts.join('');
}

function needsConversion(text: string, bitmap: Uint8Array): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < BITMAP_START || code > BITMAP_END) continue;
    const offset = code - BITMAP_START;
    if (bitmap[offset >> 3] & (1 << (offset & 7))) return true;
  }
  return false;
}

/**
 * A result card, cloned from the <template> the page renders with CaseCard.astro (as CaseList
 * does): heading link, region and completeness, the excerpt, what is missing, award badges.
 */
function renderResult(template: HTMLTemplateElement, fragment: Fragment, needles: string[], missing: string[] | undefined, concepts: string[] | undefined): HTMLLIElement {
  const item = (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLLIElement;
  const [heading, meta, text, awards] = [...item.children] as HTMLElement[];
  const link = heading!.querySelector('a')!;
  link.href = href(fragment.url);
  link.replaceChildren(...marked(fragment.meta.title ?? fragment.url));
  if (english && fragment.meta.titleZh && fragment.meta.titleZh !== fragment.meta.title) {
    // The Chinese title beside the English one.
    const zh = document.createElement('span');
    zh.lang = 'zh-CN';
    zh.textContent = fragment.meta.titleZh;
    heading!.append(' ', zh);
  }
  const stub = meta!.querySelector('.badge')!;
  meta!.replaceChildren(...marked(fragment.meta.region ?? ''), ...(fragment.meta.completeness === 'stub' ? [' ', stub] : []));
  // The excerpt comes from the text after the names, so that it adds to the title, not repeats it.
  text!.replaceChildren();
  for (const part of excerpt(readableFields(fragment.content.split(' ')), needles)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.append(...marked(part.text));
      text!.append(mark);
    } else text!.append(...marked(part.text));
  }
  if (missing?.length) {
    const lacks = document.createElement('p');
    lacks.className = 'meta missing';
    lacks.append(...marked(fill(t.missing, { words: missing.join(t.listSeparator) })));
    text!.after(lacks);
  }
  if (concepts?.length) {
    const via = document.createElement('p');
    via.className = 'meta concept';
    via.append(...marked(fill(t.via, { concepts: concepts.join(t.listSeparator) })));
    text!.after(via);
  }
  const badge = awards!.querySelector('.badge')!;
  const awardLabels = (fragment.meta.awards ?? '').split('|').filter(Boolean);
  awards!.replaceChildren(...awardLabels.flatMap((award) => {
    const copy = badge.cloneNode(false) as HTMLElement;
    copy.append(...marked(award));
    return [copy, ' '];
  }));
  if (awardLabels.length === 0) awards!.remove();
  return item;
}

/** Filter checkboxes with the counts of `facetCounts`. */
function renderFilters(host: HTMLElement, facets: Facets, matched: number[] | undefined, selected: FilterChoice, onChange: () => void): void {
  const counts = facetCounts(facets, matched, selected);
  const groups: HTMLElement[] = [];
  for (const name of FILTER_NAMES) {
    const chosen = selected[name] ?? [];
    const visible = facets.values[name].map((value, i) => ({ value, count: counts[name][i] })).filter(({ value, count }) => count > 0 || chosen.includes(value));
    if (visible.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = t.filterNames[name];
    fieldset.append(legend);
    for (const { value, count } of visible) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = chosen.includes(value);
      box.addEventListener('change', onChange);
      label.append(box, ' ', ...marked(fill(t.count, { value: filterLabels[name]?.[value] ?? value, n: count })));
      fieldset.append(label);
    }
    groups.push(fieldset);
  }
  if (Object.keys(selected).length > 0) {
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.className = 'secondary';
    clear.textContent = t.clearFilters;
    clear.addEventListener('click', () => {
      for (const box of host.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
      onChange();
    });
    groups.push(clear);
  }
  host.replaceChildren(...groups);
}


/** Text as nodes: on the English page each run of Chinese is a <span lang="zh-CN">. */
function marked(text: string): Array<string | HTMLElement> {
  if (!english || !/\p{Script=Han}/u.test(text)) return [text];
  return hanRuns(text).map((run) => {
    if (!run.zh) return run.text;
    const span = document.createElement('span');
    span.lang = 'zh-CN';
    span.textContent = run.text;
    return span;
  });
}

function byId(id: string): HTMLElement {
  return document.getElementById(id)!;
}
