// The pick-your-own compare page. Reads ?cases=a,b,c, fetches the index and each chosen case's
// JSON, draws the table with the same row builder and markup as the curated pages, and keeps the URL
// in step. Sets text with textContent only: nothing from the URL or the data is parsed as HTML.
import { COMPARE_CASES } from '../schemas/constants.ts';
import { compareShard, comparisonCaption, parseCompareSelection, PICKER_MESSAGES, requestedIds, rowsFromFacts, TEMPLATE_SLOTS, type CaseFacts } from '../library/compare.ts';
import { pathsFor } from '../library/urls.ts';
import { toLocale } from '../i18n/locales.ts';
import { hanRuns } from '../i18n/han.ts';

// The page's language (English pages fetch English facts from /en/compare/).
const locale = toLocale(document.documentElement.lang);
const paths = pathsFor(locale);
const say_ = PICKER_MESSAGES[locale];

/** The case data the picker fetches: each case's facts by shard, and the title list (on first use). */
class PickerData {
  /** Every case fetched so far, by ID. */
  readonly facts = new Map<string, CaseFacts>();
  private readonly shards = new Map<number, Promise<Record<string, CaseFacts>>>();
  private titleIndex?: Promise<Map<string, string>>;
  private readonly root: HTMLElement;
  private readonly options: HTMLElement;

  /** `root` names the files (data-index, data-shards, data-shard-count); `options` is the title datalist. */
  constructor(root: HTMLElement, options: HTMLElement) {
    this.root = root;
    this.options = options;
  }

  /** Fetch the shards holding these IDs; afterwards `facts` knows every one that exists. */
  async load(ids: string[]): Promise<void> {
    const shardCount = Number(this.root.dataset.shardCount ?? '1');
    const needed = [...new Set(ids.map((id) => compareShard(id, shardCount)))];
    for (const shard of needed) if (!this.shards.has(shard)) this.shards.set(shard, fetchJson(`${this.root.dataset.shards}${shard}.json`));
    for (const shard of needed) for (const [id, value] of Object.entries(await this.shards.get(shard)!)) this.facts.set(id, value);
  }

  /** Title → ID of every case, fetched on first use; the titles also fill the datalist. */
  idsByTitle(): Promise<Map<string, string>> {
    this.titleIndex ??= fetchJson<Array<[string, string]>>(this.root.dataset.index!).then((index) => {
      for (const [, title] of index) this.options.append(new Option(title));
      return new Map(index.map(([id, title]) => [title, id]));
    });
    return this.titleIndex;
  }
}

/** The picker: the selection lives in the URL (?cases=a,b,c); each change pushes it and redraws. */
class ComparePicker {
  private readonly data: PickerData;
  private readonly messages = byId('compare-messages');
  private readonly input = byId('compare-add') as HTMLInputElement;
  private readonly selectedList = byId('compare-selected');
  private readonly tableHost = byId('compare-table');
  private readonly template = byId('compare-table-template') as HTMLTemplateElement;

  constructor(root: HTMLElement) {
    this.data = new PickerData(root, byId('compare-options'));
  }

  /** Show the controls, wire them and the history, and draw the selection in the URL. */
  async listen(): Promise<void> {
    this.input.addEventListener('focus', () => void this.data.idsByTitle(), { once: true });
    byId('compare-controls').hidden = false;
    byId('compare-add-button').addEventListener('click', () => void this.add());
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        void this.add();
      }
    });
    byId('compare-clear').addEventListener('click', () => this.update([]));
    window.addEventListener('popstate', () => void this.render());
    await this.render();
  }

  /** The cases in the URL that exist, at most COMPARE_CASES.max, and notes on the rest. */
  private async currentSelection(): Promise<{ ids: string[]; messages: string[] }> {
    const values = new URLSearchParams(location.search).getAll('cases');
    await this.data.load(requestedIds(values).slice(0, 50));
    return parseCompareSelection(values, new Set(this.data.facts.keys()), COMPARE_CASES.max, locale);
  }

  /** Draw the selection: notes, the chosen cases with their remove buttons, the table or a hint. */
  private async render(notes: string[] = []): Promise<void> {
    let selection: { ids: string[]; messages: string[] };
    try {
      selection = await this.currentSelection();
    } catch {
      say(this.messages, [say_.loadFailed]);
      return;
    }
    const { ids, messages: urlNotes } = selection;
    say(this.messages, [...urlNotes, ...notes]);
    this.selectedList.replaceChildren(...ids.map((id) => selectedItem(this.data.facts.get(id)!, () => this.update(ids.filter((other) => other !== id)))));
    if (ids.length < 2) {
      const hint = document.createElement('p');
      hint.textContent = ids.length === 0 ? say_.noneSelected(COMPARE_CASES.min, COMPARE_CASES.max) : say_.oneMore;
      this.tableHost.replaceChildren(hint);
      return;
    }
    const chosen = ids.map((id) => this.data.facts.get(id)!);
    this.tableHost.replaceChildren(buildTable(this.template, chosen), exportButton(chosen));
  }

  /** A new selection: into the URL (a history entry), then drawn. */
  private update(ids: string[], notes: string[] = []): void {
    const url = new URL(location.href);
    url.search = ids.length ? `?cases=${ids.join(',')}` : '';
    history.pushState(null, '', url);
    void this.render(notes);
  }

  /** Add the case whose title (or ID) is typed, unless it is unknown, chosen already, or the table is full. */
  private async add(): Promise<void> {
    const typed = this.input.value.trim();
    const idsByTitle = await this.data.idsByTitle();
    const id = idsByTitle.get(typed) ?? ([...idsByTitle.values()].includes(typed) ? typed : undefined);
    const { ids } = await this.currentSelection();
    if (!id) return say(this.messages, [say_.notFound(typed.slice(0, 60))]);
    if (ids.includes(id)) return say(this.messages, [say_.alreadyChosen]);
    if (ids.length >= COMPARE_CASES.max) return say(this.messages, [say_.full(COMPARE_CASES.max)]);
    this.input.value = '';
    this.update([...ids, id]);
  }
}

/** A chosen case: its link and a remove button. */
function selectedItem(facts: CaseFacts, remove: () => void): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = paths.case(facts.id);
  link.replaceChildren(...dataText(facts.title));
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary';
  button.textContent = say_.remove;
  button.setAttribute('aria-label', say_.removeLabel(facts.title));
  button.addEventListener('click', remove);
  item.append(link, ' ', button);
  return item;
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

// Last, after the classes above are defined.
const app = document.getElementById('compare-app');
if (app) void new ComparePicker(app).listen();
