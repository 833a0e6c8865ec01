// The pick-your-own compare page: the selection lives in the URL and survives back/forward.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { usePage, useSite } from '../support/site.ts';

const site = useSite();

const columnTitles = (page: Page) => page.$$eval('#compare-table thead th a', (as) => as.map((a) => a.textContent));

describe('the compare picker', () => {
  const shown = usePage(site);

  it('renders the cases named in the URL side by side, with "no data" cells', async () => {
    const page = shown();
    await page.goto(site.url('/compare/?cases=huizhou-huiyun-eye,sgcc-hubei-carbon-map'));
    await page.waitForSelector('#compare-table table');
    expect(await columnTitles(page)).toHaveLength(2);
    expect(await page.locator('#compare-table td.no-data').count()).toBeGreaterThan(0);
  });

  it('adds and removes cases, keeps the URL in step, and the back button restores the previous choice', async () => {
    const page = shown();
    await page.goto(site.url('/compare/?cases=huizhou-huiyun-eye'));
    await page.waitForSelector('#compare-controls:not([hidden])');
    const title = await page.evaluate(async () => {
      const index = (await (await fetch(document.getElementById('compare-app')!.dataset.index!)).json()) as Array<[string, string]>;
      return index.find(([id]) => id === 'sgcc-hubei-carbon-map')![1];
    });
    await page.fill('#compare-add', title);
    await page.click('#compare-add-button');
    await page.waitForSelector('#compare-table table');
    expect(new URL(page.url()).searchParams.get('cases')).toBe('huizhou-huiyun-eye,sgcc-hubei-carbon-map');
    await page.click('#compare-selected li:first-child button');
    await page.waitForFunction(() => !document.querySelector('#compare-table table'));
    expect(new URL(page.url()).searchParams.get('cases')).toBe('sgcc-hubei-carbon-map');
    await page.goBack();
    await page.waitForSelector('#compare-table table');
    expect(await columnTitles(page)).toHaveLength(2);
  });

  it('explains unknown and duplicate IDs instead of failing', async () => {
    const page = shown();
    await page.goto(site.url('/compare/?cases=huizhou-huiyun-eye,no-such-case,huizhou-huiyun-eye,<b>x</b>'));
    await page.waitForSelector('#compare-messages p');
    const messages = await page.textContent('#compare-messages');
    expect(messages).toContain('no-such-case');
    expect(messages).toContain('重复');
    expect(await page.locator('#compare-messages b').count()).toBe(0);
  });

  it('the curated comparison shows a table and links to the picker with its cases', async () => {
    const page = shown();
    await page.goto(site.url('/compare/discipline-big-data-supervision/'));
    expect(await page.locator('table.comparison thead th').count()).toBeGreaterThan(2);
    const picker = await page.locator('a', { hasText: '在自选比较中打开' }).getAttribute('href');
    expect(picker).toContain('/compare/?cases=');
  });

  it('draws the same table markup as the curated page for the same cases (numeric metric cells, no-data cells, as-of notes)', async () => {
    const page = shown();
    await page.goto(site.url('/compare/city-data-sharing-platforms/'));
    const curated = await page.locator('table.comparison').evaluate((table) => table.outerHTML);
    expect(curated).toContain('class="num"');
    await page.goto(site.url('/compare/?cases=zhejiang-big-data-bureau,huizhou-yiwang-gongxiang-platform,huizhou-social-assistance-database,chutianyun-yishi-lianban,shenyang-discipline-big-data-platform,zhejiang-tianluodiwang-financial-risk'));
    await page.waitForSelector('#compare-table table');
    expect(await page.locator('#compare-table table').evaluate((table) => table.outerHTML)).toBe(curated);
  });
});
