// The sitemap's hreflang alternates (xhtml:link), for @astrojs/sitemap's `filter` and `serialize`
// options. The integration's own `i18n` option finds each page's twins by scanning every page's
// URL once per page: 50 million comparisons at 5,000 cases (1.3 s of the build), 800 million at
// 20,000. Here the pages are grouped by their path without the locale prefix in one pass, and each
// page gets the same links, in the same order, as the `i18n` option gives
// (tests/unit/sitemap-alternates.test.ts checks this against the integration's own code).
import type { SitemapItem } from '@astrojs/sitemap';

export interface SitemapLink {
  url: string;
  lang: string;
}

/**
 * `filter` wraps the sitemap's filter and notes every page it keeps; `serialize` then adds each
 * page's links. The integration calls `filter` on every page before it serializes any (its
 * astro:build:done hook), so the groups are complete when the first page is serialized.
 */
export function sitemapAlternates(siteUrl: string, base: string, defaultLocale: string, locales: Record<string, string>, keep: (page: string) => boolean) {
  const root = new URL(base, siteUrl).href;
  const kept = new Set<string>();
  let links: Map<string, SitemapLink[]> | undefined;
  return {
    filter(page: string): boolean {
      if (!keep(page)) return false;
      kept.add(page);
      links = undefined;
      return true;
    },
    serialize(item: SitemapItem): SitemapItem {
      links ??= alternates([...kept], root, defaultLocale, locales);
      const found = links.get(localePath(item.url, root, defaultLocale, locales)?.path ?? '');
      return found && found.length > 1 ? { ...item, links: found } : item;
    },
  };
}

/** The pages grouped by their path without the locale prefix, each group in the sitemap's order (the integration's sort). */
export function alternates(urls: string[], root: string, defaultLocale: string, locales: Record<string, string>): Map<string, SitemapLink[]> {
  const collator = new Intl.Collator('en', { numeric: true });
  const groups = new Map<string, SitemapLink[]>();
  for (const url of urls) {
    const parsed = localePath(url, root, defaultLocale, locales);
    if (!parsed) continue;
    let group = groups.get(parsed.path);
    if (!group) groups.set(parsed.path, (group = []));
    group.push({ url, lang: locales[parsed.locale] });
  }
  for (const group of groups.values()) group.sort((a, b) => collator.compare(a.url, b.url));
  return groups;
}

/** A page's locale and its path without the locale's prefix (the default locale has none), as the integration reads them. */
export function localePath(url: string, root: string, defaultLocale: string, locales: Record<string, string>): { locale: string; path: string } | undefined {
  if (!url.startsWith(root)) return undefined;
  let rest = url.slice(root.length);
  if (!rest || rest === '/') return { locale: defaultLocale, path: '/' };
  if (!rest.startsWith('/')) rest = `/${rest}`;
  const locale = rest.split('/')[1];
  if (Object.hasOwn(locales, locale)) return { locale, path: rest.slice(1 + locale.length) || '/' };
  return { locale: defaultLocale, path: rest };
}
