// The open dataset (src/research/dataset.ts): the CSV files hold every case, metric and award listing
// of the library, in the declared columns, with the site's display rules and list delimiter.
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { caseAwardLabel, regionPathLabel, UNSTATED_LABEL } from '../../src/library/format.ts';
import { csvFile, datasetTables, LIST_DELIMITER } from '../../src/research/dataset.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { caseDates } from '../../src/library/case-dates.ts';

const { library } = loadLibrary(path.resolve('content'));
const SITE = 'https://example.org/';
const [cases, metrics, awards] = datasetTables(library, SITE);
const read = (dataset: Parameters<typeof csvFile>[0]) => {
  const text = csvFile(dataset);
  // The described files carry no byte-order mark (Data Package v2); the spreadsheet copy is the same bytes after one.
  expect(text.startsWith('\uFEFF')).toBe(false);
  expect(csvFile(dataset, { excel: true })).toBe(`\uFEFF${text}`);
  return parse(text, { columns: true }) as Array<Record<string, string>>;
};

describe('the dataset tables', () => {
  it.each([cases, metrics, awards])('$file has its declared header, required cells filled and only declared categories', (dataset) => {
    const rows = read(dataset);
    expect(rows.length).toBe(dataset.rows.length);
    expect(Object.keys(rows[0]!)).toEqual(dataset.columns.map((c) => c.name));
    for (const column of dataset.columns) {
      for (const row of rows) {
        if (column.required) expect(row[column.name], `${dataset.file} ${column.name}`).not.toBe('');
        if (column.categories && row[column.name] !== '') expect(column.categories, `${dataset.file} ${column.name}`).toContain(row[column.name]);
      }
    }
  });

  it('has one case row per case, with region path and award labels as the site shows them', () => {
    const rows = read(cases);
    expect(rows.map((r) => r.id)).toEqual(library.cases.map((c) => c.id));
    for (const [i, entry] of library.cases.entries()) {
      const row = rows[i]!;
      expect(row.region_path).toBe(regionPathLabel(library.regionPath(entry.data.region)));
      expect(row.awards).toBe(entry.data.awards.map((a) => caseAwardLabel(library, a)).join(LIST_DELIMITER));
      expect(row.organisations.split(LIST_DELIMITER)).toEqual(entry.data.organisations.map((o) => o.name));
      expect(row.url).toBe(`${SITE}cases/${entry.id}/`);
      expect(row.title_en).toBe(entry.data.en?.title ?? '');
      expect(row.summary_en).toBe(entry.data.en?.summary ?? '');
      const dates = caseDates(library, entry);
      expect([row.first_published, row.last_changed]).toEqual([dates.published, dates.modified]);
      expect(row.first_published <= row.last_changed).toBe(true);
    }
  });

  it('every column is described in Chinese and in English', () => {
    for (const dataset of [cases, metrics, awards]) {
      expect(dataset.titleEn).toMatch(/^[A-Z]/);
      for (const column of dataset.columns) {
        expect(column.description, `${dataset.file} ${column.name}`).toMatch(/[\u4e00-\u9fff]/);
        expect(column.descriptionEn, `${dataset.file} ${column.name}`).toMatch(/^[A-Za-z]/);
      }
    }
  });

  it('counts an organisation type or a level the sources do not state as 未说明', () => {
    const rows = read(cases);
    const unstatedType = library.cases.findIndex((c) => c.data.organisations.some((o) => o.type === undefined));
    expect(unstatedType).toBeGreaterThanOrEqual(0);
    expect(rows[unstatedType]!.organisation_types.split(LIST_DELIMITER)).toContain(UNSTATED_LABEL);
    const unstatedLevel = library.cases.findIndex((c) => c.data.level === undefined);
    if (unstatedLevel >= 0) expect(rows[unstatedLevel]!.level).toBe(UNSTATED_LABEL);
  });

  it('has one metric row per metric and one award row per listing', () => {
    expect(read(metrics).length).toBe(library.cases.reduce((n, c) => n + c.data.metrics.length, 0));
    const listings = read(awards);
    expect(listings.length).toBe(library.cases.reduce((n, c) => n + c.data.awards.length, 0));
    // Within an edition's category, rows follow the published list.
    for (const [i, row] of listings.entries()) {
      const next = listings[i + 1];
      if (next && next.edition === row.edition && next.category === row.category && row.position && next.position) {
        expect(Number(next.position)).toBeGreaterThan(Number(row.position));
      }
    }
  });
});
