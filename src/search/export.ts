// Exports of search results, built in the browser from static shards of the dataset's case rows.
// The shards use the compare picker's sharding (library/compare.ts: about 100 cases per shard, by a
// hash of the ID), so an export of a few results fetches a few small files, and the rows are
// exactly those of /data/cases.csv. Pure functions; scripts/search-export.ts does the fetching.
// The browser build: the Node one needs Buffer, and this module also runs in the browser.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { citationFiles, type CitableEntry } from '../research/citation.ts';
import { resultPosition } from './index-pages.ts';

export type ExportFormat = 'csv' | 'bibtex' | 'ris' | 'csl';
type Cell = string | number | boolean;

/** /search/export/index.json: what the export needs before it fetches any shard. */
export interface ExportIndex {
  shardCount: number;
  columns: string[];
  /** Every case ID in title order: the order in which the search index numbers its pages. */
  caseIds: string[];
}
/** /search/export/<n>.json: the case rows of one shard, by case ID. */
export type ExportShard = Record<string, Cell[]>;

export const EXPORT_FORMATS: Record<ExportFormat, { label: string; extension: string; type: string }> = {
  csv: { label: 'CSV', extension: 'csv', type: 'text/csv;charset=utf-8' },
  bibtex: { label: 'BibTeX', extension: 'bib', type: 'application/x-bibtex;charset=utf-8' },
  ris: { label: 'RIS', extension: 'ris', type: 'application/x-research-info-systems;charset=utf-8' },
  csl: { label: 'CSL-JSON', extension: 'csl.json', type: 'application/vnd.citationstyles.csl+json' },
};

/**
 * At most this many results are exported at once (about 100 shards of a 20,000-case library,
 * 10–15 MB of JSON before compression); beyond it the whole dataset on /data/ is the better download.
 */
export const EXPORT_LIMIT = 10_000;

/**
 * Case IDs for result IDs, which may be case IDs or the search page's result IDs (the case's
 * position in title order, search/index-pages.ts: the order of `caseIds`). Unknown IDs are dropped.
 */
export function resolveCaseIds(resultIds: string[], caseIds: string[]): string[] {
  const known = new Set(caseIds);
  return resultIds
    .map((id) => {
      if (known.has(id)) return id;
      const position = resultPosition(id);
      return position === undefined ? undefined : caseIds[position];
    })
    .filter((id): id is string => id !== undefined);
}

/**
 * The export file's text for rows in result order. Citations read the columns id, title, summary,
 * title_en, summary_en, first_published, last_changed and url; the access date is the day of the
 * export (`today`, YYYY-MM-DD), when the reader has the results in front of them.
 */
export function exportText(format: ExportFormat, columns: string[], rows: Cell[][], today = new Date().toISOString().slice(0, 10)): string {
  if (format === 'csv') return stringify([columns, ...rows], { bom: true });
  const at = (name: string) => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`export data has no ${name} column`);
    return index;
  };
  const [id, title, summary, titleEn, summaryEn, published, modified, url] = ['id', 'title', 'summary', 'title_en', 'summary_en', 'first_published', 'last_changed', 'url'].map(at);
  const entries: CitableEntry[] = rows.map((row) => ({
    id: String(row[id]),
    title: String(row[title]),
    summary: String(row[summary]),
    published: String(row[published]),
    modified: String(row[modified]),
    accessed: today,
    url: String(row[url]),
    ...(row[titleEn] ? { en: { title: String(row[titleEn]), ...(row[summaryEn] ? { summary: String(row[summaryEn]) } : {}) } } : {}),
  }));
  return citationFiles[format](entries);
}
