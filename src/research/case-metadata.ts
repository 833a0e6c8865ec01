// A case as citation data and as schema.org input: the one place that maps an entry onto the
// citation model (research/citation.ts) and the page metadata (research/metadata.ts).
import { caseDates, libraryVersionDate } from '../library/case-dates.ts';
import type { CitableEntry } from './citation.ts';
import { isPlace, type CaseEntry, type Library } from '../library/library.ts';
import { coinsTitle, type CaseJsonLdInput } from './metadata.ts';
import { paths } from '../library/urls.ts';

/** caseCitable()'s answers by library, site and case: a case is cited on its two pages, in every list that shows it (COinS) and in the downloads. */
const citables = new WeakMap<Library, Map<string, WeakMap<CaseEntry, Readonly<CitableEntry>>>>();

export function caseCitable(library: Library, entry: CaseEntry, siteUrl: string): Readonly<CitableEntry> {
  let bySite = citables.get(library);
  if (!bySite) citables.set(library, (bySite = new Map()));
  let byEntry = bySite.get(siteUrl);
  if (!byEntry) bySite.set(siteUrl, (byEntry = new WeakMap()));
  let citable = byEntry.get(entry);
  if (!citable) byEntry.set(entry, (citable = Object.freeze(citableOf(library, entry, siteUrl))));
  return citable;
}

function citableOf(library: Library, entry: CaseEntry, siteUrl: string): CitableEntry {
  const dates = caseDates(library, entry);
  const en = entry.data.en;
  return {
    id: entry.id,
    title: entry.data.title,
    url: new URL(paths.case(entry.id), siteUrl).href,
    summary: entry.data.summary,
    published: dates.published,
    modified: dates.modified,
    accessed: libraryVersionDate(),
    ...(en?.title ? { en: { title: en.title, ...(en.summary ? { summary: en.summary } : {}) } } : {}),
  };
}

export function caseJsonLdInput(library: Library, entry: CaseEntry, siteUrl: string): CaseJsonLdInput {
  const absolute = (path: string) => new URL(path, siteUrl).href;
  const data = entry.data;
  return {
    ...caseCitable(library, entry, siteUrl),
    about: [
      ...data.domains.map((id) => ({ name: library.termLabel('domain', id), url: absolute(paths.term('domain', id)) })),
      ...data.technologies.map((id) => ({ name: library.termLabel('technology', id), url: absolute(paths.term('technology', id)) })),
    ],
    places: library.regionPath(data.region).filter(isPlace).map((term) => ({ name: term.label, url: absolute(paths.term('region', term.id)) })),
    sources: data.sources.map((id) => library.source(id)?.data).filter((s) => s !== undefined).map((s) => ({ title: s.title, publisher: s.publisher, date: s.date, url: s.url })),
    keywords: [...data.aliases, ...data.organisations.map((o) => o.name)],
  };
}

/** COinS titles by citable entry: a case is in many lists, and its title is the same in each. */
const coinsTitles = new WeakMap<Readonly<CitableEntry>, string>();

/** A case's COinS title (research/metadata.ts coinsTitle) for the list pages' spans. */
export function caseCoinsTitle(library: Library, entry: CaseEntry, siteUrl: string): string {
  const citable = caseCitable(library, entry, siteUrl);
  let title = coinsTitles.get(citable);
  if (title === undefined) coinsTitles.set(citable, (title = coinsTitle(citable)));
  return title;
}
