// Site paths, all through Astro's `base` so the site works under a sub-path (e.g. GitHub Pages).
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Prefix a site path ('/cases/x/') with the configured base. */
export function href(path: string): string {
  return base + path.replace(/^\//, '');
}

export const paths = {
  home: () => href('/'),
  cases: () => href('/cases/'),
  case: (id: string) => href(`/cases/${id}/`),
  /** One case's citation as CSL-JSON. */
  caseCsl: (id: string) => href(`/cases/${id}/csl.json`),
  /** The same case's English-variant CSL-JSON (APA's bracketed English title). */
  caseCslEn: (id: string) => href(`/cases/${id}/csl.en.json`),
  awards: () => href('/awards/'),
  programme: (id: string) => href(`/awards/${id}/`),
  edition: (programme: string, edition: string) => href(`/awards/${programme}/${edition}/`),
  years: () => href('/years/'),
  year: (year: number) => href(`/years/${year}/`),
  topics: () => href('/topics/'),
  vocabulary: (vocabulary: string) => href(`/topics/${vocabulary}/`),
  term: (vocabulary: string, term: string) => href(`/topics/${vocabulary}/${term}/`),
  compare: (ids?: string[]) => href(ids && ids.length ? `/compare/?cases=${ids.join(',')}` : '/compare/'),
  comparison: (id: string) => href(`/compare/${id}/`),
  search: () => href('/search/'),
  data: () => href('/data/'),
  contribute: () => href('/contribute/'),
  // The editorial pages (src/pages/*.mdx and src/pages/en/*.mdx), in Chinese or English.
  about: (lang?: 'en') => href(lang ? '/en/about/' : '/about/'),
  methodology: (lang?: 'en', section?: string) => href(`${lang ? '/en' : ''}/methodology/${section ? `#${section}` : ''}`),
  vocabularies: (lang?: 'en') => href(lang ? '/en/vocabularies/' : '/vocabularies/'),
  citing: (lang?: 'en') => href(lang ? '/en/citing/' : '/citing/'),
};

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
