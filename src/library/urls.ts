// Site paths, all through Astro's `base` so the site works under a sub-path (e.g. GitHub Pages),
// in either language: Chinese pages unprefixed, English ones under /en/ (src/i18n/locales.ts).
import { LOCALE_PREFIX, LOCALES, type Locale } from '../i18n/locales.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Prefix a site path ('/cases/x/') with the configured base. */
export function href(path: string): string {
  return base + path.replace(/^\//, '');
}

/** The site paths of one language's pages. */
export function pathsFor(locale: Locale) {
  const at = (path: string) => href(LOCALE_PREFIX[locale] + path.replace(/^\//, ''));
  const english: 'en' | undefined = locale === 'en' ? 'en' : undefined;
  return {
    home: () => at('/'),
    cases: () => at('/cases/'),
    caseOrder: (order: string) => at(`/cases/sort/${order}/`),
    case: (id: string) => at(`/cases/${id}/`),
    /** One case's citation as CSL-JSON (one file for both languages). */
    caseCsl: (id: string) => href(`/cases/${id}/csl.json`),
    /** The same case's English-variant CSL-JSON (APA's bracketed English title). */
    caseCslEn: (id: string) => href(`/cases/${id}/csl.en.json`),
    awards: () => at('/awards/'),
    programme: (id: string) => at(`/awards/${id}/`),
    edition: (programme: string, edition: string) => at(`/awards/${programme}/${edition}/`),
    years: () => at('/years/'),
    year: (year: number) => at(`/years/${year}/`),
    topics: () => at('/topics/'),
    vocabulary: (vocabulary: string) => at(`/topics/${vocabulary}/`),
    term: (vocabulary: string, term: string) => at(`/topics/${vocabulary}/${term}/`),
    unknownTerm: (vocabulary: string) => at(`/topics/${vocabulary}/unknown/`),
    launched: (year: number | undefined) => at(`/topics/launched/${year ?? 'unknown'}/`),
    compare: (ids?: string[]) => at(ids && ids.length ? `/compare/?cases=${ids.join(',')}` : '/compare/'),
    comparison: (id: string) => at(`/compare/${id}/`),
    search: () => at('/search/'),
    data: () => at('/data/'),
    contribute: () => at('/contribute/'),
    rss: () => at('/rss.xml'),
    /** English only: cases that have no English title and summary yet. */
    needsTranslation: () => at('/needs-translation/'),
    // The editorial pages (src/pages/*.mdx and src/pages/en/*.mdx). An explicit 'en' links the
    // English page from anywhere; without it, the page in this paths' own language.
    about: (lang: 'en' | undefined = english) => href(lang ? '/en/about/' : '/about/'),
    methodology: (lang: 'en' | undefined = english, section?: string) => href(`${lang ? 'en/' : ''}methodology/${section ? `#${section}` : ''}`),
    vocabularies: (lang: 'en' | undefined = english) => href(lang ? '/en/vocabularies/' : '/vocabularies/'),
    citing: (lang: 'en' | undefined = english) => href(lang ? '/en/citing/' : '/citing/'),
  };
}
export type SitePaths = ReturnType<typeof pathsFor>;

/** The Chinese pages' paths (the default language). */
export const paths = pathsFor('zh');

/** The locale of a path under the site: English under /en/, Chinese otherwise. */
export function localeOfPath(pathname: string): Locale {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return rest === 'en' || rest.startsWith('en/') ? 'en' : 'zh';
}

/** The same page in another language: every page has its twin, so only the prefix changes. */
export function localeTwin(pathname: string, target: Locale): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const unprefixed = rest === 'en' ? '' : rest.replace(/^en\//, '');
  // The Chinese not-found page is the host's /404.html; the English one is an ordinary page.
  if (/^404(\/|\.html)?$/.test(unprefixed)) return href(target === 'zh' ? '404.html' : 'en/404/');
  return href(LOCALE_PREFIX[target] + unprefixed);
}

/** Each language's version of a page, for hreflang alternates. */
export function localeTwins(pathname: string): Array<{ locale: Locale; path: string }> {
  return LOCALES.map((locale) => ({ locale, path: localeTwin(pathname, locale) }));
}

/** Where an entry's file can be edited in the repository. */
export const REPOSITORY_URL = 'https://github.com/zhili-anli-ku/zhili-anli-ku';
export function editUrl(collectionFolder: string, id: string, extension: string): string {
  return `${REPOSITORY_URL}/edit/main/content/${collectionFolder}/${id}${extension}`;
}

/** The web editor's form for an entry (src/pages/admin/). */
export function editorUrl(collection: string, id: string): string {
  return `${href('/admin/')}#/collections/${collection}/entries/${id}`;
}

/** A page's ID in error reports: its path under the site, e.g. cases/wuchang-pingan-index ('home' for the home page). */
export function pageId(pathname: string): string {
  return pathname.slice(base.length).replace(/\/$/, '') || 'home';
}

/** The repository's "report an error" issue form (.github/ISSUE_TEMPLATE/report-an-error.yml), pre-filled with the page's ID and URL. */
export function reportErrorUrl(pageId: string, pageUrl: string): string {
  const query = new URLSearchParams({ template: 'report-an-error.yml', title: `[纠错] ${pageId}`, 'page-id': pageId, 'page-url': pageUrl });
  return `${REPOSITORY_URL}/issues/new?${query}`;
}
