// Accessibility (axe-core, WCAG 2.2 A and AA rules) on the main page types, and the
// Content-Security-Policy: present on every page and never violated by search or the compare picker.
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { cspViolations, searchFor, usePage, useSite } from '../support/site.ts';

const site = useSite();

const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ['case page', '/cases/huizhou-huiyun-eye/'],
  ['stub case page', '/cases/caidian-tax-steward/'],
  ['award edition', '/awards/chuzhi/chuzhi-2022-bigdata/'],
  ['taxonomy term', '/topics/region/hubei/'],
  ['comparison', '/compare/discipline-big-data-supervision/'],
  ['award programme with charts', '/awards/chuzhi/'],
  ['topic index with charts', '/topics/'],
  ['region index with the tile map', '/topics/region/'],
  ['vocabulary index with a chart', '/topics/org-type/'],
  ['launch-year page', '/topics/launched/2019/'],
  ['open data', '/data/'],
  ['case list', '/cases/'],
  ['search page with results', '/search/?q=%E6%95%B0%E6%8D%AE%E5%85%B1%E4%BA%AB'],
  ['compare picker with a table', '/compare/?cases=huizhou-huiyun-eye,sgcc-hubei-carbon-map'],
];

describe('accessibility: 0 axe violations of the WCAG 2.2 A and AA rules', () => {
  // One page for the axe runs, navigated from page type to page type.
  const checked = usePage(site, { bypassCSP: true });
  it.each(PAGES)('%s', async (_, sitePath) => {
    const page = checked();
    await page.goto(site.url(sitePath));
    if (sitePath.startsWith('/search/')) await page.waitForSelector('#search-results li');
    if (sitePath.startsWith('/compare/?')) await page.waitForSelector('#compare-table table');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the harness does report a violation when there is one', async () => {
    const page = checked();
    await page.goto(site.url('/'));
    await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('img'), { src: 'x.png' })));
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toContain('image-alt');
  });

  it('is usable at 360 px without horizontal scrolling of the page', async () => {
    const page = await site.page();
    await page.setViewportSize({ width: 360, height: 800 });
    for (const sitePath of ['/', '/cases/huizhou-huiyun-eye/', '/search/?q=%E6%83%A0%E4%BA%91%E7%9C%BC', '/topics/region/', '/awards/chuzhi/', '/data/']) {
      await page.goto(site.url(sitePath));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, sitePath).toBeLessThanOrEqual(0);
    }
  });
});

describe('Content-Security-Policy', () => {
  it('every page type carries a CSP meta tag without unsafe-inline', async () => {
    // The tag is markup as served: read from each page's HTML (htmlparser2), no browser needed.
    for (const [, sitePath] of PAGES) {
      const document = parseDocument(await (await fetch(site.url(sitePath))).text());
      const meta = DomUtils.findOne((element) => element.name === 'meta' && element.attribs['http-equiv']?.toLowerCase() === 'content-security-policy', document.children);
      const policy = meta?.attribs.content;
      expect(policy, sitePath).toContain("script-src 'self'");
      expect(policy, sitePath).not.toContain('unsafe-inline');
    }
  });

  it('search (Pagefind WebAssembly and worker) and the compare picker run without a violation', async () => {
    const page = await site.page();
    expect((await searchFor(page, site, '惠云眼')).length).toBe(1);
    await page.goto(site.url('/compare/?cases=huizhou-huiyun-eye,sgcc-hubei-carbon-map'));
    await page.waitForSelector('#compare-table table');
    expect(cspViolations.get(page)).toEqual([]);
  });

  it('blocks an injected inline script, and the violation is noticed', async () => {
    const page = await site.page();
    await page.goto(site.url('/'));
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('script'), { textContent: 'window.injected = true' })));
    // The browser reports the violation on the console a moment later; an inline script that was
    // allowed would have run when appended.
    await expect.poll(() => cspViolations.get(page)!.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  });
});
