// Pagefind custom records for every case: the text to index (in the bigram form of
// search-text.ts, Traditional characters converted), the filters, sorts and meta the search page
// shows. Built from the same query layer as the pages.
import { toSimplified } from './chinese-script.ts';
import type { CaseEntry, Library } from './library.ts';
import { indexText } from './search-text.ts';
import { SEARCH_LANGUAGE } from './search-filters.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

const COMPLETENESS = { stub: '简目', partial: '部分', complete: '完整' } as const;

/**
 * Pagefind 1.6 weights text wrapped in these markers (undocumented, but this is how it weights
 * headings internally); title and aliases get the top weight so that name matches rank first.
 * Covered by the search regression test "a title match ranks first".
 */
const weighted = (text: string) => `___PAGEFIND_WEIGHT___7 ${text} ___END_PAGEFIND_WEIGHT___`;

/**
 * A case's record. Its URL is site-relative without Astro's base: the Pagefind client adds the
 * base itself (it is the folder above /pagefind/), so adding it here would double it.
 */
export function caseSearchRecord(library: Library, entry: CaseEntry, bodyText: string): SearchRecord {
  const data = entry.data;
  const regions = library.regionPath(data.region);
  const editions = data.awards.map((award) => ({ award, edition: library.edition(award.edition)! }));
  // Fields are joined with 。 so that no bigram spans two fields.
  const names = [data.title, ...data.aliases].join('。');
  const plain = [
    data.summary,
    data.organisations.map((o) => o.name).join('，'),
    regions.map((r) => r.label).join(' '),
    editions.map(({ award, edition }) => `${edition.data.title} ${award.category}`).join('，'),
    bodyText,
  ].join('。');
  const yearOfCase = library.caseYear(entry);
  return {
    url: `/cases/${entry.id}/`,
    content: `${weighted(indexText(toSimplified(names)))} ${indexText(toSimplified(plain))}`,
    language: SEARCH_LANGUAGE,
    meta: {
      title: data.title,
      summary: data.summary,
      region: regions.map((r) => r.label).join(' › '),
      awards: editions.map(({ award, edition }) => `${edition.data.year} ${library.programme(edition.data.programme)?.data.name ?? ''} · ${award.category}`).join('|'),
      completeness: data.completeness,
    },
    filters: {
      programme: unique(editions.map(({ edition }) => library.programme(edition.data.programme)?.data.name ?? edition.data.programme)),
      year: unique(editions.map(({ edition }) => String(edition.data.year))),
      category: unique(editions.map(({ award }) => award.category)),
      province: regions.filter((r) => r.rank === 'province').map((r) => r.label),
      city: regions.filter((r) => r.rank === 'city').map((r) => r.label),
      domain: data.domains.map((d) => library.termLabel('domain', d)),
      technology: data.technologies.map((t) => library.termLabel('technology', t)),
      level: [library.termLabel('level', data.level)],
      completeness: [COMPLETENESS[data.completeness]],
    },
    sort: { title: data.title, ...(yearOfCase !== undefined ? { year: String(yearOfCase) } : {}) },
  };
}

const unique = (values: string[]) => [...new Set(values)];
