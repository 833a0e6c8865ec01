// Machine-readable metadata for pages: Highwire `citation_*` tags and Dublin Core for Zotero's
// Embedded Metadata translator, COinS spans for list pages, and schema.org JSON-LD for search
// engines and dataset catalogues. Pure functions; Base.astro and the pages render the results.
import { CASE_LANGUAGE, PUBLISHER, type CitableEntry } from './citation.ts';

export const LICENCE = {
  spdx: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export interface MetaTag {
  name: string;
  content: string;
}

/** YYYY-MM-DD → YYYY/MM/DD, the form Google Scholar's Highwire guidelines give and Zotero parses. */
export const highwireDate = (isoDate: string) => isoDate.replaceAll('-', '/');

/** The Dublin Core namespaces the DC.* and DCTERMS.* tags use, declared by <link rel="schema.DC"> (DC-HTML). */
export const METADATA_SCHEMA_LINKS = [
  { rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' },
  { rel: 'schema.DCTERMS', href: 'http://purl.org/dc/terms/' },
] as const;

/**
 * Highwire Press tags and Dublin Core for a case page, all from the citation model.
 *
 * Zotero's Embedded Metadata translator (zotero/translators, "Embedded Metadata.js") reads them:
 * citation_technical_report_institution makes the item a report (its Highwire type wins over the
 * journal-article guess that citation_title alone would give), citation_publication_date → date,
 * citation_public_url → URL, citation_language → language. With no citation_author it takes the
 * creators from DC.creator (its RDF import), so the library stays the report's institutional
 * author, as in the CSL-JSON.
 *
 * Google Scholar's inclusion guidelines ask citation_author for the authors' names; the library is
 * not a person and the content model records no responsible editors, so there is no
 * citation_author, and the issuing institution is named as a report's is, by
 * citation_technical_report_institution (and citation_publisher).
 *
 * Dates: citation_publication_date and citation_online_date (and DC.date) are the day the entry
 * was first published in the library; DCTERMS.modified is its last change.
 */
export function highwireTags(entry: CitableEntry): MetaTag[] {
  const tags: MetaTag[] = [
    { name: 'citation_title', content: entry.title },
    { name: 'citation_publication_date', content: highwireDate(entry.published) },
    { name: 'citation_online_date', content: highwireDate(entry.published) },
    { name: 'citation_technical_report_institution', content: PUBLISHER },
    { name: 'citation_publisher', content: PUBLISHER },
    { name: 'citation_language', content: CASE_LANGUAGE },
    { name: 'citation_public_url', content: entry.url },
    ...(entry.summary ? [{ name: 'citation_abstract', content: entry.summary }] : []),
    { name: 'DC.type', content: 'Text' },
    { name: 'DC.format', content: 'text/html' },
    { name: 'DC.title', content: entry.title },
    { name: 'DC.creator', content: PUBLISHER },
    { name: 'DC.publisher', content: PUBLISHER },
    { name: 'DC.date', content: entry.published },
    { name: 'DCTERMS.modified', content: entry.modified },
    { name: 'DC.language', content: CASE_LANGUAGE },
    { name: 'DC.identifier', content: entry.url },
    { name: 'DC.rights', content: LICENCE.url },
    ...(entry.summary ? [{ name: 'DC.description', content: entry.summary }] : []),
  ];
  return tags;
}

/**
 * The title attribute of a COinS span (OpenURL 1.0 KEV ContextObject, Z3988). Zotero's COinS
 * translator (Zotero.Utilities.parseContextObject) reads rft_val_fmt=info:ofi/fmt:kev:mtx:book with
 * rft.genre=report as a report; then rft.btitle is its title, rft.aucorp an institutional author,
 * rft.pub the publisher, rft.date the date and an http(s) rft_id the URL.
 */
export function coinsTitle(entry: CitableEntry): string {
  const pairs: Array<[string, string]> = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
    ['rft.genre', 'report'],
    ['rft.btitle', entry.title],
    ['rft.aucorp', PUBLISHER],
    ['rft.pub', PUBLISHER],
    ['rft.date', entry.published],
    ['rft.language', CASE_LANGUAGE],
    ['rft_id', entry.url],
  ];
  return pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
}

/** JSON for a <script type="application/ld+json"> data block: `<` escaped so no text closes the element. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

const organisation = (siteUrl: string) => ({ '@type': 'Organization', name: PUBLISHER, url: siteUrl });

export interface CaseJsonLdInput extends CitableEntry {
  /** Terms the case is about: domains and technologies, each with its term page. */
  about: Array<{ name: string; url: string }>;
  /** Region path, country level excluded, most specific last. */
  places: Array<{ name: string; url: string }>;
  /** The sources the case cites. */
  sources: Array<{ title: string; publisher?: string; date?: string; url?: string }>;
  keywords: string[];
}

/** schema.org Article for a case page. */
export function caseJsonLd(input: CaseJsonLdInput, siteUrl: string): object {
  const place = input.places.at(-1);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': input.url,
    url: input.url,
    headline: input.title,
    name: input.title,
    description: input.summary,
    inLanguage: CASE_LANGUAGE,
    datePublished: input.published,
    dateModified: input.modified,
    author: organisation(siteUrl),
    publisher: organisation(siteUrl),
    license: LICENCE.url,
    isPartOf: { '@type': 'WebSite', name: PUBLISHER, url: siteUrl },
    keywords: input.keywords.join(', '),
    about: input.about.map((term) => ({ '@type': 'DefinedTerm', name: term.name, url: term.url })),
    ...(place
      ? {
          spatialCoverage: {
            '@type': 'Place',
            name: input.places.map((p) => p.name).join(' '),
            url: place.url,
            ...(input.places.length > 1 ? { containedInPlace: { '@type': 'Place', name: input.places.at(-2)!.name, url: input.places.at(-2)!.url } } : {}),
          },
        }
      : {}),
    citation: input.sources.map((source) => ({
      '@type': 'CreativeWork',
      name: source.title,
      ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
      ...(source.date ? { datePublished: source.date } : {}),
      ...(source.url ? { url: source.url } : {}),
    })),
  };
}

/** schema.org BreadcrumbList; the last crumb (the page itself) may have no link. */
export function breadcrumbJsonLd(crumbs: Array<{ name: string; url?: string }>): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, ...(crumb.url ? { item: crumb.url } : {}) })),
  };
}

export interface DatasetJsonLdInput {
  url: string;
  siteUrl: string;
  name: string;
  description: string;
  dateModified: string;
  distributions: Array<{ name: string; url: string; encodingFormat: string }>;
  /** The variables of the dataset's tables: one PropertyValue per column (research/dataset.ts). */
  variables: Array<{ name: string; description: string; table: string }>;
}

/** schema.org Dataset for /data/, with a DataDownload per file and the licence. */
export function datasetJsonLd(input: DatasetJsonLdInput): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': input.url,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: CASE_LANGUAGE,
    license: LICENCE.url,
    isAccessibleForFree: true,
    creator: organisation(input.siteUrl),
    publisher: organisation(input.siteUrl),
    dateModified: input.dateModified,
    keywords: ['地方治理', '大数据', '数字治理', '案例库', 'governance', 'case studies'],
    spatialCoverage: { '@type': 'Place', name: '中国' },
    variableMeasured: input.variables.map((v) => ({ '@type': 'PropertyValue', name: v.name, description: `${v.table}：${v.description}` })),
    distribution: input.distributions.map((d) => ({ '@type': 'DataDownload', name: d.name, contentUrl: d.url, encodingFormat: d.encodingFormat })),
  };
}
