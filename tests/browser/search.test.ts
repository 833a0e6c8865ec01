// Search on the built site in Chromium: the regression list of queries, Traditional ↔ Simplified,
// AND of terms, facets and URL state, and hostile input. The first group runs in one search page,
// each query typed into its search box (useSearchPage); the others open the URL they test.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load-library.ts';
import { resultCount, searchFor, showAllResults, usePage, useSearchPage, useSite } from '../support/site.ts';

const site = useSite();
const caseUrl = (id: string) => `/cases/${id}/`;

/** Query → cases that must be found (the first one must rank first) and cases that must not be. */
const REGRESSION: Array<{ query: string; first?: string; includes?: string[]; excludes?: string[] }> = [
  { query: '惠云眼', first: 'huizhou-huiyun-eye' },
  { query: '电碳地图', first: 'sgcc-hubei-carbon-map' },
  { query: '平安指数', first: 'wuchang-pingan-index' },
  { query: '云哨金钟罩', first: 'hubei-expressway-yunshao' },
  { query: '天罗地网', first: 'zhejiang-tianluodiwang-financial-risk' },
  { query: '城市大脑', includes: ['hangzhou-city-brain-traffic', 'hangzhou-hubin-crowd-management'] },
  { query: '数据共享', includes: ['huizhou-yiwang-gongxiang-platform', 'zhejiang-big-data-bureau'] },
  { query: '正风肃纪', first: 'shenyang-discipline-big-data-platform' },
  { query: '数智潼侨', first: 'tongqiao-shuzhi-platform' },
  { query: '惠瞳', first: 'danshui-smart-governance-platform' },
  { query: '鄂州市审计局', includes: ['ezhou-audit-departure-platform', 'ezhou-audit-housing-fund'] },
  { query: '5G', includes: ['wuhan-telecom-5g'] },
  { query: '沈阳 疫情', includes: ['shenyang-epidemic-command-platform', 'shenyang-incoming-persons-platform'], excludes: ['huizhou-huiyun-eye'] },
];

describe('search finds exact names and phrases', () => {
  const searchPage = useSearchPage(site);
  const search = searchPage.search;
  it.each(REGRESSION)('$query', async ({ query, first, includes = [], excludes = [] }) => {
    await search(query);
    const results = await showAllResults(searchPage.page());
    if (first) expect(results[0], results.join('\n')).toBe(site.url(caseUrl(first)).replace(/^https?:\/\/[^/]+/, ''));
    const paths = results.map((r) => r.replace(/^https?:\/\/[^/]+/, ''));
    for (const id of includes) expect(paths.some((p) => p.endsWith(caseUrl(id))), `${query} → ${id}`).toBe(true);
    for (const id of excludes) expect(paths.some((p) => p.endsWith(caseUrl(id))), `${query} ↛ ${id}`).toBe(false);
  });

  it('every result contains the query (precision), shown in its highlighted excerpt', async () => {
    const page = searchPage.page();
    await search('大数据');
    await showAllResults(page);
    const marks = await page.$$eval('#search-results li', (items) => items.map((li) => li.querySelector('mark')?.textContent ?? ''));
    expect(marks.length).toBeGreaterThan(5);
    for (const mark of marks) expect(mark).toContain('大数据');
  });

  it('strings that occur nowhere find nothing', async () => {
    expect(await search('据数大')).toEqual([]);
    expect(await search('督监律法')).toEqual([]);
  });

  it('a Traditional query finds the Simplified text, and the reverse', async () => {
    const traditional = await search('數據共享');
    const simplified = await search('数据共享');
    expect(traditional.length).toBeGreaterThan(0);
    expect(traditional).toEqual(simplified);
    expect(await search('惠雲眼')).toEqual(await search('惠云眼'));
  });

  it('space-separated terms are ANDed', async () => {
    const both = await search('惠州 无人机');
    const one = await search('惠州');
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(one.length);
    for (const url of both) expect(one).toContain(url);
  });
});

describe('a result card', () => {
  it('shows a case as the case lists do: same parts, region, completeness badge and award badges', async () => {
    // A stub with an award, listed on its region's page.
    const id = 'sgcc-hubei-supply-command';
    const card = (scope: string) => `${scope} li:has(a[href$="/cases/${id}/"])`;
    const shape = (li: Element) => ({
      parts: [...li.children].map((child) => `${/^H\d$/.test(child.tagName) ? 'H' : child.tagName}.${child.className}`),
      meta: li.querySelector('.meta')?.textContent?.trim(),
      badges: [...li.querySelectorAll('.badge')].map((badge) => `${badge.className}:${badge.textContent}`),
    });
    const page = await site.page();
    await page.goto(site.url('/topics/region/hubei/'));
    const listed = await page.locator(card('ul.cards')).evaluate(shape);
    expect(listed.badges).toContain('badge stub:简目');
    expect(listed.badges.length).toBeGreaterThan(1);
    await searchFor(page, site, '现代供电服务指挥体系');
    await page.waitForSelector(card('#search-results'));
    expect(await page.locator(card('#search-results')).evaluate(shape)).toEqual(listed);
  });
});

describe('facets and URL state', () => {
  // One page for the group: each test opens the search URL it tests (a new document).
  const opened = usePage(site);

  it('filters by a facet, writes it to the URL, and the back button undoes it', async () => {
    const page = opened();
    await searchFor(page, site, '平台');
    const all = await resultCount(page);
    await page.check('#search-filters input[name="province"][value="广东省"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('province') === '广东省');
    await page.waitForFunction((n) => /找到 \d+ 个/.test(document.getElementById('search-status')?.textContent ?? '') && !(document.getElementById('search-status')?.textContent ?? '').includes(`找到 ${n} 个`), all);
    expect(await resultCount(page)).toBeLessThan(all);
    await showAllResults(page);
    const filtered = await page.$$eval('#search-results .meta', (ps) => ps.map((p) => p.textContent ?? ''));
    for (const region of filtered) expect(region).toContain('广东省');
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('province'));
    await page.waitForFunction((n) => (document.getElementById('search-status')?.textContent ?? '').includes(`找到 ${n} 个`), all);
  });

  it('a facet count is the number of results that choosing it gives', async () => {
    const page = opened();
    await searchFor(page, site, '平台');
    const label = page.locator('#search-filters label', { has: page.locator('input[name="province"][value="湖北省"]') });
    const count = Number((await label.textContent())!.match(/（(\d+)）/)![1]);
    expect(count).toBeGreaterThan(1);
    await page.check('#search-filters input[name="province"][value="湖北省"]');
    await page.waitForFunction((n) => (document.getElementById('search-status')?.textContent ?? '').includes(`找到 ${n} 个`), count);
  });

  it('sorts by year from the URL, newest first, and by the sort menu', async () => {
    const { library } = loadLibrary(path.resolve('content'));
    const yearOf = (url: string) => library.caseYear(library.caseById(url.split('/').at(-2)!)!) ?? 0;
    const page = opened();
    await searchFor(page, site, '惠州');
    const relevance = await showAllResults(page);
    expect(relevance.length).toBeGreaterThan(5);
    await searchFor(page, site, '惠州', '&sort=year');
    const byYear = await showAllResults(page);
    expect([...byYear].sort()).toEqual([...relevance].sort());
    const years = byYear.map(yearOf);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(await page.inputValue('#search-sort')).toBe('year');
    await page.selectOption('#search-sort', 'title');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'title');
    const titles = library.cases.map((entry) => `/cases/${entry.id}/`).filter((url) => relevance.some((r) => r.endsWith(url)));
    await page.waitForFunction((first) => document.querySelector('#search-results h2 a')?.getAttribute('href')?.endsWith(first), titles[0]);
  });

  it('folds the filters away on a 360 px screen, so that results come first', async () => {
    const page = await site.page({ width: 360 });
    await searchFor(page, site, '平台', `&province=${encodeURIComponent('湖北省')}`);
    expect(await page.isVisible('#search-filters input[name="province"]')).toBe(false);
    expect(await page.textContent('#search-filter-panel summary')).toBe('筛选条件（已选 1 项）');
    const firstResult = await page.locator('#search-results li').first().boundingBox();
    expect(firstResult!.y).toBeLessThan(900);
    await page.click('#search-filter-panel summary');
    expect(await page.isChecked('#search-filters input[name="province"][value="湖北省"]')).toBe(true);
  });

  it('reads filters alone from the URL (browse award winners by facet)', async () => {
    const page = opened();
    const results = await searchFor(page, site, '', '&category=' + encodeURIComponent('优秀案例'));
    expect(results).toHaveLength(5);
  });

  it('keeps the URL in step while typing', async () => {
    const page = opened();
    await searchFor(page, site, '');
    await page.fill('#search-q', '惠云眼');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '惠云眼');
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 1);
  });

  it('says so when nothing matches, with suggestions', async () => {
    const page = opened();
    expect(await searchFor(page, site, '量子引力')).toEqual([]);
    expect(await page.textContent('#search-status')).toContain('没有找到');
    expect(await page.isVisible('#search-empty')).toBe(true);
  });
});

describe('hostile and odd input never breaks the page or injects markup', () => {
  const opened = usePage(site);
  const inputs = ['', '   ', '！？。，', '😀🎉', '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '"大数据"'];
  it.each(inputs.map((q) => [JSON.stringify(q), q]))('%s', async (_, query) => {
    const page = opened();
    await page.goto(site.url(`/search/?q=${encodeURIComponent(query)}`));
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent !== '正在加载搜索索引…');
    await page.waitForTimeout(200);
    expect(await page.locator('main img, main script:not([src]):not([type]), #search-results script').count()).toBe(0);
    expect(await page.textContent('h1')).toBe('搜索案例');
  });

  it('says so, and offers the browse links, when part of the index cannot be loaded', async () => {
    const page = await site.page();
    await page.route('**/*.card', (route) => route.abort());
    await page.goto(site.url(`/search/?q=${encodeURIComponent('惠云眼')}`));
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').includes('搜索暂时无法使用'));
    expect(await page.isVisible('#search-empty')).toBe(true);
  });

  it('a 10,000-character query is cut to a usable length, and the URL stays short', async () => {
    const page = opened();
    await searchFor(page, site, '');
    await page.fill('#search-q', `数据共享${'大'.repeat(10_000)}`);
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').includes('关键词过长'));
    expect(new URL(page.url()).searchParams.get('q')!.length).toBeLessThanOrEqual(200);
    expect(await page.textContent('h1')).toBe('搜索案例');
  });

  it('a long pasted query is quoted in the status with a visible ellipsis, not silently cut', async () => {
    const page = opened();
    const pasted = '7. 湖北省公安交通管理局、湖北交投高速公路运营集团有限公司:湖北交警“云哨金钟罩”护航高速出行';
    await searchFor(page, site, pasted);
    await page.waitForFunction(() => /找到 1 个/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.textContent('#search-status')).toContain(`“${[...pasted].slice(0, 30).join('')}…”`);
  });
});
