// The search page's view: the elements SearchPage.astro renders, and everything the page writes
// into them. Result cards are clones of the page's <template> (CaseCard.astro). Everything is
// written with textContent, so no query or index text becomes markup.
import { href } from '../library/urls.ts';
import { hanRuns } from '../i18n/han.ts';
import { facetCounts, type Facets, type FilterChoice } from '../search/facets.ts';
import { FILTER_NAMES, type SearchFilter } from '../search/filters.ts';
import { fill, type SearchMessages } from '../search/messages.ts';
import type { Fragment } from '../search/pagefind.ts';
import type { SearchState } from '../search/state.ts';
import type { Outcome } from '../search/steps.ts';
import { excerpt, readableFields } from '../search/text.ts';

/** How much of a query the status line quotes. */
const QUOTED_QUERY_LENGTH = 30;

/** What one result card shows beyond its fragment. */
export interface CardNotes {
  /** What the excerpt marks: every need's alternatives, as typed. */
  needles: string[];
  /** The needs a partial match lacks. */
  missing?: string[];
  /** The concepts the case was found through. */
  concepts?: string[];
}

export class SearchView {
  readonly form = byId('search-form') as HTMLFormElement;
  readonly input = byId('search-q') as HTMLInputElement;
  readonly sortSelect = byId('search-sort') as HTMLSelectElement;
  readonly more = byId('search-more') as HTMLButtonElement;
  private readonly status = byId('search-status');
  private readonly list = byId('search-results');
  private readonly empty = byId('search-empty');
  private readonly suggestionHost = byId('search-suggestions');
  private readonly filterHost = byId('search-filters');
  private readonly resultTemplate = byId('search-result-template') as HTMLTemplateElement;
  private readonly filterPanel = byId('search-filter-panel') as HTMLDetailsElement;

  /**
   * `t`: the page's words (data-messages, rendered from search/messages.ts in the page's language).
   * `filterLabels`: filter value → label in the page's language; the value itself when absent.
   * `english`: Chinese text the page shows is marked lang="zh-CN".
   */
  readonly t: SearchMessages;
  private readonly filterLabels: Partial<Record<SearchFilter, Record<string, string>>>;
  private readonly english: boolean;

  constructor(t: SearchMessages, filterLabels: Partial<Record<SearchFilter, Record<string, string>>>, english: boolean) {
    this.t = t;
    this.filterLabels = filterLabels;
    this.english = english;
    // Side by side on wide screens; on narrow ones the filters fold away above the results.
    this.filterPanel.open = matchMedia('(min-width: 60rem)').matches;
  }

  /** The filters ticked in the panel. */
  chosenFilters(): FilterChoice {
    const filters: FilterChoice = {};
    for (const box of this.filterHost.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (filters[box.name as keyof FilterChoice] ??= []).push(box.value);
    return filters;
  }

  /** The form as the URL state says, and how many filters are chosen. */
  showState(state: SearchState, chosen: number): void {
    this.filterPanel.querySelector('summary')!.textContent = chosen ? fill(this.t.filtersChosen, { n: chosen }) : this.t.filters;
    this.input.value = state.q;
    this.sortSelect.value = state.sort;
  }

  showStatus(text: string): void {
    this.status.textContent = text;
  }

  /** A status line with a link in it (the query as typed, searched literally). */
  showStatusWithLink(before: string[], link: { text: string; href: string }, after: string[]): void {
    const anchor = document.createElement('a');
    anchor.href = link.href;
    anchor.textContent = link.text;
    this.status.replaceChildren(...before, anchor, ...after);
  }

  /** A failure (the index or a fragment cannot be loaded) says so and offers the browse links. */
  showFailure(): void {
    this.status.textContent = this.t.unavailable;
    this.suggestionHost.replaceChildren();
    this.empty.hidden = false;
  }

  /** No results, no suggestions, no "more" and no empty notice: before anything is asked. */
  clearAll(): void {
    this.clearResults();
    this.more.hidden = true;
    this.empty.hidden = true;
  }

  clearResults(): void {
    this.list.replaceChildren();
    this.suggestionHost.replaceChildren();
  }

  /** How many result cards are shown. */
  get shownCount(): number {
    return this.list.children.length;
  }

  /** Add a batch of cards; "more" stays while fewer than `total` are shown. */
  appendCards(cards: HTMLLIElement[], total: number): void {
    this.list.append(...cards);
    this.more.hidden = this.list.children.length >= total;
  }

  showEmpty(empty: boolean): void {
    this.empty.hidden = !empty;
  }

  /** "您是不是要找：…" with a link that searches each name. */
  showSuggestions(names: string[], hrefOf: (name: string) => string): void {
    const line = document.createElement('p');
    line.append(this.t.didYouMean);
    names.forEach((name, i) => {
      const link = document.createElement('a');
      link.href = hrefOf(name);
      link.textContent = name;
      if (this.english) link.lang = 'zh-CN';
      line.append(...(i ? [this.t.listSeparator, link] : [link]));
    });
    this.suggestionHost.replaceChildren(line);
  }

  /** The query as the status line quotes it: a long pasted query is shortened visibly, never silently. */
  queryLabel(query: string): string {
    const chars = [...query.trim()];
    if (chars.length === 0) return this.t.chosenConditions;
    return fill(this.t.quoted, { text: chars.length > QUOTED_QUERY_LENGTH ? `${chars.slice(0, QUOTED_QUERY_LENGTH).join('')}…` : chars.join('') });
  }

  /** The status line: how many, how they match, and what the query was read as. */
  statusLine(found: Outcome | undefined, count: number, label: string): string {
    const t = this.t;
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

  /**
   * A result card, cloned from the <template> the page renders with CaseCard.astro (as CaseList
   * does): heading link, region and completeness, the excerpt, what is missing, award badges.
   */
  card(fragment: Fragment, notes: CardNotes): HTMLLIElement {
    const item = (this.resultTemplate.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLLIElement;
    const [heading, meta, text, awards] = [...item.children] as HTMLElement[];
    this.fillHeading(heading!, fragment);
    const stub = meta!.querySelector('.badge')!;
    meta!.replaceChildren(...this.marked(fragment.meta.region ?? ''), ...(fragment.meta.completeness === 'stub' ? [' ', stub] : []));
    this.fillExcerpt(text!, fragment, notes.needles);
    if (notes.missing?.length) text!.after(this.note('meta missing', fill(this.t.missing, { words: notes.missing.join(this.t.listSeparator) })));
    if (notes.concepts?.length) text!.after(this.note('meta concept', fill(this.t.via, { concepts: notes.concepts.join(this.t.listSeparator) })));
    this.fillAwards(awards!, fragment);
    return item;
  }

  private fillHeading(heading: HTMLElement, fragment: Fragment): void {
    const link = heading.querySelector('a')!;
    link.href = href(fragment.url);
    link.replaceChildren(...this.marked(fragment.meta.title ?? fragment.url));
    if (this.english && fragment.meta.titleZh && fragment.meta.titleZh !== fragment.meta.title) {
      // The Chinese title beside the English one.
      const zh = document.createElement('span');
      zh.lang = 'zh-CN';
      zh.textContent = fragment.meta.titleZh;
      heading.append(' ', zh);
    }
  }

  /** The excerpt comes from the text after the names, so that it adds to the title, not repeats it. */
  private fillExcerpt(text: HTMLElement, fragment: Fragment, needles: string[]): void {
    text.replaceChildren();
    for (const part of excerpt(readableFields(fragment.content.split(' '), this.english), needles)) {
      if (part.marked) {
        const mark = document.createElement('mark');
        mark.append(...this.marked(part.text));
        text.append(mark);
      } else text.append(...this.marked(part.text));
    }
  }

  private note(className: string, text: string): HTMLParagraphElement {
    const note = document.createElement('p');
    note.className = className;
    note.append(...this.marked(text));
    return note;
  }

  private fillAwards(awards: HTMLElement, fragment: Fragment): void {
    const badge = awards.querySelector('.badge')!;
    const awardLabels = (fragment.meta.awards ?? '').split('|').filter(Boolean);
    awards.replaceChildren(...awardLabels.flatMap((award) => {
      const copy = badge.cloneNode(false) as HTMLElement;
      copy.append(...this.marked(award));
      return [copy, ' '];
    }));
    if (awardLabels.length === 0) awards.remove();
  }

  /** Filter checkboxes with the counts of `facetCounts` for the cases `matched` (all when undefined). */
  showFilters(facets: Facets, matched: number[] | undefined, selected: FilterChoice, onChange: () => void): void {
    const counts = facetCounts(facets, matched, selected);
    const groups: HTMLElement[] = [];
    for (const name of FILTER_NAMES) {
      const chosen = selected[name] ?? [];
      const visible = facets.values[name].map((value, i) => ({ value, count: counts[name][i] })).filter(({ value, count }) => count > 0 || chosen.includes(value));
      if (visible.length > 0) groups.push(this.filterGroup(name, visible, chosen, onChange));
    }
    if (Object.keys(selected).length > 0) groups.push(this.clearFiltersButton(onChange));
    this.filterHost.replaceChildren(...groups);
  }

  private filterGroup(name: SearchFilter, visible: Array<{ value: string; count: number }>, chosen: string[], onChange: () => void): HTMLFieldSetElement {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = this.t.filterNames[name];
    fieldset.append(legend);
    for (const { value, count } of visible) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = chosen.includes(value);
      box.addEventListener('change', onChange);
      label.append(box, ' ', ...this.marked(fill(this.t.count, { value: this.filterLabels[name]?.[value] ?? value, n: count })));
      fieldset.append(label);
    }
    return fieldset;
  }

  private clearFiltersButton(onChange: () => void): HTMLButtonElement {
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.className = 'secondary';
    clear.textContent = this.t.clearFilters;
    clear.addEventListener('click', () => {
      for (const box of this.filterHost.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
      onChange();
    });
    return clear;
  }

  /** Text as nodes: on the English page each run of Chinese is a <span lang="zh-CN">. */
  private marked(text: string): Array<string | HTMLElement> {
    if (!this.english || !/\p{Script=Han}/u.test(text)) return [text];
    return hanRuns(text).map((run) => {
      if (!run.zh) return run.text;
      const span = document.createElement('span');
      span.lang = 'zh-CN';
      span.textContent = run.text;
      return span;
    });
  }
}

function byId(id: string): HTMLElement {
  return document.getElementById(id)!;
}
