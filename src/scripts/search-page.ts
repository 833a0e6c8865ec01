// The search page's script. The URL is the state: ?q=…&sort=…&<filter>=<value>… . Each query term
// is searched in the index's bigram form (lib/search-text.ts): terms of 2+ characters as exact
// phrases, one plain search for the ranking; results are the ranked hits that every exact search
// also found. Everything is rendered with textContent, so no query or index text becomes markup.
import { BITMAP_END, BITMAP_START } from '../lib/chinese-script-range.ts';
import { SEARCH_FILTERS, SEARCH_LANGUAGE, type SearchFilter } from '../lib/search-filters.ts';
import { decodeExcerpt, MAX_QUERY_CHARACTERS, queryTerms } from '../lib/search-text.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Results shown per batch; each needs its fragment (~4 KB gzip), so the first query stays light. */
const PAGE_SIZE = 10;
const FILTER_NAMES = Object.keys(SEARCH_FILTERS) as SearchFilter[];

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
  const convertible = Uint8Array.from(atob(root.dataset.convertible ?? ''), (c) => c.charCodeAt(0));
  let toSimplified: ((text: string) => string) | undefined;
  let runId = 0;
  let shown: PagefindResult[] = [];
  let excerpts = new Map<string, PagefindResult>();

  status.textContent = '正在加载搜索索引…';
  const pagefind = await loadPagefind(root.dataset.bundle!);
  const allFilters = await pagefind.filters();
  status.textContent = '';

  const readState = () => {
    const params = new URLSearchParams(location.search);
    const filters: Partial<Record<SearchFilter, string[]>> = {};
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

  const run = async () => {
    const id = ++runId;
    const state = readState();
    input.value = state.q;
    sortSelect.value = state.sort in { year: 1, title: 1 } ? state.sort : '';
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
      renderFilters(filterHost, allFilters, allFilters, state.filters, () => { writeState(true); void run(); });
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      status.textContent = state.q.trim() ? `${notes.join('')}请输入至少一个汉字、字母或数字。` : '请输入关键词，或在左侧选择筛选条件。';
      return;
    }
    const filters = Object.fromEntries(Object.entries(state.filters).map(([name, values]) => [name, { any: values }]));
    const sort = state.sort === 'year' ? { year: 'desc' } : state.sort === 'title' ? { title: 'asc' } : undefined;
    const phraseTerms = terms.filter((t) => t.phrase);
    const [ranking, ...exact] = await Promise.all([
      pagefind.search(terms.length ? terms.flatMap((t) => t.tokens).join(' ') : null, { filters, sort }),
      ...phraseTerms.map((t) => pagefind.search(`"${t.tokens.join(' ')}"`, { filters })),
    ]);
    if (id !== runId) return;
    const exactIds = exact.map((response) => new Set(response.results.map((r) => r.id)));
    shown = ranking.results.filter((r) => exactIds.every((ids) => ids.has(r.id)));
    excerpts = new Map((exact[0]?.results ?? []).map((r) => [r.id, r]));
    // Facet counts: exact when there is at most one phrase; otherwise those of the narrowest search.
    const narrowest = [ranking, ...exact].sort((a, b) => a.results.length - b.results.length)[0];
    renderFilters(filterHost, allFilters, narrowest.filters, state.filters, () => { writeState(true); void run(); });
    list.replaceChildren();
    await showMore(id);
    if (id !== runId) return;
    // The status line is written last, so that it announces a finished result list.
    const label = state.q.trim() ? `“${[...state.q.trim()].slice(0, 30).join('')}”` : '所选条件';
    status.textContent = `${notes.join('')}${shown.length ? `找到 ${shown.length} 个与${label}相关的案例。` : `没有找到与${label}匹配的案例。`}`;
    empty.hidden = shown.length > 0;
  };

  const showMore = async (id: number) => {
    const start = list.children.length;
    const batch = shown.slice(start, start + PAGE_SIZE);
    const items = await Promise.all(batch.map(async (result) => {
      // The exact search's copy carries the excerpt highlighted on the phrase.
      const data = await (excerpts.get(result.id) ?? result).data();
      return renderResult(data, data.excerpt);
    }));
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
  more.addEventListener('click', () => void showMore(runId));
  window.addEventListener('popstate', () => void run());
  await run();
}

/** Create the Pagefind instance while the document language is the index's: Pagefind 1.6 picks its query segmenter from <html lang> at this moment (see docs/search.md). */
async function loadPagefind(bundle: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  const html = document.documentElement;
  const pageLanguage = html.lang;
  html.lang = SEARCH_LANGUAGE;
  try {
    await pagefind.options({ excerptLength: 40 });
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

function renderResult(data: PagefindResultData, excerptHtml: string): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = data.meta.region ?? '';
  if (data.meta.completeness === 'stub') meta.append(' ', badge('简目', 'badge stub'));
  const excerpt = document.createElement('p');
  for (const part of decodeExcerpt(excerptHtml)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(heading, meta, excerpt);
  const awards = (data.meta.awards ?? '').split('|').filter(Boolean);
  if (awards.length) {
    const badges = document.createElement('p');
    for (const award of awards) badges.append(badge(award, 'badge'), ' ');
    item.append(badges);
  }
  return item;
}

function renderFilters(
  host: HTMLElement,
  all: Record<string, Record<string, number>>,
  current: Record<string, Record<string, number>>,
  selected: Partial<Record<SearchFilter, string[]>>,
  onChange: () => void,
): void {
  const groups: HTMLElement[] = [];
  for (const name of FILTER_NAMES) {
    const values = Object.keys(all[name] ?? {}).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
    const chosen = selected[name] ?? [];
    const visible = values.filter((value) => (current[name]?.[value] ?? 0) > 0 || chosen.includes(value));
    if (visible.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = SEARCH_FILTERS[name];
    fieldset.append(legend);
    for (const value of visible) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = chosen.includes(value);
      box.addEventListener('change', onChange);
      label.append(box, ` ${value}（${current[name]?.[value] ?? 0}）`);
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
