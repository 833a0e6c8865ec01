// The sitemap's hreflang alternates (src/integrations/sitemap-alternates.ts) against
// @astrojs/sitemap's own i18n option, whose code is imported from the package: for random sets of
// pages under a site root with a base path, every page gets the same links in the same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Not among the package's exports: imported by file, to compare with the integration's own rule.
import { generateSitemap } from '../../node_modules/@astrojs/sitemap/dist/generate-sitemap.js';
import { sitemapAlternates } from '../../src/integrations/sitemap-alternates.ts';
import { LANGUAGE_TAGS } from '../../src/i18n/locales.ts';

const SITE = 'https://example.org';
const segment = fc.constantFrom('cases', 'en', 'zh', 'awards', 'a-1', 'a-10', 'a-2', 'search', 'B', 'b', '数据');
const sitePath = fc.array(segment, { maxLength: 3 }).map((parts) => parts.map((part) => `${part}/`).join(''));

describe('sitemap alternates', () => {
  it('gives every page the links the integration gives it', () => {
    // Pages with and without their twin under en/.
    const pages = fc.array(fc.tuple(sitePath, fc.boolean(), fc.boolean()), { maxLength: 30 }).map((list) => [...new Set(list.flatMap(([p, zh, en]) => [...(zh ? [p] : []), ...(en ? [`en/${p}`] : [])]))]);
    fc.assert(
      fc.property(fc.constantFrom('/', '/library/'), pages, (base, paths) => {
        const root = new URL(base, SITE).href;
        const urls = paths.map((p) => new URL(p, root).href);
        const expected = generateSitemap(urls, root, { i18n: { defaultLocale: 'zh', locales: LANGUAGE_TAGS } });
        const ours = sitemapAlternates(SITE, base, 'zh', LANGUAGE_TAGS, () => true);
        const kept = urls.filter((url) => ours.filter(url));
        const served = generateSitemap(kept, root, {}).map((item: { url: string }) => ours.serialize(item));
        expect(served).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('links a page and its English twin both ways, and leaves out what the filter drops', () => {
    const ours = sitemapAlternates(SITE, '/', 'zh', LANGUAGE_TAGS, (page) => !page.includes('404'));
    const urls = ['https://example.org/cases/x/', 'https://example.org/en/cases/x/', 'https://example.org/404/', 'https://example.org/en/404/', 'https://example.org/only-zh/'];
    const kept = urls.filter((url) => ours.filter(url));
    expect(kept).toEqual(urls.filter((url) => !url.includes('404')));
    const links = [
      { url: 'https://example.org/cases/x/', lang: 'zh-CN' },
      { url: 'https://example.org/en/cases/x/', lang: 'en' },
    ];
    expect(ours.serialize({ url: 'https://example.org/cases/x/' }).links).toEqual(links);
    expect(ours.serialize({ url: 'https://example.org/en/cases/x/' }).links).toEqual(links);
    expect(ours.serialize({ url: 'https://example.org/only-zh/' }).links).toBeUndefined();
  });
});
