// A case as citation data and as schema.org input: the one place that maps an entry onto the
// citation model (research/citation.ts) and the page metadata (research/metadata.ts).
import { caseDates, libraryVersionDate } from '../library/case-dates.ts';
import type { CitableEntry } from './citation.ts';
import { isPlace, type CaseEntry, type Library } from '../library/library.ts';
import type { CaseJsonLdInput } from './metadata.ts';
import { paths } from '../library/urls.ts';

export function caseCitable(library: Library, entry: CaseEntry, siteUrl: string): CitableEntry {
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
