// Issue 20, search in English: the English search page (/en/search/) searches the English index
// (pagefind-en/, language en, stemmed): English titles, summaries, keywords, vocabulary labels and
// entry terms, and the Chinese names in the Chinese index's bigram form. Queries written from the
// content; each group runs in ONE page through the page's own form (useSearchPage).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePage, useSearchPage, useSite } from '../support/site.ts';

const site = useSite();

interface Query {
  query: string;
  /** Must be the first result. */
  first?: string;
  /** Must be among the first five. */
  top5?: string[];
}

/** English stemming: the query's form differs from the text's. */
const STEMS: Query[] = [
  { query: 'audits', top5: ['ezhou-audit-departure-platform', 'ezhou-audit-housing-fund'] },
  { query: 'audited', top5: ['ezhou-audit-departure-platform', 'ezhou-audit-housing-fund'] },
  { query: 'brewing', first: 'daohuaxiang-smart-brewing' },
  { query: 'brewed', first: 'daohuaxiang-smart-brewing' },
  { query: 'supervising', top5: ['yichang-supervision-big-data', 'shenyang-discipline-big-data-platform'] },
  { query: 'mediating', first: 'xiaonan-mediation' },
  { query: 'hydrant', first: 'tianmen-smart-hydrants' },
  { query: 'tourist', first: 'hangzhou-hubin-crowd-management' },
];

/** Two or more words, ANDed. */
const PHRASES: Query[] = [
  { query: 'power supply', first: 'sgcc-hubei-supply-command' },
  { query: 'weather service', first: 'hubei-meteorology-cool-resources' },
  { query: 'smart construction', first: 'cscec7-smart-construction' },
  { query: 'housing provident fund', first: 'ezhou-audit-housing-fund' },
  { query: 'air pollution', first: 'hubei-eco-air-pollution-channels' },
  { query: 'fire hydrants', first: 'tianmen-smart-hydrants' },
  { query: 'drone imagery', first: 'huizhou-huiyun-eye' },
  { query: 'traffic congestion', first: 'hangzhou-city-brain-traffic' },
  { query: 'illegal fundraising', first: 'zhejiang-tianluodiwang-financial-risk' },
  { query: 'student aid', first: 'yingshan-student-aid-supervision' },
  { query: 'credit rating', first: 'zhejiang-public-credit-evaluation' },
  { query: 'airport express', first: 'changjiangyun-airport-express' },
  { query: 'Hangzhou parking', first: 'hangzhou-parking-data' },
];

/** Chinese names typed on the English page. */
const CHINESE: Query[] = [
  { query: '电碳地图', first: 'sgcc-hubei-carbon-map' },
  { query: '惠云眼', first: 'huizhou-huiyun-eye' },
  { query: '平安指数', first: 'wuchang-pingan-index' },
  { query: '一网共享', first: 'huizhou-yiwang-gongxiang-platform' },
  { query: '電碳地圖', first: 'sgcc-hubei-carbon-map' },
];

/** Nothing in the library is about these. */
const ABSENT = ['nuclear submarine', 'quantum hotpot', 'stock market crash', 'stock exchange', 'space launch', 'volcano eruption'];

const caseIds = (links: string[]) => links.map((link) => link.replace(/^.*\/cases\/|\/$/g, ''));

function group(name: string, queries: Query[]) {
  describe(name, () => {
    const search = useSearchPage(site, undefined, '/en/search/');
    it.each(queries)('$query', async ({ query, first, top5 = [] }) => {
      const ids = caseIds(await search.search(query));
      expect(ids.length, `${query}: ${await search.page().textContent('#search-status')}`).toBeGreaterThan(0);
      if (first) expect(ids[0]).toBe(first);
      for (const id of top5) expect(ids.slice(0, 5)).toContain(id);
      // Results link the English case pages.
      const links = await search.page().$$eval('#search-results h2 a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const link of links) expect(link).toMatch(/\/en\/cases\//);
    });
  });
}

group('English words, stemmed', STEMS);
group('English phrases', PHRASES);
group('Chinese names on the English page', CHINESE);

describe('queries about what the library does not hold find nothing', () => {
  const search = useSearchPage(site, undefined, '/en/search/');
  it.each(ABSENT)('%s', async (query) => {
    expect(await search.search(query)).toEqual([]);
    expect(await search.page().textContent('#search-status')).toMatch(/^No cases match/);
    expect(await search.page().isVisible('#search-empty')).toBe(true);
  });
});

const opened = usePage(site);
it('a query with a word that occurs nowhere is at best a labelled partial match', async () => {
  const page = opened();
  await page.goto(site.url('/en/search/?q=stock%20exchange%20listing'));
  await page.waitForFunction(() => /No case/.test(document.getElementById('search-status')?.textContent ?? ''));
  // "exchange" and "listing" occur in one case (two of three words): shown, saying what it lacks.
  expect(await page.textContent('#search-status')).toMatch(/^No case matches all of “stock exchange listing”; .*Not found: stock\./);
  for (const card of await page.locator('#search-results li').all()) expect(await card.textContent()).toContain('Missing: stock');
});

it('the list has at least 20 queries, and at least 4 that must find nothing', () => {
  expect(STEMS.length + PHRASES.length + CHINESE.length).toBeGreaterThanOrEqual(20);
  expect(ABSENT.length).toBeGreaterThanOrEqual(4);
});

describe('the English page speaks English and marks Chinese', () => {
  const search = useSearchPage(site, undefined, '/en/search/');
  const page = (): Page => search.page();

  it('status, cards and filters are in English, Chinese names marked lang="zh-CN"', async () => {
    await search.search('drone imagery');
    expect(await page().textContent('#search-status')).toMatch(/^Cases found for “drone imagery”: 1\./);
    const heading = page().locator('#search-results h2').first();
    expect(await heading.locator('a').textContent()).toContain('Hui Cloud Eye');
    expect(await heading.locator('a [lang="zh-CN"]').first().textContent()).toBe('惠云眼');
    // No Chinese outside an element marked as Chinese, in the status, results and filters.
    const unmarked = await page().evaluate(() => {
      const found: string[] = [];
      for (const id of ['search-status', 'search-results', 'search-filters']) {
        const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (/\p{Script=Han}/u.test(node.textContent ?? '') && !node.parentElement?.closest('[lang="zh-CN"]')) found.push(node.textContent!);
        }
      }
      return found;
    });
    expect(unmarked).toEqual([]);
    await page().waitForSelector('#search-filters legend');
    const legends = await page().$$eval('#search-filters legend', (ls) => ls.map((l) => l.textContent));
    expect(legends).toContain('Domains');
    expect(legends).toContain('Province');
    expect(await page().textContent('#search-filters')).toContain('Guangdong');
  });

  it('a filter narrows the results with the facet table of the English index', async () => {
    await search.search('audit');
    const before = caseIds(await page().$$eval('#search-results h2 a', (as) => as.map((a) => a.getAttribute('href') ?? '')));
    expect(before.length).toBeGreaterThan(1);
    const box = page().locator('#search-filters input[name=city]').first();
    const label = (await box.locator('xpath=..').textContent()) ?? '';
    const count = Number(label.match(/\((\d+)\)/)?.[1]);
    await page().evaluate(() => (document.getElementById('search-status')!.textContent = ''));
    await box.check();
    await page().waitForFunction(() => /Cases found/.test(document.getElementById('search-status')?.textContent ?? ''));
    await page().waitForFunction((n) => document.querySelectorAll('#search-results li').length === n, Math.min(count, 5));
    expect(await page().textContent('#search-status')).toContain(`: ${count}.`);
  });

  it('creates Pagefind under lang="en", restores the page language, and loads only the English index', async () => {
    const fresh = await site.page();
    const requests: string[] = [];
    fresh.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await fresh.goto(site.url('/en/search/?q=brewing'));
    await fresh.waitForFunction(() => /Cases found/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await fresh.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(requests.some((p) => p.includes('/pagefind-en/'))).toBe(true);
    expect(requests.filter((p) => /\/pagefind(-\d+)?\//.test(p))).toEqual([]);
    await fresh.close();
  });

  it('the Chinese page loads nothing of the English index', async () => {
    const fresh = await site.page();
    const requests: string[] = [];
    fresh.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await fresh.goto(site.url('/search/?q=惠云眼'));
    await fresh.waitForFunction(() => /找到/.test(document.getElementById('search-status')?.textContent ?? ''));
    await fresh.waitForSelector('#search-filters legend');
    expect(requests.filter((p) => p.includes('/pagefind-en/'))).toEqual([]);
    expect(requests.some((p) => p.includes('/pagefind/'))).toBe(true);
    await fresh.close();
  });
});
