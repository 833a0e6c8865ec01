// Exports of what the reader is looking at: search results (filters applied) and comparison tables.
import { text as readText } from 'node:stream/consumers';
import { parse } from 'csv-parse/sync';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cspViolations, resultCount, showAllResults, usePage, useSite } from '../support/site.ts';

const site = useSite();

const waitForResults = (page: Page) =>
  page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''));

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download') as Promise<Download>, click()]);
  // Read as a stream: the shared browser is connected to, and a connected client has no download path.
  return { name: download.suggestedFilename(), text: await readText(await download.createReadStream()) };
}

const caseIdOf = (href: string) => href.match(/\/cases\/([^/]+)\/$/)![1];

describe('search export', () => {
  const opened = usePage(site);

  it('offers export only while there are results to export', async () => {
    const page = opened();
    await page.goto(site.url(`/search/?q=${encodeURIComponent('量子纠缠火锅')}`));
    await waitForResults(page);
    expect(await page.isVisible('#search-export')).toBe(false);
    await page.fill('#search-q', '惠云眼');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => /找到 1 个/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.isVisible('#search-export button[data-format="csv"]')).toBe(true);
  });

  it('a CSV export holds exactly the results shown under the filters applied, in their order', async () => {
    const page = opened();
    await page.goto(site.url(`/search/?province=${encodeURIComponent('湖北省')}&domain=${encodeURIComponent('政务服务')}&sort=title`));
    await waitForResults(page);
    const shown = (await showAllResults(page)).map(caseIdOf);
    expect(shown.length).toBeGreaterThan(1);
    const all = await (await fetch(site.url('/data/cases.csv'))).text();
    expect(shown.length).toBeLessThan((parse(all, { bom: true }) as string[][]).length - 1);
    const { name, text } = await downloadText(page, () => page.click('#search-export button[data-format="csv"]'));
    expect(name).toBe('search-results.csv');
    const [header, ...rows] = parse(text, { bom: true }) as string[][];
    expect(header).toEqual((parse(all, { bom: true, to_line: 1 }) as string[][])[0]);
    expect(rows.map((row) => row[0])).toEqual(shown);
    for (const row of rows) {
      expect(row[header.indexOf('province')]).toBe('湖北省');
      expect(row[header.indexOf('domains')].split('; ')).toContain('政务服务');
    }
    await page.waitForFunction(() => /已导出/.test(document.querySelector('#search-export [role=status]')?.textContent ?? ''));
    expect(cspViolations.get(page)).toEqual([]);
  });

  it('a text search exports its results as BibTeX, RIS and CSL-JSON with one record per result', async () => {
    const page = opened();
    await page.goto(site.url(`/search/?q=${encodeURIComponent('数据')}`));
    await waitForResults(page);
    const total = await resultCount(page);
    expect(total).toBeGreaterThan(5);
    // More results than the first rendered batch: the export still takes all of them.
    expect(await page.locator('#search-results li').count()).toBeLessThan(total);
    const bib = await downloadText(page, () => page.click('#search-export button[data-format="bibtex"]'));
    expect(bib.text.match(/^@techreport\{/gm)).toHaveLength(total);
    const ris = await downloadText(page, () => page.click('#search-export button[data-format="ris"]'));
    expect(ris.text.match(/^TY {2}- RPRT$/gm)).toHaveLength(total);
    const csl = await downloadText(page, () => page.click('#search-export button[data-format="csl"]'));
    expect(csl.name).toBe('search-results.csl.json');
    const items = JSON.parse(csl.text) as Array<{ type: string; id: string }>;
    expect(items).toHaveLength(total);
    expect(new Set(items.map((i) => i.type))).toEqual(new Set(['report']));
    expect(items.map((i) => i.id)).toEqual((await showAllResults(page)).map(caseIdOf));
  });

  it('the export code is not loaded until an export is asked for', async () => {
    const page = await site.page();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/search/export/')) scripts.push(request.url());
    });
    await page.goto(site.url(`/search/?q=${encodeURIComponent('数据')}`));
    await waitForResults(page);
    expect(scripts).toEqual([]);
    await downloadText(page, () => page.click('#search-export button[data-format="csv"]'));
    expect(scripts.some((url) => url.endsWith('/search/export/index.json'))).toBe(true);
  });
});

describe('comparison export', () => {
  it('a curated comparison links a static CSV of its table', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url('/compare/discipline-big-data-supervision/'));
    const titles = await page.$$eval('table.comparison thead th a', (as) => as.map((a) => a.textContent));
    const labels = await page.$$eval('table.comparison tbody th', (ths) => ths.map((th) => th.textContent));
    const link = await page.getAttribute('a[href$="/table.csv"]', 'href');
    const csv = parse(await (await fetch(new URL(link!, page.url()))).text(), { bom: true }) as string[][];
    expect(csv[0]).toEqual(['维度', ...titles]);
    expect(csv.slice(2).map((row) => row[0])).toEqual(labels);
  });

  it('the picked comparison exports the table it shows', async () => {
    const page = await site.page();
    await page.goto(site.url('/compare/?cases=huizhou-huiyun-eye,sgcc-hubei-carbon-map,wuchang-pingan-index'));
    await page.waitForSelector('#compare-table table');
    const titles = await page.$$eval('#compare-table thead th a', (as) => as.map((a) => a.textContent));
    const body = await page.$$eval('#compare-table tbody tr', (trs) => trs.map((tr) => [...tr.children].map((cell) => (cell.classList.contains('no-data') ? '' : cell.textContent))));
    const { name, text } = await downloadText(page, () => page.click('#compare-export'));
    expect(name).toBe('compare-huizhou-huiyun-eye-sgcc-hubei-carbon-map-wuchang-pingan-index.csv');
    const csv = parse(text, { bom: true }) as string[][];
    expect(csv[0]).toEqual(['维度', ...titles]);
    expect(csv[1]).toEqual(['案例编号', 'huizhou-huiyun-eye', 'sgcc-hubei-carbon-map', 'wuchang-pingan-index']);
    // The page shows "截至 <date>" under a metric; the CSV puts it in brackets after the value.
    expect(csv.slice(2).map((row) => row.map((cell) => cell.replace(/（截至 (.+)）$/, '截至 $1')))).toEqual(body);
  });
});
