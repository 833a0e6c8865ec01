// The pick-your-own compare page. Reads ?cases=a,b,c, fetches the index and each chosen case's
// JSON, draws the table with the same row builder as the curated pages, and keeps the URL in step.
// Builds DOM nodes with textContent only: nothing from the URL or the data is parsed as HTML.
import { compareShard, parseCompareSelection, requestedIds, rowsFromFacts, type CaseFacts } from '../lib/compare.ts';

const MAX_CASES = 6;
const app = document.getElementById('compare-app');

if (app) void start(app);

async function start(root: HTMLElement): Promise<void> {
  const messages = byId('compare-messages');
  const controls = byId('compare-controls');
  const input = byId('compare-add') as HTMLInputElement;
  const options = byId('compare-options');
  const selectedList = byId('compare-selected');
  const tableHost = byId('compare-table');
  const caseBase = root.dataset.caseBase ?? '/cases/';
  const shardCount = Number(root.dataset.shardCount ?? '1');
  const shards = new Map<number, Promise<Record<string, CaseFacts>>>();
  const facts = new Map<string, CaseFacts>();

  /** Fetch the shards holding these IDs; afterwards `facts` knows every one that exists. */
  const loadFacts = async (ids: string[]) => {
    const needed = [...new Set(ids.map((id) => compareShard(id, shardCount)))];
    for (const shard of needed) if (!shards.has(shard)) shards.set(shard, fetchJson(`${root.dataset.shards}${shard}.json`));
    for (const shard of needed) for (const [id, value] of Object.entries(await shards.get(shard)!)) facts.set(id, value);
  };

  // The full title list is only needed to add a case: load it on first use.
  let titleIndex: Promise<Map<string, string>> | undefined;
  const idsByTitle = () => {
    titleIndex ??= fetchJson<Array<[string, string]>>(root.dataset.index!).then((index) => {
      for (const [, title] of index) options.append(new Option(title));
      return new Map(index.map(([id, title]) => [title, id]));
    });
    return titleIndex;
  };
  input.addEventListener('focus', () => void idsByTitle(), { once: true });
  controls.hidden = false;

  const currentSelection = async () => {
    const values = new URLSearchParams(location.search).getAll('cases');
    await loadFacts(requestedIds(values).slice(0, 50));
    return parseCompareSelection(values, new Set(facts.keys()), MAX_CASES);
  };

  const render = async (notes: string[] = []) => {
    let selection: { ids: string[]; messages: string[] };
    try {
      selection = await currentSelection();
    } catch {
      say(messages, ['案例数据加载失败，请稍后重试。']);
      return;
    }
    const { ids, messages: urlNotes } = selection;
    say(messages, [...urlNotes, ...notes]);
    selectedList.replaceChildren(
      ...ids.map((id) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `${caseBase}${id}/`;
        link.textContent = facts.get(id)!.title;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'secondary';
        remove.textContent = '移除';
        remove.setAttribute('aria-label', `从比较中移除：${facts.get(id)!.title}`);
        remove.addEventListener('click', () => update(ids.filter((other) => other !== id)));
        item.append(link, ' ', remove);
        return item;
      }),
    );
    if (ids.length < 2) {
      const hint = document.createElement('p');
      hint.textContent = ids.length === 0 ? '尚未选择案例。请添加 2–6 个案例。' : '再添加至少 1 个案例即可并排比较。';
      tableHost.replaceChildren(hint);
      return;
    }
    const chosen = ids.map((id) => facts.get(id)!);
    tableHost.replaceChildren(buildTable(chosen, caseBase), exportButton(chosen));
  };

  const update = (ids: string[], notes: string[] = []) => {
    const url = new URL(location.href);
    url.search = ids.length ? `?cases=${ids.join(',')}` : '';
    history.pushState(null, '', url);
    void render(notes);
  };

  const add = async () => {
    const typed = input.value.trim();
    const id = (await idsByTitle()).get(typed) ?? ([...(await idsByTitle()).values()].includes(typed) ? typed : undefined);
    const { ids } = await currentSelection();
    if (!id) return say(messages, [`没有找到标题为“${typed.slice(0, 60)}”的案例。`]);
    if (ids.includes(id)) return say(messages, ['该案例已在比较中。']);
    if (ids.length >= MAX_CASES) return say(messages, [`最多同时比较 ${MAX_CASES} 个案例。`]);
    input.value = '';
    update([...ids, id]);
  };
  byId('compare-add-button').addEventListener('click', () => void add());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void add();
    }
  });
  byId('compare-clear').addEventListener('click', () => update([]));
  window.addEventListener('popstate', () => void render());
  await render();
}

function buildTable(facts: CaseFacts[], caseBase: string): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'table-scroll';
  const table = document.createElement('table');
  table.className = 'comparison';
  const caption = table.createCaption();
  caption.textContent = `${facts.length} 个案例并排比较`;
  const head = table.createTHead().insertRow();
  head.append(cell('th', '维度', 'col'));
  for (const f of facts) {
    const th = cell('th', '', 'col');
    const link = document.createElement('a');
    link.href = `${caseBase}${f.id}/`;
    link.textContent = f.title;
    th.append(link);
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of rowsFromFacts(facts)) {
    const tr = body.insertRow();
    tr.append(cell('th', row.label, 'row'));
    for (const value of row.cells) {
      const td = cell('td', value === null ? '无数据' : value.text);
      if (value === null) td.className = 'no-data';
      else if (value.asOf) {
        const note = document.createElement('div');
        note.className = 'meta';
        note.textContent = `截至 ${value.asOf}`;
        td.append(note);
      }
      tr.append(td);
    }
  }
  wrapper.append(table);
  return wrapper;
}

/** 导出 CSV: the table's rows as a file; the CSV writer loads on the first click. */
function exportButton(facts: CaseFacts[]): HTMLElement {
  const wrapper = document.createElement('p');
  wrapper.className = 'no-print';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary';
  button.id = 'compare-export';
  button.textContent = '导出表格（CSV）';
  button.addEventListener('click', async () => {
    const [{ comparisonCsv }, { saveFile }] = await Promise.all([import('../lib/compare-csv.ts'), import('./download.ts')]);
    saveFile(comparisonCsv(facts, rowsFromFacts(facts)), `compare-${facts.map((f) => f.id).join('-').slice(0, 120)}.csv`, 'text/csv;charset=utf-8');
  });
  wrapper.append(button);
  return wrapper;
}

function cell(tag: 'th' | 'td', text: string, scope?: 'col' | 'row'): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (scope) element.scope = scope;
  return element;
}

function say(host: HTMLElement, lines: string[]): void {
  host.replaceChildren(...lines.map((line) => Object.assign(document.createElement('p'), { className: 'notice', textContent: line })));
}

function byId(id: string): HTMLElement {
  return document.getElementById(id)!;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}
