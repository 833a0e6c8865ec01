// The regression list of natural queries (issue 12), run in Chromium on the built site: queries as
// people type them (unsegmented, pasted from the award list, with 的 and punctuation, in another
// order, in Traditional characters, in pinyin, abbreviated), each with the case that must be in the
// top five, or first where the query is unambiguous. Then the queries that must find nothing, and
// the partial-match label. Each group runs in one search page, each query typed into its search box
// (useSearchPage in tests/support/site.ts); tests/browser/search.test.ts covers queries read from the URL.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadLibrary } from '../../src/library/load-library.ts';
import { searchFor, showAllResults, usePage, useSearchPage, useSite } from '../support/site.ts';

const site = useSite();
const caseIds = (links: string[]) => links.map((link) => link.replace(/^.*\/cases\/|\/$/g, ''));

interface Query {
  query: string;
  /** Must be the first result. */
  first?: string;
  /** Must be among the first five. */
  top5?: string[];
}

/** The 27 official titles of the 2022 楚治 list (seed 001), as published; half with the organisation prefix. */
const OFFICIAL: Array<[organisation: string, title: string, id: string]> = [
  ['武汉市武昌区委政法委', '武昌区打造“平安指数”助力基层治理现代化', 'wuchang-pingan-index'],
  ['武汉市江汉区委组织部', '创新人才服务数智化的江汉探索', 'jianghan-talent-service'],
  ['武汉市江岸区大数据中心', 'AI智能提升江岸区“智治力”', 'jiangan-ai-governance'],
  ['湖北省公众气象服务中心', '湖北气象大数据让“凉资源”发挥“热效应”', 'hubei-meteorology-cool-resources'],
  ['中共黄陂区委网信办', '黄陂区“农业+互联网”提供智慧支撑', 'huangpi-agriculture-internet'],
  ['孝感市孝南区司法局', '孝南区构建“大数据+线上线下”调解新格局', 'xiaonan-mediation'],
  ['湖北省公安交通管理局、湖北交投高速公路运营集团有限公司', '湖北交警“云哨金钟罩”护航高速出行', 'hubei-expressway-yunshao'],
  ['鄂州市审计局', '鄂州市审计局离任审计大数据平台提升效能', 'ezhou-audit-departure-platform'],
  ['英山县学生资助管理中心', '英山县大数据比对监督落实教育扶贫', 'yingshan-student-aid-supervision'],
  ['武汉市蔡甸区税务局', '蔡甸区税务局“精智税管家”服务群众办税', 'caidian-tax-steward'],
  ['国网湖北省电力有限公司', '国网湖北电力打造现代供电服务指挥体系', 'sgcc-hubei-supply-command'],
  ['中国电信股份有限公司鹤峰分公司、鹤峰县委政法委', '电信鹤峰分公司“平安智慧乡村”', 'hefeng-telecom-safe-village'],
  ['湖北数字文旅集团', '“一部手机游湖北”助力湖北文旅跑出加速度', 'hubei-digital-tourism-app'],
  ['湖北省楚天云有限公司', '省楚天云支撑湖北深入推进“一事联办”', 'chutianyun-yishi-lianban'],
  ['湖北省数字产业发展集团有限公司', '湖北联投智慧新城平台“一数治全城”', 'liantou-smart-city-platform'],
  ['华中科技大学网络空间安全学院人机物系统与安全(CPSS)研究团队、湖北楚天智能交通股份有限公司、湖北楚天高速数字科技有限公司', '华中科技大学大数据应用助力城市智慧交通', 'hust-smart-transport'],
  ['湖北集萃数字工业创新中心有限公司', '数字问诊推进企业数字化升级', 'jicui-digital-diagnosis'],
  ['长江云通有限公司', '机场快线为机场大巴运营探出新路', 'changjiangyun-airport-express'],
  ['稻花香集团', '稻花香智能酿造赋能产业升级', 'daohuaxiang-smart-brewing'],
  ['中国石化销售股份有限公司湖北恩施石油分公司', '中国石化恩施石油智慧创新为山区“加油”', 'sinopec-enshi-smart-fuel'],
  ['宜昌市纪委监委', '大数据赋能让监督更有“数”', 'yichang-supervision-big-data'],
  ['国网湖北省电力有限公司', '国网湖北电力“电碳地图”助力湖北实现“双碳”目标', 'sgcc-hubei-carbon-map'],
  ['华中科技大学计算机学院', '华中科技大学研发“城市智脑”为大城市病开良方', 'hust-city-brain'],
  ['湖北省数字产业发展集团有限公司', '智慧社区的“鄂州样板”', 'ezhou-smart-community'],
  ['中国电信武汉分公司', '武汉电信5G+智慧服务助力城市治理提速增效', 'wuhan-telecom-5g'],
  ['中国建筑第七工程局有限公司', '中建七局智慧建造促传统建筑管理转型', 'cscec7-smart-construction'],
  ['华北电力大学大数据与哲学社会科学实验室', '大数据助力高校思政课“学生获得感”精准测度', 'ncepu-ideology-course'],
];

/** Pasted as a list line: every second one with its organisation (as "organisation:title"), some with the list's number. */
const PASTED: Query[] = OFFICIAL.map(([organisation, title, id], i) => ({
  query: i % 2 === 0 ? `${i % 4 === 0 ? `${(i % 10) + 1}. ` : ''}${organisation}:${title}` : title,
  first: id,
}));

const NATURAL: Query[] = [
  // The issue's table.
  { query: '湖北审计大数据', top5: ['ezhou-audit-departure-platform', 'ezhou-audit-housing-fund'] },
  { query: '武汉税务', first: 'caidian-tax-steward' },
  { query: '杭州人流管控', first: 'hangzhou-hubin-crowd-management' },
  { query: '沈阳民政排查', first: 'shenyang-incoming-persons-platform' },
  { query: 'dtdt, hubei', first: 'sgcc-hubei-carbon-map' },
  // Region + topic, unsegmented.
  { query: '惠州无人机', top5: ['huizhou-huiyun-eye'] },
  { query: '浙江金融风险', first: 'zhejiang-tianluodiwang-financial-risk' },
  { query: '天门消防', first: 'tianmen-smart-hydrants' },
  { query: '英山教育扶贫', first: 'yingshan-student-aid-supervision' },
  { query: '孝南调解', first: 'xiaonan-mediation' },
  { query: '恩施加油站', first: 'sinopec-enshi-smart-fuel' },
  { query: '杭州停车泊位', first: 'hangzhou-parking-data' },
  { query: '鹤峰平安乡村', first: 'hefeng-telecom-safe-village' },
  // Organisation + topic.
  { query: '鄂州审计局公积金', first: 'ezhou-audit-housing-fund' },
  { query: '沈阳纪委大数据监督', first: 'shenyang-discipline-big-data-platform' },
  { query: '生态环境厅大气污染', first: 'hubei-eco-air-pollution-channels' },
  { query: '惠州民政低保', first: 'huizhou-social-assistance-database' },
  { query: '惠州公安指挥调度', first: 'huizhou-police-visual-command' },
  { query: '浙江信用监管', first: 'zhejiang-public-credit-evaluation' },
  // Three or four concepts run together.
  { query: '杭州城市大脑交通治堵', first: 'hangzhou-city-brain-traffic' },
  { query: '惠州无人机影像多部门复用', first: 'huizhou-huiyun-eye' },
  { query: '沈阳疫情视频调度', first: 'shenyang-epidemic-command-platform' },
  { query: '湖北纪委乡村振兴民生政策', first: 'hubei-discipline-rural-policy-system' },
  { query: '江岸社区网格综治平台', first: 'jiangbei-community-command-platform' },
  { query: '浙江公共数据共享大数据局', first: 'zhejiang-big-data-bureau' },
  // 的 and punctuation.
  { query: '武汉的税务', first: 'caidian-tax-steward' },
  { query: '湖北省的气象大数据', first: 'hubei-meteorology-cool-resources' },
  { query: '平安指数（武昌）', first: 'wuchang-pingan-index' },
  { query: '“城市眼+云共治”', first: 'gongshu-city-eye-co-governance' },
  { query: '惠州：一网共享', first: 'huizhou-yiwang-gongxiang-platform' },
  { query: '电碳地图+湖北', first: 'sgcc-hubei-carbon-map' },
  // Word order changed.
  { query: '管控人流杭州', first: 'hangzhou-hubin-crowd-management' },
  { query: '税务武汉', first: 'caidian-tax-steward' },
  { query: '公积金审计鄂州', first: 'ezhou-audit-housing-fund' },
  // Traditional, unsegmented.
  { query: '瀋陽民政排查', first: 'shenyang-incoming-persons-platform' },
  { query: '惠州無人機影像', first: 'huizhou-huiyun-eye' },
  { query: '鄂州審計公積金', first: 'ezhou-audit-housing-fund' },
  { query: '數智潼僑', first: 'tongqiao-shuzhi-platform' },
  // Pinyin: full, spaced, initials; names, places (黄陂 read with the region vocabulary's correction).
  { query: 'huiyunyan', first: 'huizhou-huiyun-eye' },
  { query: 'hui yun yan', first: 'huizhou-huiyun-eye' },
  { query: 'hyy', first: 'huizhou-huiyun-eye' },
  { query: 'diantanditu', first: 'sgcc-hubei-carbon-map' },
  { query: 'ping an zhi shu', first: 'wuchang-pingan-index' },
  { query: 'yunshaojinzhongzhao', first: 'hubei-expressway-yunshao' },
  { query: 'huangpi', first: 'huangpi-agriculture-internet' },
  // Abbreviations and synonyms.
  { query: '华科', top5: ['hust-smart-transport', 'hust-city-brain'] },
  { query: '中石化', first: 'sinopec-enshi-smart-fuel' },
  { query: '国网', top5: ['sgcc-hubei-carbon-map', 'sgcc-hubei-supply-command'] },
  { query: '大数据局', first: 'zhejiang-big-data-bureau' },
  { query: '华电思政课', first: 'ncepu-ideology-course' },
  { query: '华科城市智脑', first: 'hust-city-brain' },
  { query: '国家电网电碳地图', first: 'sgcc-hubei-carbon-map' },
  { query: '中国建筑第七工程局', first: 'cscec7-smart-construction' },
];

describe('natural queries find the case a person expects', () => {
  const searchPage = useSearchPage(site);
  it.each([...NATURAL, ...PASTED].map((q) => [q.query, q] as const))('%s', async (_, { query, first, top5 = [] }) => {
    const page = searchPage.page();
    const found = caseIds(await searchPage.search(query));
    const status = (await page.textContent('#search-status'))!;
    expect(found.length, `${query}: ${status}`).toBeGreaterThan(0);
    // A pasted official title is a complete match (its listed title is indexed as a name).
    if (PASTED.some((q) => q.query === query)) expect(status).not.toContain('部分');
    if (first) expect(found[0], `${query} → ${found.join(' ')}`).toBe(first);
    for (const id of top5) expect(found.slice(0, 5), `${query} → ${id}`).toContain(id);
  });

  it('the list has at least 60 queries, with all 27 official titles', () => {
    expect(NATURAL.length + PASTED.length).toBeGreaterThanOrEqual(60);
    expect(new Set(PASTED.map((q) => q.first)).size).toBe(27);
  });
});

describe('a place in pinyin finds the cases in that place', () => {
  const { library } = loadLibrary(path.resolve('content'));
  const searchPage = useSearchPage(site);
  it.each([
    ['hubei', 'hubei'],
    ['shenyang', 'shenyang'],
    ['hang zhou', 'hangzhou'],
  ])('%s', async (query, region) => {
    await searchPage.search(query);
    const found = caseIds(await showAllResults(searchPage.page()));
    const inRegion = library.casesWithTerm('region', region).map((entry) => entry.id);
    expect(inRegion.length).toBeGreaterThan(1);
    expect([...found].sort()).toEqual([...inRegion].sort());
  });
});

describe('queries whose words occur nowhere find nothing', () => {
  const searchPage = useSearchPage(site);
  it.each(['量子纠缠火锅', '火锅烧烤外卖', '据数大', '督监律法', 'qwxzvbnm', '鄂州火锅'])('%s', async (query) => {
    const page = searchPage.page();
    expect(await searchPage.search(query)).toEqual([]);
    expect(await page.textContent('#search-status')).toContain('没有找到');
    expect(await page.isVisible('#search-empty a[href$="/awards/"]')).toBe(true);
  });
});

describe('partial matches are labelled, with the words they lack', () => {
  const searchPage = useSearchPage(site);
  it('湖北电碳地图火锅: the case with most of it, and 火锅 named as missing', async () => {
    const page = searchPage.page();
    const found = caseIds(await searchPage.search('湖北电碳地图火锅'));
    expect(found[0]).toBe('sgcc-hubei-carbon-map');
    const status = (await page.textContent('#search-status'))!;
    expect(status).toContain('没有完全匹配');
    expect(status).toContain('包含部分关键词');
    expect(status).toContain('未找到：火锅');
    expect(await page.locator('#search-results li').first().locator('.missing').textContent()).toBe('缺少：火锅');
  });

  it('a complete match is not labelled partial, and says how the query was split', async () => {
    const page = searchPage.page();
    await searchPage.search('武汉税务');
    const status = (await page.textContent('#search-status'))!;
    expect(status).not.toContain('部分');
    expect(status).toContain('武汉 · 税务');
    expect(await page.locator('#search-results .missing').count()).toBe(0);
  });

  it('shows the expansion of an abbreviation', async () => {
    const page = searchPage.page();
    await searchPage.search('华科');
    expect(await page.textContent('#search-status')).toContain('包含：华中科技大学');
  });
});

describe('zero results', () => {
  const opened = usePage(site);
  it('offers close names from the vocabulary, and the browse links', async () => {
    const page = opened();
    expect(await searchFor(page, site, '惠云眠')).toEqual([]);
    await page.waitForSelector('#search-suggestions a');
    expect(await page.textContent('#search-suggestions')).toContain('您是不是要找：惠云眼');
    await page.click('#search-suggestions a');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '惠云眼');
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 1);
  });
});
