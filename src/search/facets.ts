// The search page's facet table: written by the build next to the Pagefind index
// (dist/pagefind/case-facets.json), read by the search page, which filters, sorts, counts facets
// with it in plain JavaScript. Kept free of heavy imports: the page bundles it.
import { FILTER_NAMES, type SearchFilter } from './filters.ts';
import { resultId } from './index-pages.ts';

const collator = new Intl.Collator('zh-CN');
const unique = (values: string[]) => [...new Set(values)];

/**
 * The search page's facet table: for each indexed case (in table order, as the page table and the
 * cards) its year and its value indices for every filter. The page filters, sorts and counts with
 * it in plain JavaScript instead of loading Pagefind's filter files, whose facet counting made
 * every search about 150 ms slower at 5,000 cases (see docs/search.md).
 */
export interface FacetTable {
  /** Year per case, 0 when unknown. */
  years: number[];
  /** Per filter: its values in display order, and per case its value indices ("1,4" per case, ";" between cases). */
  filters: Record<SearchFilter, { values: string[]; cases: string }>;
}

export function facetTable(records: Array<{ filters: Record<string, string[]> }>, years: Array<number | undefined>): FacetTable {
  const filters = {} as FacetTable['filters'];
  for (const name of FILTER_NAMES) {
    const values = unique(records.flatMap((record) => record.filters[name] ?? []));
    values.sort(name === 'year' ? (a, b) => b.localeCompare(a) : (a, b) => collator.compare(a, b));
    const position = new Map(values.map((value, i) => [value, i]));
    const cases = records.map((record) => (record.filters[name] ?? []).map((value) => position.get(value)).join(',')).join(';');
    filters[name] = { values, cases };
  }
  return { years: years.map((year) => year ?? 0), filters };
}

/** The table as the page uses it. */
export interface Facets {
  /** Every case's result ID (search/index-pages.ts), in table order. */
  ids: string[];
  years: number[];
  /** Page ID → index in the table (title order). */
  position: Map<string, number>;
  values: Record<SearchFilter, string[]>;
  /** Per filter, per case (table order), its value indices. */
  cases: Record<SearchFilter, number[][]>;
}

export function parseFacets(file: FacetTable): Facets {
  const values = {} as Facets['values'];
  const cases = {} as Facets['cases'];
  for (const name of FILTER_NAMES) {
    values[name] = file.filters[name].values;
    cases[name] = file.filters[name].cases.split(';').map((list) => (list === '' ? [] : list.split(',').map(Number)));
  }
  const ids = file.years.map((_, position) => resultId(position));
  return { ids, years: file.years, position: new Map(ids.map((id, i) => [id, i])), values, cases };
}

export type FilterChoice = Partial<Record<SearchFilter, string[]>>;

/** Values chosen in one filter are ORed, filters are ANDed; `except` leaves one filter out. */
export function matchesFilters(facets: Facets, index: number | undefined, selected: FilterChoice, except?: SearchFilter): boolean {
  if (index === undefined) return false;
  return Object.entries(selected).every(([name, values]) => {
    if (name === except) return true;
    const caseValues = facets.cases[name as SearchFilter][index];
    return values.some((value) => caseValues.includes(facets.values[name as SearchFilter].indexOf(value)));
  });
}

/** Newest first (cases without a year last), or title order; both stable. */
export function sortBy(facets: Facets, ids: string[], sort: 'year' | 'title'): string[] {
  const at = (id: string) => facets.position.get(id)!;
  return [...ids].sort((a, b) => (sort === 'year' ? facets.years[at(b)] - facets.years[at(a)] : 0) || at(a) - at(b));
}

/**
 * Facet counts: for each filter, how many of `matched` (table indices; all cases when undefined)
 * the other filters' choices keep and have each value, that is, what choosing it would give.
 */
export function facetCounts(facets: Facets, matched: number[] | undefined, selected: FilterChoice): Record<SearchFilter, number[]> {
  const counts = {} as Record<SearchFilter, number[]>;
  for (const name of FILTER_NAMES) {
    const perValue = new Array<number>(facets.values[name].length).fill(0);
    const perCase = facets.cases[name];
    const count = (index: number) => {
      if (matchesFilters(facets, index, selected, name)) for (const value of perCase[index]) perValue[value]++;
    };
    if (matched) matched.forEach(count);
    else perCase.forEach((_, index) => count(index));
    counts[name] = perValue;
  }
  return counts;
}
