// The editorial pages (MDX, src/pages/*.mdx and src/pages/en/*.mdx) in both languages: the right
// lang, accessible, their figures live from the content, every vocabulary term listed; and the
// links from the pages where a reader needs them (completeness, 未说明, notes, analysis, citations).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load-library.ts';
import { axeViolations } from '../support/axe.ts';
import { DIST, usePage, useSite } from '../support/site.ts';

const site = useSite();
const { library } = loadLibrary(path.resolve(import.meta.dirname, '../../content'));

const PAGES = ['about', 'methodology', 'vocabularies', 'citing'];
const BOTH = PAGES.flatMap((name) => [
  { path: `/${name}/`, lang: 'zh-CN', twin: `/en/${name}/` },
  { path: `/en/${name}/`, lang: 'en', twin: `/${name}/` },
]);

describe('editorial pages', () => {
  const checked = usePage(site, { bypassCSP: true });
  const unscripted = usePage(site, { javaScriptEnabled: false });

  it.each(BOTH)('$path: lang $lang, a title, a link to its twin, and no axe violations', async ({ path: sitePath, lang, twin }) => {
    const page = checked();
    const response = await page.goto(site.url(sitePath));
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.locator('main h1').count()).toBe(1);
    // The site's language switcher (Base.astro) leads to the twin.
    const twinLink = page.locator(`.language-switch a[hreflang="${lang === 'en' ? 'zh-CN' : 'en'}"]`);
    expect(new URL((await twinLink.getAttribute('href'))!, site.url('/')).pathname).toBe(twin);
    const violations = (await axeViolations(page)).map((v) => `${v.id}: ${v.nodes[0]}`);
    expect(violations).toEqual([]);
  });

  it.each(PAGES.map((name) => `/en/${name}/`))('%s marks every Chinese text with a Chinese lang', async (sitePath) => {
    const page = unscripted();
    await page.goto(site.url(sitePath));
    const unmarked = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!/[\u3400-\u9fff]/.test(node.textContent ?? '')) continue;
        const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
        if (!lang.startsWith('zh')) found.push(node.textContent!.trim().slice(0, 30));
      }
      return found;
    });
    expect(unmarked).toEqual([]);
  });

  it('show live counts from the content', async () => {
    const page = unscripted();
    for (const sitePath of ['/about/', '/en/about/']) {
      await page.goto(site.url(sitePath));
      expect(await page.textContent('[data-count="cases"]'), sitePath).toBe(String(library.cases.length));
      expect(await page.textContent('[data-count="editions"]'), sitePath).toBe(String(library.editions.length));
    }
    await page.goto(site.url('/methodology/'));
    expect(await page.textContent('#chart-completeness-title')).toBe('按完整度');
    const stubs = library.cases.filter((c) => c.data.completeness === 'stub').length;
    expect(await page.locator('#chart-completeness-desc').textContent()).toContain(`简目 ${stubs} 个`);
  });

  it.each([['/vocabularies/', 'zh-CN'], ['/en/vocabularies/', 'en']] as const)('%s lists every term with its definition, entry terms and count', async (sitePath, lang) => {
    const page = unscripted();
    await page.goto(site.url(sitePath));
    const rows = await page.locator('tr[id^="term-"]').evaluateAll((trs) =>
      Object.fromEntries(trs.map((tr) => [tr.id, [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')])));
    for (const vocabulary of library.vocabularies) {
      const counts = library.termCounts(vocabulary.id as never);
      for (const term of vocabulary.data.terms) {
        const label = `${vocabulary.id}/${term.id}`;
        const cells = rows[`term-${vocabulary.id}-${term.id}`];
        expect(cells, label).toBeDefined();
        expect(cells[0], label).toContain(term.label);
        expect(cells[1], label).toBe(lang === 'en' && term.definitionEn ? term.definitionEn : term.definition);
        for (const word of term.entryTerms) expect(cells[2], label).toContain(word);
        expect(cells[3], label).toBe(String(counts.get(term.id) ?? 0));
      }
    }
  });

  it('recommend a citation of the whole dataset', async () => {
    const page = unscripted();
    await page.goto(site.url('/citing/'));
    const citations = await page.locator('figure.citation pre').allTextContents();
    // The version and date are the data package's; the access date shown is that date, for the reader to replace.
    const descriptor = JSON.parse(readFileSync(path.join(process.env.DIST_DIR ?? DIST, 'data', 'datapackage.json'), 'utf8')) as { version: string; created: string };
    const created = descriptor.created.slice(0, 10);
    expect(citations[0]).toMatch(new RegExp(`^治理案例库\\. 治理案例库开放数据\\[DS/OL\\]\\. \\(${created}\\)\\[${created}\\]\\. http\\S*/data/\\.$`));
    expect(citations[1]).toContain(`(Version ${descriptor.version}) [Data set]`);
    expect(await page.textContent('main')).toContain('CC-BY-4.0');
  });
});

describe('links to the editorial pages where a reader needs them', () => {
  const unscripted = usePage(site, { javaScriptEnabled: false });

  it('a case page links its completeness, 未说明, notes and citation box to the right sections', async () => {
    const page = unscripted();
    await page.goto(site.url('/cases/hangzhou-city-brain-traffic/'));
    const targets = await page.locator('aside.facts a[href*="/methodology/#"], section.citation a[href*="/citing/"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    const anchors = new Set(targets.map((href) => href.replace(/^.*\/(methodology|citing)\/#?/, '$1#')));
    for (const anchor of ['methodology#completeness', 'methodology#unstated', 'methodology#field-notes', 'citing#']) expect(anchors, anchor).toContain(anchor);
    await page.goto(site.url('/methodology/'));
    for (const id of ['completeness', 'unstated', 'field-notes', 'analysis']) expect(await page.locator(`#${id}`).count(), id).toBe(1);
  });

  it('a case with the library’s own analysis shows it framed and labelled, after the sourced text', async () => {
    const page = unscripted();
    await page.goto(site.url('/cases/huizhou-huiyun-eye/'));
    const analysis = page.locator('.narrative section.analysis');
    expect(await analysis.count()).toBe(1);
    expect(await analysis.locator('h2').textContent()).toBe('启示（本库分析）');
    expect(await analysis.locator('.analysis-note strong').textContent()).toBe('本库分析');
    expect(await analysis.locator('a').getAttribute('href')).toMatch(/\/methodology\/#analysis$/);
    const headings = await page.locator('.narrative > h2, .narrative > section > h2').allTextContents();
    expect(headings.indexOf('启示（本库分析）')).toBe(headings.filter((h) => h !== '数据指标' && h !== '来源').length - 1);
  });

  it('the footer links all four pages, and the edition page names each tier once', async () => {
    const page = unscripted();
    await page.goto(site.url('/awards/chuzhi/chuzhi-2022-bigdata/'));
    const footer = await page.locator('footer a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const name of PAGES) expect(footer.some((p) => p.endsWith(`/${name}/`)), name).toBe(true);
    const headings = await page.locator('main h2, main h3').allTextContents();
    for (const category of library.edition('chuzhi-2022-bigdata')!.data.categories) {
      const heading = headings.find((h) => h.startsWith(category.name));
      expect(heading, category.name).toBeDefined();
      if (category.tier && category.name.includes(category.tier)) expect(heading, category.name).toBe(category.name);
    }
  });
});
