// The citation model: what a case is as a citable work, and the data formats made from it
// (CSL-JSON, BibTeX, RIS). The page boxes in GB/T 7714 and APA are rendered from cslItem() by
// citeproc-js with the official styles (research/citation-render.ts, Node only); Highwire, Dublin Core
// and JSON-LD (research/metadata.ts) read the same fields. So every format says the same thing:
//
// - type: a report (Zotero's `report`, CSL `report`, BibTeX @techreport, RIS RPRT), issued by the
//   library, which is its institutional author and publisher (the content model records no
//   personal authors);
// - issued: the day the entry was first published in the library (git history, library/case-dates.ts);
//   modified: the day it last changed;
// - accessed: a static file cannot know when its reader read the page. It carries the date of the
//   library version it was built from (research/citation-render.ts); the page's small script replaces
//   it with the reader's date in the boxes, and a citer sets their own in a reference manager.
//
// English: APA 7 cites a work in another language by its original title followed by an English
// translation in square brackets. CSL 1.0.2 has no variable for a translated title, so the English
// variant's `title` holds exactly that form ("原题 [English title]"); the Chinese record's `title`
// is the Chinese title. Neither sets `original-title`: in CSL it is the title of the original of a
// translated or republished work, and the official APA style then adds "(Original work published
// as …)", which would call the case a translation. RIS has a field for a translated title (TT), so
// the English RIS carries the English title there as well. Without an English title the English
// variant is the Chinese record.
//
// Imported by the browser's export code too, so it stays free of heavy imports.

export type CitationLanguage = 'zh' | 'en';

export interface CitableEntry {
  id: string;
  /** The Chinese title. */
  title: string;
  url: string;
  /** The Chinese summary, used as the abstract. */
  summary?: string;
  /** First published in the library, YYYY-MM-DD. */
  published: string;
  /** Last changed, YYYY-MM-DD. */
  modified: string;
  /** The access date the data carries, YYYY-MM-DD (see above). */
  accessed: string;
  /** The editor-written English title and summary, when the entry has them. */
  en?: { title: string; summary?: string };
}

export const PUBLISHER = '治理案例库';
/** The language of every case, as BCP 47 (the same tag in every format). */
export const CASE_LANGUAGE = 'zh-CN';

/** The title as APA 7 gives a non-English work in English text: original, then [translation]. */
export function bracketedTitle(entry: CitableEntry): string {
  return entry.en ? `${entry.title} [${entry.en.title}]` : entry.title;
}

const dateParts = (isoDate: string): [number, ...number[]] => isoDate.split('-').map(Number) as [number, ...number[]];

/** A CSL-JSON item (the CSL-JSON schema: vendor/csl/schema/csl-data.json). */
export interface CslItem {
  id: string;
  type: 'report';
  title: string;
  author: Array<{ literal: string }>;
  publisher: string;
  issued: { 'date-parts': [[number, ...number[]]] };
  accessed: { 'date-parts': [[number, ...number[]]] };
  URL: string;
  language: string;
  abstract?: string;
}

export function cslItem(entry: CitableEntry, language: CitationLanguage = 'zh'): CslItem {
  const english = language === 'en' && entry.en;
  const abstract = english ? entry.en!.summary : entry.summary;
  return {
    id: entry.id,
    type: 'report',
    title: english ? bracketedTitle(entry) : entry.title,
    author: [{ literal: PUBLISHER }],
    publisher: PUBLISHER,
    issued: { 'date-parts': [dateParts(entry.published)] },
    accessed: { 'date-parts': [dateParts(entry.accessed)] },
    URL: entry.url,
    language: CASE_LANGUAGE,
    ...(abstract ? { abstract } : {}),
  };
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
export function bibtex(entry: CitableEntry, language: CitationLanguage = 'zh'): string {
  const item = cslItem(entry, language);
  return [
    `@techreport{${entry.id},`,
    `  title = {${bibtexText(item.title)}},`,
    `  author = {{${PUBLISHER}}},`,
    `  institution = {{${PUBLISHER}}},`,
    `  year = {${entry.published.slice(0, 4)}},`,
    `  date = {${entry.published}},`,
    `  urldate = {${entry.accessed}},`,
    `  url = {${entry.url}},`,
    ...(item.abstract ? [`  abstract = {${bibtexText(item.abstract)}},`] : []),
    `  language = {${CASE_LANGUAGE}},`,
    `}`,
  ].join('\n');
}

const risDate = (isoDate: string) => isoDate.replaceAll('-', '/');

/** RIS with type RPRT (report); one record. The English variant adds TT, the translated title. */
export function ris(entry: CitableEntry, language: CitationLanguage = 'zh'): string {
  const oneLine = (value: string) => value.replace(/\s*\n\s*/g, ' ');
  const item = cslItem(entry, language);
  return [
    'TY  - RPRT',
    `ID  - ${entry.id}`,
    `TI  - ${oneLine(item.title)}`,
    ...(language === 'en' && entry.en ? [`TT  - ${oneLine(entry.en.title)}`] : []),
    `AU  - ${PUBLISHER}`,
    `PB  - ${PUBLISHER}`,
    `PY  - ${entry.published.slice(0, 4)}`,
    `DA  - ${risDate(entry.published)}`,
    `Y2  - ${risDate(entry.accessed)}`,
    `UR  - ${entry.url}`,
    ...(item.abstract ? [`AB  - ${oneLine(item.abstract)}`] : []),
    `LA  - ${CASE_LANGUAGE}`,
    'ER  - ',
  ].join('\n');
}

/** A CSL-JSON file of items: an array, as citation managers import it (a case's csl.json holds one). */
export const cslJson = (items: CslItem[]): string => `${JSON.stringify(items, null, 1)}\n`;

/** Whole-file exports of many entries, in the order given. */
export const citationFiles = {
  bibtex: (entries: CitableEntry[], language: CitationLanguage = 'zh') => `${entries.map((e) => bibtex(e, language)).join('\n\n')}\n`,
  ris: (entries: CitableEntry[], language: CitationLanguage = 'zh') => `${entries.map((e) => ris(e, language)).join('\n')}\n`,
  csl: (entries: CitableEntry[], language: CitationLanguage = 'zh') => cslJson(entries.map((e) => cslItem(e, language))),
};

/**
 * Where the access date appears in a box's text, so that the page script can put the reader's date
 * there: GB/T 7714 writes it as [YYYY-MM-DD], BibTeX as urldate, RIS as Y2.
 */
export function accessDateSpots(accessed: string): string[] {
  return [`[${accessed}]`, `urldate = {${accessed}}`, `Y2  - ${risDate(accessed)}`];
}

/** The dataset as a whole (/data/): its title, version (datapackage.json's), date and URL. */
export interface CitableDataset {
  title: string;
  /** The semantic version datapackage.json gives (research/datapackage.ts). */
  version: string;
  /** YYYY-MM-DD: when this version of the data was made (datapackage.json's `created`). */
  created: string;
  url: string;
}

/**
 * Recommended citations of the whole dataset: GB/T 7714-2015's data set type [DS/OL], APA 7's
 * "[Data set]" with the version, and a BibTeX @misc (biblatex @dataset is not read by BibTeX).
 */
export function datasetCitations(dataset: CitableDataset, accessed = dataset.created): Array<{ key: string; label: string; text: string }> {
  const year = dataset.created.slice(0, 4);
  return [
    { key: 'gbt7714', label: 'GB/T 7714-2015', text: `${PUBLISHER}. ${dataset.title}[DS/OL]. (${dataset.created})[${accessed}]. ${dataset.url}.` },
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
