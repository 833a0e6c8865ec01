// A person reading the English site (/en/): browsing by clicking from the home page, at 360 px and
// on a desktop, with JavaScript on and off; the language switcher both ways; Chinese names marked
// lang="zh-CN" (also in the tables the compare picker draws); and axe on the English page types.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { cspViolations, usePage, useSite } from '../support/site.ts';

const site = useSite();

/** One English page of each type. */
const PAGES: Array<[string, string]> = [
  ['home', '/en/'],
  ['case list', '/en/cases/'],
  ['case list by region', '/en/cases/sort/region/'],
  ['case page', '/en/cases/huizhou-huiyun-eye/'],
  ['stub case page', '/en/cases/caidian-tax-steward/'],
  ['awards', '/en/awards/'],
  ['award programme', '/en/awards/chuzhi/'],
  ['award edition', '/en/awards/chuzhi/chuzhi-2022-bigdata/'],
  ['years', '/en/years/'],
  ['one year', '/en/years/2022/'],
  ['topics', '/en/topics/'],
  ['region vocabulary', '/en/topics/region/'],
  ['vocabulary', '/en/topics/org-type/'],
  ['term', '/en/topics/region/hubei/'],
  ['unknown level', '/en/topics/level/unknown/'],
  ['launch year', '/en/topics/launched/2019/'],
  ['curated comparison', '/en/compare/discipline-big-data-supervision/'],
  ['compare picker', '/en/compare/'],
  ['open data', '/en/data/'],
  ['search', '/en/search/'],
  ['contribute', '/en/contribute/'],
  ['needs translation', '/en/needs-translation/'],
  ['not found', '/en/404/'],
];

/** Text nodes with Han characters whose nearest lang="" is not Chinese (script, style and form values aside). */
function unmarkedChinese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!/\p{Script=Han}/u.test(node.textContent ?? '') || parent.closest('script, style, template, textarea, noscript')) continue;
      if (!(parent.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('zh')) found.push(`${parent.tagName}: ${node.textContent!.trim().slice(0, 30)}`);
    }
    return found;
  });
}

describe('browsing the English site', () => {
  const scripted = usePage(site);
  const unscripted = usePage(site, { javaScriptEnabled: false });

  it('goes home → awards → edition → case → region → compare by clicking, all in English', async () => {
    const page = scripted();
    await page.goto(site.url('/en/'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('Governance Case Library');
    await page.click('nav.main >> text=Awards');
    expect(await page.textContent('h1')).toBe('Awards and listings');
    await page.click('a[href$="/en/awards/chuzhi/chuzhi-2022-bigdata/"] >> nth=0');
    expect(page.url()).toContain('/en/awards/chuzhi/chuzhi-2022-bigdata/');
    await page.click('a[href$="/en/cases/wuchang-pingan-index/"]');
    expect(await page.textContent('#facts-heading')).toBe('Key facts');
    expect(await page.textContent('.facts')).toContain('Wuchang District');
    await page.click('.facts a[href$="/en/topics/region/wuchang/"]');
    expect(await page.textContent('h1')).toContain('Wuchang District');
    await page.goBack();
    await page.click('text=Add to comparison');
    expect(page.url()).toContain('/en/compare/?cases=wuchang-pingan-index');
    expect(cspViolations.get(page)).toEqual([]);
  });

  it('shows a case page in English with its Chinese names marked, and links to the full Chinese text', async () => {
    const page = unscripted();
    await page.goto(site.url('/en/cases/caidian-tax-steward/'));
    const facts = await page.textContent('.facts');
    for (const label of ['Organisations', 'Region', 'Level', 'Domains', 'Awards and listings', 'Completeness', 'Last checked']) expect(facts).toContain(label);
    expect(await page.textContent('.facts')).toMatch(/\b(lead|partner|operator|technology provider|funder)\b/);
    const organisation = await page.$eval('.facts dd li span[lang="zh-CN"]', (span) => span.textContent);
    expect(organisation).toContain('税务局');
    await page.click('text=Read the full Chinese text');
    expect(page.url()).toMatch(/\/cases\/caidian-tax-steward\/$/);
    expect(page.url()).not.toContain('/en/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  });

  it('switches language to the same page both ways', async () => {
    const page = unscripted();
    for (const sitePath of ['/en/', '/en/cases/huizhou-huiyun-eye/', '/en/topics/region/hubei/', '/en/cases/sort/year/']) {
      await page.goto(site.url(sitePath));
      await page.click('.language-switch a');
      expect(new URL(page.url()).pathname).toBe(sitePath.replace(/^\/en\//, '/'));
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      await page.click('.language-switch a');
      expect(new URL(page.url()).pathname).toBe(sitePath);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
    }
  });

  it('draws the compare picker’s table in English, with Chinese values marked', async () => {
    const page = scripted();
    await page.goto(site.url('/en/compare/?cases=huizhou-huiyun-eye,sgcc-hubei-carbon-map'));
    await page.waitForSelector('#compare-table table');
    expect(await page.textContent('#compare-table caption')).toBe('2 cases side by side');
    const rows = await page.$$eval('#compare-table tbody th', (ths) => ths.map((th) => th.textContent));
    expect(rows).toContain('Region');
    expect(rows).toContain('Completeness');
    expect(await unmarkedChinese(page)).toEqual([]);
    expect(cspViolations.get(page)).toEqual([]);
  });
});

/** The pages whose scripts change what is shown: also walked at 360 px with JavaScript on. */
const SCRIPTED = new Set(['/en/cases/huizhou-huiyun-eye/', '/en/compare/', '/en/search/']);

// Every page type at 360 px without JavaScript and on a desktop with it; the scripted pages in the
// other two combinations too (the rest render the same markup either way). One page per
// combination, navigated from page type to page type; what each test reads, it reads in one call.
describe.each([
  ['at 360 px, JavaScript off', 360, false, PAGES],
  ['on a desktop, JavaScript on', 1280, true, PAGES],
  ['at 360 px, JavaScript on', 360, true, PAGES.filter(([, p]) => SCRIPTED.has(p))],
  ['on a desktop, JavaScript off', 1280, false, PAGES.filter(([, p]) => SCRIPTED.has(p))],
] as const)('English page types %s', (_, width, javaScriptEnabled, pages) => {
  const shown = usePage(site, { width, javaScriptEnabled });
  it.each(pages)('%s: in English, fits the width, names marked, hreflang to its twin', async (__, sitePath) => {
    const page = shown();
    const response = await page.goto(site.url(sitePath));
    expect(response?.status()).toBe(200);
    const { lang, heading, overflow, alternates } = await page.evaluate(() => ({
      lang: document.documentElement.getAttribute('lang'),
      heading: document.querySelector('h1')?.textContent,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      alternates: Object.fromEntries(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
      ),
    }));
    expect(lang).toBe('en');
    expect(heading?.trim()).toBeTruthy();
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await unmarkedChinese(page)).toEqual([]);
    const twin = sitePath === '/en/404/' ? '/404.html' : sitePath.replace(/^\/en\//, '/');
    expect(alternates).toEqual({ 'zh-CN': twin, en: sitePath, 'x-default': twin });
    if (javaScriptEnabled) expect(cspViolations.get(page)).toEqual([]);
  });
});

describe('English pages without JavaScript', () => {
  it('explain in English what needs JavaScript', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url('/en/compare/'));
    expect(await page.textContent('main')).toContain('Your own comparison needs JavaScript');
    await page.goto(site.url('/en/search/'));
    expect(await page.textContent('main')).toContain('Search needs JavaScript');
  });
});

describe('accessibility of the English pages: 0 axe violations of the WCAG 2.2 A and AA rules', () => {
  const checked = usePage(site, { bypassCSP: true });
  it.each(PAGES)('%s', async (_, sitePath) => {
    const page = checked();
    await page.goto(site.url(sitePath));
    const violations = (await axeViolations(page)).map(({ id, nodes }) => ({ id, nodes }));
    expect(violations).toEqual([]);
  });
});
