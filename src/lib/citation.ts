// Citations for a case: GB/T 7714-2015, APA 7, BibTeX, RIS and CSL-JSON, from the entry's own data.
// The access date is left for the reader (or the page's small script) to fill, so builds stay
// reproducible and no citation claims a date nobody checked. Every format calls a case a report
// issued by the library, the same type the page's Zotero metadata declares (lib/metadata.ts).
// Imported by the browser's export code too, so it stays free of heavy imports.

export interface CitableEntry {
  id: string;
  title: string;
  /** Date of the last editorial review, YYYY-MM-DD. */
  updated: string;
  url: string;
  /** The case summary, used as the abstract where a format has one. */
  summary?: string;
}

export const PUBLISHER = '治理案例库';
export const ACCESS_DATE_PLACEHOLDER = '引用日期';

/** GB/T 7714-2015 electronic resource: 题名[EB/OL]. 出版者, (更新日期)[引用日期]. URL. */
export function gbt7714(entry: CitableEntry, accessed = ACCESS_DATE_PLACEHOLDER): string {
  return `${PUBLISHER}. ${entry.title}[EB/OL]. (${entry.updated})[${accessed}]. ${entry.url}.`;
}

/** APA 7 web page with a group author. */
export function apa(entry: CitableEntry, accessed?: string): string {
  const [year, month, day] = entry.updated.split('-');
  const retrieved = accessed ? `Retrieved ${accessed}, from ` : '';
  return `${PUBLISHER}. (${year}, ${Number(month)}月${Number(day)}日). ${entry.title}. ${retrieved}${entry.url}`;
}

/** Text for a BibTeX field: LaTeX's special characters escaped, so titles with & or % compile. */
export function bibtexText(value: string): string {
  return value.replace(/[\\{}&%#_$^~]/g, (c) => BIBTEX_ESCAPES[c]);
}
const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** A BibTeX @techreport (Zotero and biblatex read it as a report); the URL stays verbatim. */
export function bibtex(entry: CitableEntry): string {
  return [
    `@techreport{${entry.id},`,
    `  title = {${bibtexText(entry.title)}},`,
    `  author = {{${PUBLISHER}}},`,
    `  institution = {{${PUBLISHER}}},`,
    `  year = {${entry.updated.slice(0, 4)}},`,
    `  date = {${entry.updated}},`,
    `  url = {${entry.url}},`,
    ...(entry.summary ? [`  abstract = {${bibtexText(entry.summary)}},`] : []),
    `  language = {chinese},`,
    `}`,
  ].join('\n');
}

/** RIS with type RPRT (report); one record. */
export function ris(entry: CitableEntry): string {
  const oneLine = (value: string) => value.replace(/\s*\n\s*/g, ' ');
  return [
    'TY  - RPRT',
    `ID  - ${entry.id}`,
    `TI  - ${oneLine(entry.title)}`,
    `AU  - ${PUBLISHER}`,
    `PB  - ${PUBLISHER}`,
    `PY  - ${entry.updated.slice(0, 4)}`,
    `DA  - ${entry.updated.replaceAll('-', '/')}`,
    `UR  - ${entry.url}`,
    ...(entry.summary ? [`AB  - ${oneLine(entry.summary)}`] : []),
    'LA  - zh',
    'ER  - ',
  ].join('\n');
}

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), type report. */
export interface CslItem {
  id: string;
  type: 'report';
  title: string;
  author: Array<{ literal: string }>;
  publisher: string;
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
  abstract?: string;
}

export function cslItem(entry: CitableEntry): CslItem {
  const [year, month, day] = entry.updated.split('-').map(Number);
  return {
    id: entry.id,
    type: 'report',
    title: entry.title,
    author: [{ literal: PUBLISHER }],
    publisher: PUBLISHER,
    issued: { 'date-parts': [[year, month, day]] },
    URL: entry.url,
    language: 'zh-CN',
    ...(entry.summary ? { abstract: entry.summary } : {}),
  };
}

/** Whole-file exports of many entries, in the order given. */
export const citationFiles = {
  bibtex: (entries: CitableEntry[]) => `${entries.map(bibtex).join('\n\n')}\n`,
  ris: (entries: CitableEntry[]) => `${entries.map(ris).join('\n')}\n`,
  csl: (entries: CitableEntry[]) => `${JSON.stringify(entries.map(cslItem), null, 1)}\n`,
};

/** The dataset as a whole (/data/): its title, version (the latest review date) and URL. */
export interface CitableDataset {
  title: string;
  /** YYYY-MM-DD: the date of the latest review of any case, which the data files also carry. */
  version: string;
  url: string;
}

/**
 * Recommended citations of the whole dataset: GB/T 7714-2015's data set type [DS/OL], APA 7's
 * "[Data set]" with the version, and a BibTeX @misc (biblatex @dataset is not read by BibTeX).
 */
export function datasetCitations(dataset: CitableDataset, accessed = ACCESS_DATE_PLACEHOLDER): Array<{ key: string; label: string; text: string }> {
  const year = dataset.version.slice(0, 4);
  return [
    { key: 'gbt7714', label: 'GB/T 7714-2015', text: `${PUBLISHER}. ${dataset.title}[DS/OL]. (${dataset.version})[${accessed}]. ${dataset.url}.` },
    { key: 'apa', label: 'APA', text: `${PUBLISHER}. (${year}). ${dataset.title} (Version ${dataset.version}) [Data set]. ${dataset.url}` },
    {
      key: 'bibtex',
      label: 'BibTeX',
      text: [
        '@misc{zhili-anli-ku-dataset,',
        `  title = {${bibtexText(dataset.title)}},`,
        `  author = {{${PUBLISHER}}},`,
        `  year = {${year}},`,
        `  version = {${dataset.version}},`,
        `  howpublished = {Data set},`,
        `  url = {${dataset.url}},`,
        `  language = {chinese},`,
        '}',
      ].join('\n'),
    },
  ];
}
