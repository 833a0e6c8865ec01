// A person browsing the built site: home → award → edition → case → region → compare, and every
// page still readable with JavaScript off.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { cspViolations, DIST, usePage, useSite } from '../support/site.ts';

const site = useSite();

describe('browsing from the home page', () => {
  it('goes home → awards → edition → case → region → compare by clicking links', async () => {
    const page = await site.page();
    await page.goto(site.url('/'));
    await page.click('nav.main >> text=奖项');
    expect(await page.textContent('h1')).toBe('奖项与评选');
    await page.click('text=2022 · 楚治——2022“荆楚杯”大数据驱动地方治理现代化创新应用十佳案例');
    expect(await page.textContent('h1')).toContain('荆楚杯');
    const headings = await page.$$eval('main h2', (hs) => hs.map((h) => h.textContent?.replace(/（.*）/, '').trim()));
    expect(headings.filter((h) => h?.includes('案例') || h?.includes('十佳'))).toEqual(['政务服务组十佳', '企业及高校组十佳', '优秀案例', '“他山之玉”参考案例']);
    await page.click('a[href$="/cases/wuchang-pingan-index/"]');
    expect(await page.textContent('h1')).toContain('平安指数');
    await page.click('.facts a[href$="/topics/region/wuchang/"]');
    expect(await page.textContent('h1')).toContain('武昌区');
    await page.goBack();
    await page.click('text=加入比较');
    expect(page.url()).toContain('/compare/?cases=wuchang-pingan-index');
  });

  it('reaches every case within three clicks of the home page', async () => {
    // Links are markup: each page's links are read from its HTML as served (as a browser without
    // JavaScript gets it), parsed with htmlparser2, instead of loading a hundred pages in Chromium.
    const home = site.url('/');
    const depth = new Map<string, number>([[home, 0]]);
    const queue = [home];
    while (queue.length) {
      const url = queue.shift()!;
      if (depth.get(url)! >= 3) continue;
      const document = parseDocument(await (await fetch(url)).text());
      // Every <a href>, a chart bar's SVG <a> included, resolved against the page's URL (no page has a <base>).
      const anchors = DomUtils.findAll((element) => element.name === 'a' && element.attribs.href !== undefined, document.children);
      const links = anchors.map((a) => new URL(a.attribs.href, url).href);
      for (const link of links) {
        const clean = link.split('#')[0];
        // The Chinese site's own links: the language switcher's English twins are walked in english.test.ts.
        if (!clean.startsWith(home) || clean.startsWith(site.url('/en/')) || depth.has(clean) || /\.(csv|json|xml|svg)$/.test(clean)) continue;
        depth.set(clean, depth.get(url)! + 1);
        if (clean.includes('/cases/') || clean.endsWith('/awards/') || clean.includes('/awards/')) queue.push(clean);
      }
    }
    const ids = readdirSync(path.join(DIST, 'cases')).filter((name) => !/^\d+$/.test(name) && name !== 'sort' && name !== 'index.html');
    expect(ids.length).toBeGreaterThan(40);
    const far = ids.filter((id) => !depth.has(site.url(`/cases/${id}/`)));
    expect(far).toEqual([]);
  });
});

describe('with JavaScript disabled', () => {
  const pages: Array<[string, string]> = [
    ['/', '治理案例库'],
    ['/cases/', '全部案例'],
    ['/cases/huizhou-huiyun-eye/', '惠云眼'],
    ['/awards/chuzhi/chuzhi-2022-bigdata/', '荆楚杯'],
    ['/years/2022/', '2022'],
    ['/topics/region/', '地区'],
    ['/topics/region/hubei/', '湖北省'],
    ['/compare/street-smart-governance-platforms/', '智慧治理'],
    ['/data/', '开放数据'],
  ];
  const unscripted = usePage(site, { javaScriptEnabled: false });
  it.each(pages)('%s shows its content', async (sitePath, heading) => {
    const page = unscripted();
    const response = await page.goto(site.url(sitePath));
    expect(response?.status()).toBe(200);
    expect(await page.textContent('h1')).toContain(heading);
    expect((await page.textContent('main'))!.length).toBeGreaterThan(100);
  });

  it('the search page says search needs JavaScript and links to the browse indexes', async () => {
    const page = unscripted();
    await page.goto(site.url('/search/?q=惠云眼'));
    const notice = await page.textContent('noscript');
    expect(notice).toContain('需要启用 JavaScript');
    expect(await page.locator('main a[href$="/awards/"]').count()).toBeGreaterThan(0);
  });

  it('the compare page explains that the picked table needs JavaScript', async () => {
    const page = unscripted();
    await page.goto(site.url('/compare/?cases=huizhou-huiyun-eye,sgcc-hubei-carbon-map'));
    expect(await page.textContent('noscript')).toContain('JavaScript');
    expect(await page.locator('main a[href*="/compare/"]').count()).toBeGreaterThan(0);
  });
});

describe('the case page', () => {
  const shown = usePage(site);
  it('shows facts, sources, metrics, related cases, citations and an edit link', async () => {
    const page = shown();
    await page.goto(site.url('/cases/huizhou-huiyun-eye/'));
    expect(await page.textContent('.facts')).toContain('惠州市');
    expect(await page.locator('#metrics-heading').count()).toBe(1);
    expect(await page.textContent('#cite-gbt7714-2025')).toContain('[R/OL]');
    expect(await page.locator('#related-heading').count()).toBe(1);
    expect(await page.locator('a', { hasText: '编辑此页' }).getAttribute('href')).toContain('content/cases/huizhou-huiyun-eye.mdx');
  });

  it('adds copy buttons and today\'s access date with its small script, within the CSP', async () => {
    const page = shown();
    await page.goto(site.url('/cases/huizhou-huiyun-eye/'));
    expect(await page.locator('.citation button').count()).toBe(5);
    expect(await page.inputValue('#cite-gbt7714-2015')).toMatch(/\[\d{4}-\d{2}-\d{2}\]/);
    expect(cspViolations.get(page)).toEqual([]);
  });

  it('shows a stub honestly', async () => {
    const page = shown();
    await page.goto(site.url('/cases/caidian-tax-steward/'));
    expect(await page.textContent('main')).toContain('简目');
  });
});
