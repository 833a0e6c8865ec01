// The overview charts and the tile map are plain markup: readable and linked with no script,
// within the CSP, and their open data tables hold the numbers the bars show.
import { describe, expect, it } from 'vitest';
import { cspViolations, usePage, useSite } from '../support/site.ts';

const site = useSite();

describe('charts and the tile map', () => {
  const unscripted = usePage(site, { javaScriptEnabled: false });

  it('the home page shows the charts and the map without JavaScript, every bar and tile a link that works', async () => {
    const page = unscripted();
    await page.goto(site.url('/'));
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await page.locator('.tile-map li').count()).toBe(34);
    const tileLinks = await page.$$eval('.tile-map a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(tileLinks).toHaveLength(34);
    const barLinks = await page.$$eval('.chart svg a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(barLinks.length).toBeGreaterThan(10);
    for (const href of new Set([...tileLinks, ...barLinks])) {
      const response = await fetch(new URL(href, page.url()));
      expect(response.status, href).toBe(200);
    }
  });

  it("a bar's count is the number of cases on the page it links to", async () => {
    const page = unscripted();
    await page.goto(site.url('/topics/'));
    const bars = await page.$$eval('#chart-domain-title ~ svg a', (as) => as.map((a) => ({ href: a.getAttribute('href')!, count: Number(a.querySelector('text.count')!.textContent) })));
    expect(bars.length).toBeGreaterThan(3);
    for (const bar of bars.filter((b) => b.count > 0).slice(0, 4)) {
      await page.goto(new URL(bar.href, site.url('/')).href);
      expect(await page.textContent('main p strong')).toBe(String(bar.count));
      await page.goBack();
    }
  });

  it('each chart has a text alternative and a data table with the same numbers', async () => {
    const page = unscripted();
    await page.goto(site.url('/'));
    for (const figure of await page.$$('figure.chart')) {
      const description = await figure.$eval('svg desc', (d) => d.textContent ?? '');
      const barCounts = await figure.$$eval('svg text.count', (ts) => ts.map((t) => t.textContent));
      const tableCounts = await figure.$$eval('details table td', (tds) => tds.map((td) => td.textContent));
      expect(tableCounts).toEqual(barCounts);
      for (const count of barCounts) expect(description).toContain(`${count} 个`);
    }
  });

  it('renders within the CSP and fits a 360 px screen', async () => {
    const page = await site.page({ width: 360 });
    for (const sitePath of ['/', '/topics/region/', '/awards/chuzhi/']) {
      await page.goto(site.url(sitePath));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, sitePath).toBeLessThanOrEqual(0);
      // Every tile keeps its label inside it.
      const clipped = await page.$$eval('.tile-map a', (as) => as.filter((a) => a.scrollWidth > a.clientWidth + 1).map((a) => a.textContent));
      expect(clipped, sitePath).toEqual([]);
    }
    expect(cspViolations.get(page)).toEqual([]);
  });
});
