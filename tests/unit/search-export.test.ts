// Search exports are built from the same rows as /data/cases.csv.
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { caseCitable } from '../../src/research/case-metadata.ts';
import { bibtex, cslItem } from '../../src/research/citation.ts';
import { caseColumns, csvFile, datasetTables } from '../../src/research/dataset.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { exportText, resolveCaseIds } from '../../src/search/export.ts';
import { resultId } from '../../src/search/index-pages.ts';

const SITE = 'https://example.org/';
const { library } = loadLibrary(path.resolve(import.meta.dirname, '../../content'));
const columns = caseColumns(library, SITE);
const rowOf = (id: string) => columns.map((c) => c.value(library.caseById(id)!) ?? '');

describe('search result exports', () => {
  it('a CSV export of every case in title order is byte for byte the spreadsheet copy /data/cases.excel.csv', () => {
    const text = exportText('csv', columns.map((c) => c.name), library.cases.map((c) => rowOf(c.id)));
    expect(text).toBe(csvFile(datasetTables(library, SITE)[0], { excel: true }));
  });

  it("citation exports are the library's own records, with the day of the export as the access date", () => {
    const names = columns.map((c) => c.name);
    const ids = library.cases.map((c) => c.id);
    const exported = JSON.parse(exportText('csl', names, ids.map(rowOf), '2030-01-02')) as unknown[];
    expect(exported).toEqual(library.cases.map((entry) => cslItem({ ...caseCitable(library, entry, SITE), accessed: '2030-01-02' })));
    const english = library.cases.find((entry) => entry.data.en);
    if (english) {
      const bib = exportText('bibtex', names, [rowOf(english.id)], '2030-01-02');
      expect(bib).toBe(`${bibtex({ ...caseCitable(library, english, SITE), accessed: '2030-01-02' })}\n`);
    }
  });

  it('keeps the order of the results it is given', () => {
    const ids = ['sgcc-hubei-carbon-map', 'huizhou-huiyun-eye'];
    const [, ...rows] = parse(exportText('csv', columns.map((c) => c.name), ids.map(rowOf)), { bom: true }) as string[][];
    expect(rows.map((r) => r[0])).toEqual(ids);
  });

  it('BibTeX, RIS and CSL-JSON exports hold one record per result, with title and URL', () => {
    const ids = ['sgcc-hubei-carbon-map', 'huizhou-huiyun-eye'];
    const names = columns.map((c) => c.name);
    const bib = exportText('bibtex', names, ids.map(rowOf));
    expect([...bib.matchAll(/^@techreport\{([^,]+),/gm)].map((m) => m[1])).toEqual(ids);
    const ris = exportText('ris', names, ids.map(rowOf));
    expect([...ris.matchAll(/^ID {2}- (.+)$/gm)].map((m) => m[1])).toEqual(ids);
    const csl = JSON.parse(exportText('csl', names, ids.map(rowOf))) as Array<{ id: string; title: string; URL: string }>;
    expect(csl.map((item) => [item.id, item.title, item.URL])).toEqual(ids.map((id) => [id, library.caseById(id)!.data.title, `${SITE}cases/${id}/`]));
  });

  it('resolves the search page\'s result IDs (positions in title order) to case IDs, and passes case IDs through', () => {
    const caseIds = ['a-case', 'b-case', 'c-case'];
    expect(resolveCaseIds([resultId(2), resultId(0)], caseIds)).toEqual(['c-case', 'a-case']);
    expect(resolveCaseIds(['b-case', 'a-case'], caseIds)).toEqual(['b-case', 'a-case']);
    // Unknown IDs and positions past the end are dropped; a bare number is not a position.
    expect(resolveCaseIds([resultId(9), '2', 'zxx_222', resultId(1)], caseIds)).toEqual(['b-case']);
  });
});
