// Shared set-up for browser tests: serve dist/ and open Chromium once per test file.
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export const DIST = path.resolve(import.meta.dirname, '../../dist');

export interface Site {
  /** Absolute URL of a site path such as '/cases/'. */
  url: (sitePath: string) => string;
  page: (options?: { javaScriptEnabled?: boolean; bypassCSP?: boolean; width?: number }) => Promise<Page>;
}

/** Content-Security-Policy violations the browser reported on a page, collected by useSite(). */
export const cspViolations = new WeakMap<Page, string[]>();

export function useSite(): Site {
  let server: StaticServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await serveStatic(process.env.DIST_DIR ?? DIST, process.env.BASE_PATH ?? '/');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await server?.close();
  });
  return {
    url: (sitePath) => new URL(sitePath.replace(/^\//, ''), server.url).href,
    page: async ({ javaScriptEnabled = true, bypassCSP = false, width = 1280 } = {}) => {
      const context = await browser.newContext({ javaScriptEnabled, bypassCSP, viewport: { width, height: 900 } });
      contexts.push(context);
      const page = await context.newPage();
      const violations: string[] = [];
      cspViolations.set(page, violations);
      page.on('console', (message) => {
        if (/Content.Security.Policy|Refused to (load|execute|apply|compile|create)/i.test(message.text())) violations.push(message.text());
      });
      page.on('pageerror', (error) => {
        throw new Error(`page error on ${page.url()}: ${error.message}`);
      });
      page.on('dialog', (dialog) => {
        throw new Error(`unexpected dialog on ${page.url()}: ${dialog.message()}`);
      });
      return page;
    },
  };
}

/** Wait until the search page has finished a search (its status line is final). */
/** The number of results the search status line announces (0 when none). */
export async function resultCount(page: Page): Promise<number> {
  return Number((await page.textContent('#search-status'))?.match(/找到 (\d+) 个/)?.[1] ?? 0);
}

/** Press "显示更多结果" until every result is listed; returns the result links. */
export async function showAllResults(page: Page): Promise<string[]> {
  const total = await resultCount(page);
  while (await page.isVisible('#search-more')) {
    const shown = await page.locator('#search-results li').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, shown);
  }
  const links = await page.$$eval('#search-results h2 a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  if (links.length !== total) throw new Error(`listed ${links.length} results, the status says ${total}`);
  return links;
}

export async function searchFor(page: Page, site: Site, query: string, extra = ''): Promise<string[]> {
  await page.goto(site.url(`/search/?q=${encodeURIComponent(query)}${extra}`));
  await page.waitForFunction(() => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    return /找到|没有找到|请输入/.test(text);
  });
  return page.$$eval('#search-results h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}
