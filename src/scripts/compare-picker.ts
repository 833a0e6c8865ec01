// The pick-your-own compare page. Reads ?cases=a,b,c, fetches the index and each chosen case's
// JSON, draws the table with the same row builder and markup as the curated pages, and keeps the URL
// in step. Sets text with textContent only: nothing from the URL or the data is parsed as HTML.
import { COMPARE_CASES } from '../schemas/constants.ts';
import { compareShard, comparisonCaption, parseCompareSelection, PICKER_MESSAGES, requestedIds, rowsFromFacts, TEMPLATE_SLOTS, type CaseFacts } from '../library/compare.ts';
import { pathsFor } from '../library/urls.ts';
import { toLocale } from '../i18n/locales.ts';
import { hanRuns } from '../i18n/han.ts';

const app = document.getElementById('compare-app');
// The page's language (English pages fetch English facts from /en/compare/).
const locale = toLocale(document.documentElement.lang);
const paths = pathsFor(locale);
const say_ = PICKER_MESSAGES[locale];

if (app) void start(app);

async function start(root: HTMLElement): Promise<void> {
  const messages = byId('compare-messages');
  const controls = byId('compare-controls');
  const input = byId('compare-add') as HTMLInputElement;
  const options = byId('compare-options');
  const selectedList = byId('compare-selected');
  const tableHost = byId('compare-table');
  const template = byId('compare-table-template') as HTMLTemplateElement;
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
    return parseCompareSelection(values, new Set(facts.keys()), COMPARE_CASES.max, locale);
  };

  const render = async (notes: string[] = []) => {
    let selection: { ids: string[]; messages: string[] };
    try {
      selection = await currentSelection();
    } catch {
      say(messages, [say_.loadFailed]);
      return;
    }
    const { ids, messages: urlNotes } = selection;
    say(messages, [...urlNotes, ...notes]);
    selectedList.replaceChildren(
      ...ids.map((id) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = paths.case(id);
        link.replaceChildren(...dataText(facts.get(id)!.title));
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'secondary';
        remove.textContent = say_.remove;
        remove.setAttribute('aria-label', say_.removeLabel(facts.get(id)!.title));
        remove.addEventListener('click', () => update(ids.filter((other) => other !== id)));
        item.append(link, ' ', remove);
        return item;
      }),
    );
    if (ids.length < 2) {
      const hint = document.createElement('p');
      hint.textContent = ids.length === 0 ? say_.noneSelected(COMPARE_CASES.min, COMPARE_CASES.max) : say_.oneMore;
      tableHost.replaceChildren(hint);
      return;
    }
    const chosen = ids.map((id) => facts.get(id)!);
    tableHost.replaceChildren(buildTable(template, chosen), exportButton(chosen));
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
    if (!id) return say(messages, [say_.notFound(typed.slice(0, 60))]);
    if (ids.includes(id)) return say(messages, [say_.alreadyChosen]);
    if (ids.length >= COMPARE_CASES.max) return say(messages, [say_.full(COMPARE_CASES.max)]);
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

/**
 * The table, cloned from the <template> the page renders with ComparisonTable.astro: one case
 * column and a fact, a metric and a no-data row, whose placeholders (TEMPLATE_SLOTS) take the text.
 */
function buildTable(template: HTMLTemplateElement, facts: CaseFacts[]): HTMLElement {
  const wrapper = (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
  const table = wrapper.querySelector('table')!;
  table.caption!.textContent = comparisonCaption(facts.length, locale);
  const head = table.tHead!.rows[0]!;
  const caseHeader = head.cells[1]!;
  caseHeader.remove();
  for (const f of facts) {
    const th = caseHeader.cloneNode(true) as HTMLTableCellElement;
    const link = th.querySelector('a')!;
    link.href = paths.case(f.id);
    link.replaceChildren(...dataText(f.title));
    head.append(th);
  }
  const body = table.tBodies[0]!;
  const [factRow, metricRow, emptyRow] = [...body.rows];
  const prototypes = { fact: factRow!, metric: metricRow! };
  const noData = emptyRow!.cells[1]!;
  body.replaceChildren();
  for (const row of rowsFromFacts(facts, undefined, locale)) {
    const prototype = prototypes[row.kind];
    const tr = prototype.cloneNode(false) as HTMLTableRowElement;
    const label = prototype.cells[0]!.cloneNode(true) as HTMLTableCellElement;
    label.replaceChildren(...dataText(row.label));
    tr.append(label);
    for (const value of row.cells) {
      if (value === null) {
        tr.append(noData.cloneNode(true));
        continue;
      }
      const td = prototype.cells[1]!.cloneNode(true) as HTMLTableCellElement;
      td.firstChild!.replaceWith(...dataText(value.text));
      const note = td.querySelector('.meta')!;
      if (value.asOf) note.textContent = note.textContent!.replace(TEMPLATE_SLOTS.asOf, value.asOf);
      else note.remove();
      tr.append(td);
    }
    body.append(tr);
  }
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
  button.textContent = say_.exportCsv;
  button.addEventListener('click', async () => {
    const [{ comparisonCsv }, { saveFile }] = await Promise.all([import('../research/compare-csv.ts'), import('./download.ts')]);
    saveFile(comparisonCsv(facts, rowsFromFacts(facts, undefined, locale), locale), `compare-${facts.map((f) => f.id).join('-').slice(0, 120)}.csv`, 'text/csv;charset=utf-8');
  });
  wrapper.append(button);
  return wrapper;
}

/** Text from the data as nodes: on English pages its Chinese runs in <span lang="zh-CN"> (components/Text.astro does the same). */
function dataText(text: string): Node[] {
  if (locale !== 'en') return [document.createTextNode(text)];
  return hanRuns(text).map((run) => (run.zh ? Object.assign(document.createElement('span'), { lang: 'zh-CN', textContent: run.text }) : document.createTextNode(run.text)));
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
