// The search page's script. The URL is the state: ?q=…&sort=…&<filter>=<value>… .
//
// Each query term is one exact Pagefind search in the index's bigram form (lib/search-text.ts);
// terms are ANDed. Relevance needs no second search: a case whose title or alias holds a term
// ranks first (Pagefind reports where the first match is, and names sit below NAME_SPAN), then
// cases where the terms appear earliest (summary and organisations come before the body).
// Filters, sorting and facet counts use the facet table the build writes next to the index, which
// is loaded after the first results are shown, so the first query carries no facet data.
// Result cards are read from Pagefind's fragments directly, with excerpts cut around the query.
// Everything is rendered with textContent, so no query or index text becomes markup.
import { BITMAP_END, BITMAP_START } from '../lib/chinese-script-range.ts';
import { COMPLETENESS_LABELS } from '../schemas/constants.ts';
import { facetCounts, matchesFilters, parseFacets, rank, shardOf, sortBy, type FacetTable, type Facets, type FilterChoice, type Hit, type TermResult } from '../lib/search-facets.ts';
import { FACET_TABLE_FILE, FILTER_NAMES, SEARCH_FILTERS, SEARCH_LANGUAGE, shardFolder } from '../lib/search-filters.ts';
import { registerExportSource } from './search-export-button.ts';
import { excerpt, MAX_QUERY_CHARACTERS, NAME_SPAN, pagefindQuery, queryTerms, readableText, termNeedles } from '../lib/search-text.ts';

interface PagefindResult extends TermResult {
  data: () => Promise<Fragment>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string) => Promise<{ results: PagefindResult[] }>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
}

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}
/**
 * Results shown per batch. Each needs its fragment (~4 KB gzip at 1,500 characters), so the first
 * query stays light; Pagefind's own UI shows five at a time too.
 */
const PAGE_SIZE = 5;

const app = document.getElementById('search-app');
if (app) void start(app);

async function start(root: HTMLElement): Promise<void> {
  const form = byId('search-form') as HTMLFormElement;
  const input = byId('search-q') as HTMLInputElement;
  const sortSelect = byId('search-sort') as HTMLSelectElement;
  const status = byId('search-status');
  const list = byId('search-results');
  const more = byId('search-more') as HTMLButtonElement;
  const empty = byId('search-empty');
  const filterHost = byId('search-filters');
  const filterPanel = byId('search-filter-panel') as HTMLDetailsElement;
  // Side by side on wide screens; on narrow ones the filters fold away above the results.
  filterPanel.open = matchMedia('(min-width: 60rem)').matches;
  const bundle = root.dataset.bundle!;
  const bundleDir = bundle.slice(0, bundle.lastIndexOf('/') + 1);
  const siteBase = bundleDir.replace(/pagefind\/$/, '');
  const convertible = Uint8Array.from(atob(root.dataset.convertible ?? ''), (c) => c.charCodeAt(0));
  let toSimplified: ((text: string) => string) | undefined;
  let facetsLoading: Promise<Facets> | undefined;
  const loadFacets = () => (facetsLoading ??= fetch(`${bundleDir}${FACET_TABLE_FILE}`).then(async (response) => parseFacets((await response.json()) as FacetTable)));
  // A library larger than one index's shard size is several Pagefind indexes (see search-records.ts).
  // A result's fragment is in its own shard: Pagefind's result object knows which; for cases found
  // by filters alone, the facet table does.
  const shards = Number(root.dataset.shards ?? '1');
  const foundByPagefind = new Map<string, PagefindResult>();
  const fetchFromShard = async (id: string) => {
    const table = await loadFacets();
    return fetchFragment(`${siteBase}${shardFolder(shardOf(table, table.position.get(id) ?? 0))}fragment/${id}.pf_fragment`);
  };
  const fromPagefind = async (result: PagefindResult): Promise<Fragment> => {
    const { url, content, meta } = await result.data();
    // Pagefind's copy of the URL already carries the site's base path.
    return { url: url.startsWith(siteBase) ? `/${url.slice(siteBase.length)}` : url, content, meta };
  };
  const fragments = new Map<string, Promise<Fragment>>();
  const loadFragment = (id: string) => {
    if (!fragments.has(id)) {
      const result = foundByPagefind.get(id);
      const fragment = shards === 1 ? fetchFragment(`${bundleDir}fragment/${id}.pf_fragment`) : result ? fromPagefind(result) : fetchFromShard(id);
      fragments.set(id, fragment);
    }
    return fragments.get(id)!;
  };
  let runId = 0;
  let shown: string[] = [];
  // Exports take every current result (filters applied, in displayed order), not only the rendered batch.
  registerExportSource(() => shown);
  let needles: string[] = [];

  // A failure (the index or a fragment cannot be loaded) says so and offers the browse links.
  const fail = (error: unknown) => {
    console.error(error);
    status.textContent = '搜索暂时无法使用，请稍后刷新重试，或按下面的方式浏览。';
    empty.hidden = false;
  };
  status.textContent = '正在加载搜索索引…';
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind(bundle);
    for (let k = 1; k < shards; k++) await pagefind.mergeIndex(`${siteBase}${shardFolder(k)}`, { language: SEARCH_LANGUAGE });
  } catch (error) {
    fail(error);
    return;
  }
  status.textContent = '';

  const readState = () => {
    const params = new URLSearchParams(location.search);
    const filters: FilterChoice = {};
    for (const name of FILTER_NAMES) {
      const values = params.getAll(name).filter((v) => v !== '');
      if (values.length) filters[name] = values;
    }
    return { q: params.get('q') ?? '', sort: params.get('sort') ?? '', filters };
  };

  const writeState = (push: boolean) => {
    const params = new URLSearchParams();
    // The input's maxlength (200) bounds the URL; the search itself uses the first 100 characters.
    if (input.value.trim()) params.set('q', input.value.trim());
    if (sortSelect.value) params.set('sort', sortSelect.value);
    for (const box of filterHost.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) params.append(box.name, box.value);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
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
    const state = readState();
    const chosen = Object.values(state.filters).flat().length;
    filterPanel.querySelector('summary')!.textContent = chosen ? `筛选条件（已选 ${chosen} 项）` : '筛选条件';
    input.value = state.q;
    const sort = state.sort === 'year' || state.sort === 'title' ? state.sort : '';
    sortSelect.value = sort;
    const notes: string[] = [];
    let query = state.q;
    if ([...query].length > MAX_QUERY_CHARACTERS) {
      query = [...query].slice(0, MAX_QUERY_CHARACTERS).join('');
      notes.push(`关键词过长，只按前 ${MAX_QUERY_CHARACTERS} 个字搜索。`);
    }
    if (needsConversion(query, convertible)) {
      toSimplified ??= (await import('../lib/chinese-script.ts')).toSimplified;
      query = toSimplified(query);
    }
    const terms = queryTerms(query);
    const hasFilters = Object.keys(state.filters).length > 0;
    if (terms.length === 0 && !hasFilters) {
      if (id !== runId) return;
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      status.textContent = state.q.trim() ? `${notes.join('')}请输入至少一个汉字、字母或数字。` : '请输入关键词，或在左侧选择筛选条件。';
      const table = await loadFacets();
      if (id === runId) renderFilters(filterHost, table, undefined, state.filters, onFilterChange);
      return;
    }

    // Text matches, ranked; the facet table is only awaited when filters or a sort need it.
    let hits: Hit[] | undefined;
    if (terms.length) {
      const responses = await Promise.all(terms.map((term) => pagefind.search(pagefindQuery(term))));
      hits = rank(responses.map((response) => response.results));
      if (shards > 1) for (const result of responses[0].results) foundByPagefind.set(result.id, result);
    }
    const facets = hasFilters || sort || !hits ? await loadFacets() : undefined;
    if (id !== runId) return;
    let ids = hits ? hits.map((hit) => hit.id) : facets!.ids;
    if (facets) {
      ids = ids.filter((pageId) => matchesFilters(facets, facets.position.get(pageId), state.filters));
      if (sort) ids = sortBy(facets, ids, sort);
    }
    shown = ids;
    needles = terms.flatMap(termNeedles);
    list.replaceChildren();
    await showMore(id);
    if (id !== runId) return;
    // The status line is written last, so that it announces a finished result list.
    const label = state.q.trim() ? `“${[...state.q.trim()].slice(0, 30).join('')}”` : '所选条件';
    status.textContent = `${notes.join('')}${shown.length ? `找到 ${shown.length} 个与${label}相关的案例。` : `没有找到与${label}匹配的案例。`}`;
    empty.hidden = shown.length > 0;
    // Facet counts follow the results.
    const table = await loadFacets();
    if (id !== runId) return;
    const matched = hits ? hits.map((hit) => table.position.get(hit.id)).filter((i) => i !== undefined) : undefined;
    renderFilters(filterHost, table, matched, state.filters, onFilterChange);
  };

  const showMore = async (id: number) => {
    const start = list.children.length;
    const batch = shown.slice(start, start + PAGE_SIZE);
    const items = await Promise.all(batch.map(async (pageId) => renderResult(await loadFragment(pageId), siteBase, needles)));
    if (id !== runId) return;
    list.append(...items);
    more.hidden = list.children.length >= shown.length;
  };

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => { writeState(false); void run(); }, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    writeState(true);
    void run();
  });
  sortSelect.addEventListener('change', () => { writeState(true); void run(); });
  more.addEventListener('click', () => void showMore(runId).catch(fail));
  window.addEventListener('popstate', () => void run());
  await run();
}





/** A Pagefind 1.6 fragment: gzip of "pagefind_dcd" followed by the page's JSON. */
async function fetchFragment(url: string): Promise<Fragment> {
  const response = await fetch(url);
  const stream = response.body!.pipeThrough(new DecompressionStream('gzip'));
  const text = await new Response(stream).text();
  return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
}

/** Create the Pagefind instance while the document language is the index's: Pagefind 1.6 picks its query segmenter from <html lang> at this moment (see docs/search.md). */
async function loadPagefind(bundle: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  const html = document.documentElement;
  const pageLanguage = html.lang;
  html.lang = SEARCH_LANGUAGE;
  try {
    // Searches run on the main thread: each takes tens of milliseconds, and the separate worker
    // script would add 12 KB to the first query.
    await pagefind.options({ noWorker: true });
    await pagefind.init();
  } finally {
    html.lang = pageLanguage;
  }
  return pagefind;
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

function renderResult(fragment: Fragment, siteBase: string, needles: string[]): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = `${siteBase}${fragment.url.replace(/^\//, '')}`;
  link.textContent = fragment.meta.title ?? fragment.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = fragment.meta.region ?? '';
  if (fragment.meta.completeness === 'stub') meta.append(' ', badge(COMPLETENESS_LABELS.stub, 'badge stub'));
  const text = document.createElement('p');
  // The excerpt comes from the text after the names, so that it adds to the title, not repeats it.
  for (const part of excerpt(readableText(fragment.content.split(' ').slice(NAME_SPAN)), needles)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      text.append(mark);
    } else text.append(part.text);
  }
  item.append(heading, meta, text);
  const awards = (fragment.meta.awards ?? '').split('|').filter(Boolean);
  if (awards.length) {
    const badges = document.createElement('p');
    for (const award of awards) badges.append(badge(award, 'badge'), ' ');
    item.append(badges);
  }
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
    legend.textContent = SEARCH_FILTERS[name];
    fieldset.append(legend);
    for (const { value, count } of visible) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = chosen.includes(value);
      box.addEventListener('change', onChange);
      label.append(box, ` ${value}（${count}）`);
      fieldset.append(label);
    }
    groups.push(fieldset);
  }
  if (Object.keys(selected).length > 0) {
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.className = 'secondary';
    clear.textContent = '清除全部筛选';
    clear.addEventListener('click', () => {
      for (const box of host.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
      onChange();
    });
    groups.push(clear);
  }
  host.replaceChildren(...groups);
}

function badge(text: string, className: string): HTMLSpanElement {
  return Object.assign(document.createElement('span'), { className, textContent: text });
}

function byId(id: string): HTMLElement {
  return document.getElementById(id)!;
}
