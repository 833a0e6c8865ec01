// Issue 18: search that knows what a case is about. A regression list written from the content as
// people type: topics in everyday words, place + topic in other words, questions, one-character
// typos and homophones of names, English words and unsegmented Traditional; then governance topics
// the library holds no case on, which must find nothing. Each group runs in ONE page, through the
// page's own form (fill the input, submit, wait for the status line), as a person searches.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load-library.ts';
import { usePage, useSite } from '../support/site.ts';

const site = useSite();
/** One page for the file: each test opens the search page in it afresh (a new document). */
const opened = usePage(site);
const { library } = loadLibrary(path.resolve('content'));
const filed = (vocabulary: 'domain' | 'technology', term: string) => library.casesWithTerm(vocabulary, term).map((entry) => entry.id);

interface Query {
  query: string;
  /** Must be the first result. */
  first?: string;
  /** Must be among the first five. */
  top5?: string[];
  /** Every shown result must be one of these. */
  only?: string[];
}

const TOPICS: Query[] = [
  // The table.
  { query: '廉政', top5: ['yichang-supervision-big-data'], only: filed('domain', 'supervision') },
  { query: '停电抢修', first: 'sgcc-hubei-supply-command' },
  { query: '智慧工地', first: 'cscec7-smart-construction' },
  { query: '酿酒', first: 'daohuaxiang-smart-brewing' },
  { query: '加油站', first: 'sinopec-enshi-smart-fuel' },
  // Topics without a place, in everyday words.
  { query: '堵车', first: 'hangzhou-city-brain-traffic' },
  { query: '停车难', first: 'hangzhou-parking-data' },
  { query: '低保核查', first: 'huizhou-social-assistance-database' },
  { query: '消防栓', first: 'tianmen-smart-hydrants' },
  { query: '空气污染', first: 'hubei-eco-air-pollution-channels' },
  { query: '碳排放', first: 'sgcc-hubei-carbon-map' },
  { query: '非法集资', first: 'zhejiang-tianluodiwang-financial-risk' },
  { query: '纠纷调解', first: 'xiaonan-mediation' },
  { query: '学生资助', first: 'yingshan-student-aid-supervision' },
  { query: '天气', first: 'hubei-meteorology-cool-resources' },
  { query: '新冠', top5: ['shenyang-epidemic-command-platform', 'shenyang-incoming-persons-platform'] },
  { query: '纪检监察', top5: ['shenyang-discipline-big-data-platform', 'yichang-supervision-big-data'] },
  { query: '监督与审计', top5: ['ezhou-audit-housing-fund'], only: filed('domain', 'supervision') },
  { query: '无人机航拍', first: 'huizhou-huiyun-eye' },
  { query: '信用评分', first: 'zhejiang-public-credit-evaluation' },
];

const PLACES: Query[] = [
  { query: '杭州停车难', first: 'hangzhou-parking-data' },
  { query: '湖北停电抢修', first: 'sgcc-hubei-supply-command' },
  { query: '沈阳廉政', top5: ['shenyang-discipline-big-data-platform', 'shenyang-county-mini-supervision-systems'] },
  { query: '宜昌廉政', first: 'yichang-supervision-big-data' },
  { query: '孝感纠纷调解', first: 'xiaonan-mediation' },
  { query: '恩施加油站', first: 'sinopec-enshi-smart-fuel' },
  { query: '惠州低保', first: 'huizhou-social-assistance-database' },
  { query: '浙江非法集资', first: 'zhejiang-tianluodiwang-financial-risk' },
  { query: '湖北天气', first: 'hubei-meteorology-cool-resources' },
  { query: '杭州西湖人流', first: 'hangzhou-hubin-crowd-management' },
  { query: '江城税务', first: 'caidian-tax-steward' },
  { query: '荆楚气象', first: 'hubei-meteorology-cool-resources' },
  { query: '鹅城无人机', first: 'huizhou-huiyun-eye' },
];

const QUESTIONS: Query[] = [
  { query: '哪里用大数据管停车', first: 'hangzhou-parking-data' },
  { query: '有没有杭州停车的案例', first: 'hangzhou-parking-data' },
  { query: '如何治理交通拥堵', first: 'hangzhou-city-brain-traffic' },
  { query: '哪些地方用大数据搞廉政', only: filed('domain', 'supervision') },
  { query: '有哪些智慧社区的经验', first: 'ezhou-smart-community' },
  { query: '能不能查到纪检监察的做法', top5: ['shenyang-discipline-big-data-platform'] },
  { query: '哪里有疫情防控的案例', top5: ['shenyang-epidemic-command-platform'] },
  { query: '怎样用大数据防控金融风险', first: 'zhejiang-tianluodiwang-financial-risk' },
  { query: '有没有消防栓监管的做法', first: 'tianmen-smart-hydrants' },
  { query: '怎么用无人机采集影像', first: 'huizhou-huiyun-eye' },
];

/** One character off a name; [query, the name shown instead, its case]. */
const TYPOS: Array<[string, string, string]> = [
  ['电炭地图', '电碳地图', 'sgcc-hubei-carbon-map'],
  ['平安指树', '平安指数', 'wuchang-pingan-index'],
  ['惠云演', '惠云眼', 'huizhou-huiyun-eye'],
  ['天罗地往', '天罗地网', 'zhejiang-tianluodiwang-financial-risk'],
  ['云哨金钟照', '云哨金钟罩', 'hubei-expressway-yunshao'],
  ['数智童侨', '数智潼侨', 'tongqiao-shuzhi-platform'],
  ['一网共想', '一网共享', 'huizhou-yiwang-gongxiang-platform'],
  ['城市智恼', '城市智脑', 'hust-city-brain'],
  ['精智税管佳', '精智税管家', 'caidian-tax-steward'],
  ['先离场后交费', '先离场后缴费', 'hangzhou-parking-data'],
];

const ENGLISH: Query[] = [
  { query: 'power supply', first: 'sgcc-hubei-supply-command' },
  { query: 'smart brewing', first: 'daohuaxiang-smart-brewing' },
  { query: 'construction', first: 'cscec7-smart-construction' },
  { query: 'weather service', first: 'hubei-meteorology-cool-resources' },
  { query: 'audit', top5: ['ezhou-audit-departure-platform', 'ezhou-audit-housing-fund'] },
  { query: 'oversight', only: filed('domain', 'supervision') },
  { query: 'parking', first: 'hangzhou-parking-data' },
  { query: 'drone', first: 'huizhou-huiyun-eye' },
  { query: 'air pollution', first: 'hubei-eco-air-pollution-channels' },
  { query: 'COVID-19', top5: ['shenyang-epidemic-command-platform', 'shenyang-incoming-persons-platform'] },
  { query: 'mediation', first: 'xiaonan-mediation' },
  { query: 'fire hydrants', first: 'tianmen-smart-hydrants' },
  { query: 'financial risk', first: 'zhejiang-tianluodiwang-financial-risk' },
  { query: 'police', first: 'huizhou-police-visual-command' },
  { query: 'Hubei weather', first: 'hubei-meteorology-cool-resources' },
  { query: 'Epidemic control', only: filed('domain', 'epidemic-control') },
];

const TRADITIONAL: Query[] = [
  { query: '停電搶修', first: 'sgcc-hubei-supply-command' },
  { query: '杭州停車難', first: 'hangzhou-parking-data' },
  { query: '釀酒', first: 'daohuaxiang-smart-brewing' },
  { query: '瀋陽疫情防控', top5: ['shenyang-epidemic-command-platform'] },
  { query: '哪裡用大數據管停車', first: 'hangzhou-parking-data' },
  { query: '電炭地圖', first: 'sgcc-hubei-carbon-map' },
];

/** Governance topics the library holds no case on. */
const ABSENT = ['垃圾分类', '医保报销', '养老服务', '义务教育招生', '河长制', '食品安全', '森林防火', '外卖骑手', '殡葬改革', '海关通关', '彩票管理', '哪里有垃圾分类的案例', 'nuclear power plant', 'garbage sorting'];

/** Search through the page's own form and wait until the status line is the new search's. */
async function submit(page: Page, query: string): Promise<{ ids: string[]; status: string }> {
  await page.evaluate(() => (document.getElementById('search-status')!.textContent = ''));
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(() => /找到|没有找到|请输入/.test(document.getElementById('search-status')?.textContent ?? ''));
  const links = await page.$$eval('#search-results h2 a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  return { ids: links.map((link) => link.replace(/^.*\/cases\/|\/$/g, '')), status: (await page.textContent('#search-status')) ?? '' };
}

async function searchPage(): Promise<Page> {
  const page = opened();
  await page.goto(site.url('/search/'));
  await page.waitForFunction(() => /请输入/.test(document.getElementById('search-status')?.textContent ?? ''));
  return page;
}

async function runGroup(queries: Query[]): Promise<void> {
  const page = await searchPage();
  const failures: string[] = [];
  for (const { query, first, top5 = [], only } of queries) {
    const { ids, status } = await submit(page, query);
    if (ids.length === 0) failures.push(`${query}: nothing found (${status})`);
    else if (first && ids[0] !== first) failures.push(`${query}: first ${ids[0]}, expected ${first} (${ids.join(' ')})`);
    for (const id of top5) if (!ids.slice(0, 5).includes(id)) failures.push(`${query}: ${id} not in the top five (${ids.join(' ')})`);
    if (only) for (const id of ids) if (!only.includes(id)) failures.push(`${query}: ${id} is not about it`);
  }
  expect(failures).toEqual([]);
}

describe('queries in the words people use find the case', () => {
  it('topics in everyday words', () => runGroup(TOPICS));
  it('place + topic in other words', () => runGroup(PLACES));
  it('questions', () => runGroup(QUESTIONS));
  it('English words', () => runGroup(ENGLISH));
  it('unsegmented Traditional', () => runGroup(TRADITIONAL));

  it('one-character typos and homophones of names show that name’s results, with the literal query a link away', async () => {
    const page = await searchPage();
    const failures: string[] = [];
    for (const [query, name, id] of TYPOS) {
      const { ids, status } = await submit(page, query);
      if (ids[0] !== id) failures.push(`${query}: first ${ids[0]}, expected ${id}`);
      if (!status.startsWith(`已显示“${name}”的结果。仍然搜索“${query}”`)) failures.push(`${query}: status ${status}`);
    }
    expect(failures).toEqual([]);
    // The literal query is a link; it searches the words only, and finds nothing.
    await submit(page, '电炭地图');
    await page.click('#search-status a');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('literal') === '1');
    await page.waitForFunction(() => /没有找到/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.locator('#search-results li').count()).toBe(0);
  });

  it('the list has at least 60 queries, and at least 10 that must find nothing', () => {
    expect(TOPICS.length + PLACES.length + QUESTIONS.length + TYPOS.length + ENGLISH.length + TRADITIONAL.length).toBeGreaterThanOrEqual(60);
    expect(ABSENT.length).toBeGreaterThanOrEqual(10);
  });
});

describe('topics the library holds no case on find nothing', () => {
  it(`${ABSENT.length} queries, from 垃圾分类 to garbage sorting`, async () => {
    const page = await searchPage();
    const found: string[] = [];
    for (const query of ABSENT) {
      const { ids, status } = await submit(page, query);
      if (ids.length || !status.includes('没有找到')) found.push(`${query}: ${status}`);
    }
    expect(found).toEqual([]);
  });
});

describe('a concept match is labelled and ranked below the words themselves', () => {
  it('廉政: every card says it matched by topic; the status names the topic and links to the words only', async () => {
    const page = await searchPage();
    const { ids, status } = await submit(page, '廉政');
    expect(ids.length).toBeGreaterThan(1);
    expect(status).toContain('包含主题：监督与审计');
    const labels = await page.$$eval('#search-results li .concept', (ps) => ps.map((p) => p.textContent));
    expect(labels).toEqual(ids.map(() => '按主题“监督与审计”匹配'));
    await page.click('#search-status a');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('literal') === '1');
    await page.waitForFunction(() => /没有找到/.test(document.getElementById('search-status')?.textContent ?? ''));
  });

  it('a case with the word itself ranks above one reached through its topic', async () => {
    // 大数据 + 停车: the parking case has 停车 as a word and is filed under 大数据; cases holding
    // 大数据 and 停车 as words would rank first. Every card reached through the topic says so.
    const page = await searchPage();
    const { ids } = await submit(page, '哪里用大数据管停车');
    expect(ids[0]).toBe('hangzhou-parking-data');
    expect(await page.locator('#search-results li').first().locator('.concept').textContent()).toBe('按主题“大数据”匹配');
    // A word found as written is never labelled.
    const { ids: literal } = await submit(page, '大数据');
    expect(literal.length).toBe(5);
    expect(await page.locator('#search-results li .concept').count()).toBe(0);
  });
});
