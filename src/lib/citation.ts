// Citations for a case page: GB/T 7714-2015, APA 7, BibTeX and RIS, from the entry's own data.
// The access date is left for the reader (or the page's small script) to fill, so builds stay
// reproducible and no citation claims a date nobody checked.

export interface CitableEntry {
  id: string;
  title: string;
  /** Date of the last editorial review, YYYY-MM-DD. */
  updated: string;
  url: string;
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

export function bibtex(entry: CitableEntry): string {
  const escape = (value: string) => value.replace(/[{}\\]/g, (c) => `\\${c}`);
  return [
    `@misc{${entry.id},`,
    `  title = {${escape(entry.title)}},`,
    `  author = {{${PUBLISHER}}},`,
    `  year = {${entry.updated.slice(0, 4)}},`,
    `  date = {${entry.updated}},`,
    `  howpublished = {\\url{${entry.url}}},`,
    `  url = {${entry.url}},`,
    `  language = {chinese},`,
    `}`,
  ].join('\n');
}

export function ris(entry: CitableEntry): string {
  return [
    'TY  - ELEC',
    `ID  - ${entry.id}`,
    `TI  - ${entry.title}`,
    `AU  - ${PUBLISHER}`,
    `PB  - ${PUBLISHER}`,
    `PY  - ${entry.updated.slice(0, 4)}`,
    `DA  - ${entry.updated.replaceAll('-', '/')}`,
    `UR  - ${entry.url}`,
    'LA  - zh',
    'ER  - ',
  ].join('\n');
}
