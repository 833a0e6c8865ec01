// A comparison table as CSV: the same rows the page shows (lib/compare.ts), one column per case.
// The curated comparisons' static CSV files and the compare picker's export both use it.
// The browser build: the Node one needs Buffer, and this module also runs in the browser.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { ComparisonRow } from './compare.ts';

export function comparisonCells(cases: Array<{ id: string; title: string }>, rows: ComparisonRow[]): string[][] {
  return [
    ['维度', ...cases.map((c) => c.title)],
    ['案例编号', ...cases.map((c) => c.id)],
    ...rows.map((row) => [row.label, ...row.cells.map((cell) => (cell === null ? '' : cell.asOf ? `${cell.text}（截至 ${cell.asOf}）` : cell.text))]),
  ];
}

/** UTF-8 with a BOM, like the dataset's CSV files; an empty cell means the sources give no data. */
export function comparisonCsv(cases: Array<{ id: string; title: string }>, rows: ComparisonRow[]): string {
  return stringify(comparisonCells(cases, rows), { bom: true });
}
