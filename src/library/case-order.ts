// The orders the case list offers, and paging. One place, so the list pages and tests agree.
import { byTitle, type CaseEntry, type Library } from './library.ts';
import { regionPathLabel } from './format.ts';
import { zh } from '../i18n/zh.ts';

/** The orders, with their Chinese labels (each language's labels: caseList.orders in src/i18n/). */
export const CASE_ORDERS = zh.caseList.orders;
export type CaseOrder = keyof typeof CASE_ORDERS;

export const CASES_PER_PAGE = 30;

export function sortCases(library: Library, order: CaseOrder): CaseEntry[] {
  const cases = [...library.cases];
  if (order === 'title') return cases.sort(byTitle);
  if (order === 'year') {
    const year = new Map(cases.map((c) => [c.id, library.caseYear(c) ?? -Infinity]));
    return cases.sort((a, b) => year.get(b.id)! - year.get(a.id)! || byTitle(a, b));
  }
  const collator = new Intl.Collator('zh-CN');
  const key = new Map(cases.map((c) => [c.id, regionPathLabel(library.regionPath(c.data.region))]));
  return cases.sort((a, b) => collator.compare(key.get(a.id)!, key.get(b.id)!) || byTitle(a, b));
}
