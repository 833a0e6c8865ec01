// The search page's state and its URL (?q=…&sort=…&<filter>=<value>…). Pure.
import type { FilterChoice } from './facets.ts';
import { FILTER_NAMES } from './filters.ts';

export type SearchSort = '' | 'year' | 'title';

export interface SearchState {
  q: string;
  sort: SearchSort;
  filters: FilterChoice;
  /**
   * Search the words only: no vocabulary concepts and no typo correction (the links "只搜索字面"
   * and "仍然搜索…" set it). Absent otherwise.
   */
  literal?: true;
}

/** The input's maxlength: it bounds the URL; the search itself reads the first 100 characters. */
export const MAX_URL_QUERY = 200;

/** The state a URL's query string describes; unknown parameters and values are ignored. */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: FilterChoice = {};
  for (const name of FILTER_NAMES) {
    const values = [...new Set(params.getAll(name).filter((v) => v !== ''))];
    if (values.length) filters[name] = values;
  }
  const sort = params.get('sort');
  return { q: params.get('q') ?? '', sort: sort === 'year' || sort === 'title' ? sort : '', filters, ...(params.get('literal') === '1' ? { literal: true as const } : {}) };
}

/** The query string of a state ('' for the empty state), in a fixed order: q, sort, filters. */
export function stateSearch(state: SearchState): string {
  const params = new URLSearchParams();
  const q = [...state.q.trim()].slice(0, MAX_URL_QUERY).join('');
  if (q) params.set('q', q);
  if (q && state.literal) params.set('literal', '1');
  if (state.sort) params.set('sort', state.sort);
  for (const name of FILTER_NAMES) for (const value of state.filters[name] ?? []) params.append(name, value);
  return params.size ? `?${params}` : '';
}

/** How many filter values are chosen. */
export function chosenCount(state: SearchState): number {
  return Object.values(state.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0);
}
