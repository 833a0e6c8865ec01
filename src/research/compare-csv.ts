// A comparison table as CSV: the same rows the page shows (library/compare.ts), one column per case.
// The curated comparisons' static CSV files and the compare picker's export both use it.
// The browser build: the Node one needs Buffer, and this module also runs in the browser.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { ComparisonRow } from '../library/compare.ts';

import type { Locale } from '../i18n/locales.ts';

/** The CSV's own words per language (browser code: kept here rather than in the page dictionaries). */
const HEADERS: Record<Locale, { dimension: string; id: string; asOf: (text: string, date: string) => string }> = {
  zh: { dimension: '维度', id: '案例编号', asOf: (text, date) => `${text}（截至 ${date}）` },
  en: { dimension: 'Dimension', id: 'Case ID', asOf: (text, date) => `${text} (as of ${date})` },
};

export function comparisonCells(cases: Array<{ id: string; title: string }>, rows: ComparisonRow[], locale: Locale = 'zh'): string[][] {
  const words = HEADERS[locale];
  return [
    [words.dimension, ...cases.map((c) => c.title)],
    [words.id, ...cases.map((c) => c.id)],
    ...rows.map((row) => [row.label, ...row.cells.map((cell) => (cell === null ? '' : cell.asOf ? words.asOf(cell.text, cell.asOf) : cell.text))]),
  ];
}

/** UTF-8 with a BOM, like the dataset's CSV files; an empty cell means the sources give no data. */
export function comparisonCsv(cases: Array<{ id: string; title: string }>, rows: ComparisonRow[], locale: Locale = 'zh'): string {
  return stringify(comparisonCells(cases, rows, locale), { bom: true });
}
