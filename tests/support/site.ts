// Shared set-up for browser tests: the static server of dist/ and the Chromium that every test file
// shares (started once for the run by tests/support/shared-browser.ts, vitest's globalSetup).
//
// Page loads are what browser tests spend their time on: a fresh page costs a new renderer process
// (about a second on a busy 2-core machine, against a few hundred milliseconds to navigate an open
// page), and a fresh search page starts Pagefind (its WebAssembly and worker) before it can answer. So:
// - `useSite()` once per file: connects to the shared browser for all the file's tests.
//   `site.page()` opens a page in a fresh browser context, for a test that needs one to itself
//   (its own routes, request listeners, history or settings); it is closed when that test ends.
// - `usePage(site, options)` inside a describe(): a page for the group's tests to navigate, each
//   test starting with page.goto (a new document, as in a fresh page). Groups of a file that ask
//   for the same options share it. Its Content-Security-Policy violations are counted per test.
// - `searchFor(page, site, query)` loads /search/?q=… in `page`: use it where the URL is the point
//   (state read from the URL, hostile input in the URL), not to run one query after another.
// - `useSearchPage(site)` inside a describe(): a search page for the group (usePage's, loaded with
//   an empty query before the group's first test); `search(query)` then types the query into the page's own search box and presses
//   Enter, as a person would, and returns when that query's results are listed. A group of many
//   queries runs in one page instead of loading a page per query (tests/browser/search-queries.test.ts).
// - `submitSearch(page, query)` is the same on any search page that has finished loading (after a
//   searchFor, say).
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connectBrowser } from './browser.ts';

export const DIST = path.resolve(import.meta.dirname, '../../dist');

export interface PageOptions {
  javaScriptEnabled?: boolean;
  bypassCSP?: boolean;
  /** The viewport's width in CSS pixels (its height is 900). */
  width?: number;
}

export interface Site {
  /** Absolute URL of a site path such as '/cases/'. */
  url: (sitePath: string) => string;
  /** A page in a fresh browser context, closed when the test that opened it ends. */
  page: (options?: PageOptions) => Promise<Page>;
  /** The file's one page with these options (for usePage), closed when the file ends. */
  sharedPage: (options?: PageOptions) => Promise<Page>;
}

/** Content-Security-Policy violations the browser reported on a page, collected by useSite(). */
export const cspViolations = new WeakMap<Page, string[]>();

export function useSite(): Site {
  const siteUrl = inject('siteUrl');
  let browser: Browser;
  /** Contexts opened outside a test (a group's page, in beforeAll): closed after the file. */
  const contexts: BrowserContext[] = [];
  /** Contexts opened by the running test: closed when it ends, so that renderers do not pile up. */
  let testContexts: BrowserContext[] | undefined;
  /** The shared pages by their options. */
  const shared = new Map<string, Promise<Page>>();
  beforeAll(async () => {
    browser = await connectBrowser(inject('browserEndpoint'));
  });
  beforeEach(() => {
    testContexts = [];
  });
  afterEach(async () => {
    const opened = testContexts ?? [];
    testContexts = undefined;
    await Promise.all(opened.map((c) => c.close()));
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close(); // disconnects; the shared browser stays up for the next file
  });
  const open = async ({ javaScriptEnabled = true, bypassCSP = false, width = 1280 }: PageOptions, owners: BrowserContext[]): Promise<Page> => {
    const context = await browser.newContext({ javaScriptEnabled, bypassCSP, viewport: { width, height: 900 } });
    owners.push(context);
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
  };
  return {
    url: (sitePath) => new URL(sitePath.replace(/^\//, ''), siteUrl).href,
    page: (options = {}) => open(options, testContexts ?? contexts),
    sharedPage: ({ javaScriptEnabled = true, bypassCSP = false, width = 1280 } = {}) => {
      const key = JSON.stringify([javaScriptEnabled, bypassCSP, width]);
      if (!shared.has(key)) shared.set(key, open({ javaScriptEnabled, bypassCSP, width }, contexts));
      return shared.get(key)!;
    },
  };
}

/**
 * A page for the tests of the describe() it is called in, with `options` as for site.page(): the
 * file's shared page with these options (site.sharedPage). Each test starts by navigating it; the
 * Content-Security-Policy violations it records (cspViolations) are those of the running test.
 */
export function usePage(site: Site, options?: PageOptions): () => Page {
  let page: Page | undefined;
  beforeAll(async () => {
    page = await site.sharedPage(options);
  });
  beforeEach(() => {
    if (page) cspViolations.get(page)!.length = 0;
  });
  return () => page!;
}

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

/** A status line that announces a finished search (the page writes it after the result list). */
const FINAL_STATUS = /找到|没有找到|请输入|搜索暂时无法使用|Cases found|No cases? match|Please type|Type a query|Search is not available/;
/** The status of a query with nothing to search, in either language. */
const NOTHING_TO_SEARCH = /请输入|Please type|Type a query/;

const resultLinks = (page: Page) => page.$$eval('#search-results h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));

/** Open the search page for `query` (and `extra` URL parameters) in `page`; returns the result links once the search is done. */
export async function searchFor(page: Page, site: Site, query: string, extra = '', searchPath = '/search/'): Promise<string[]> {
  await page.goto(site.url(`${searchPath}?q=${encodeURIComponent(query)}${extra}`));
  await page.waitForFunction(() => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    return /找到|没有找到|请输入|Cases found|No cases? match|Please type|Type a query/.test(text);
  });
  return resultLinks(page);
}

/**
 * Search for `query` in a search page that has finished its last search, through the page's own
 * controls: the query typed into the search box, then Enter. Returns the result links of this
 * query, never of the one before: the status line is emptied first, and the page writes it again
 * only when this search's results are listed (a superseded search never writes it), quoting the
 * query (up to its first 30 characters) unless the query has no searchable character.
 */
export async function submitSearch(page: Page, query: string): Promise<string[]> {
  await page.waitForFunction((final) => new RegExp(final).test(document.getElementById('search-status')?.textContent ?? ''), FINAL_STATUS.source);
  await page.evaluate(() => {
    document.getElementById('search-status')!.textContent = '';
  });
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(
    ({ final, nothing, quoted }) => {
      const text = document.getElementById('search-status')?.textContent ?? '';
      return new RegExp(final).test(text) && (text.includes(quoted) || new RegExp(nothing).test(text));
    },
    { final: FINAL_STATUS.source, nothing: NOTHING_TO_SEARCH.source, quoted: [...query.trim()].slice(0, 30).join('') },
  );
  return resultLinks(page);
}

export interface SearchPage {
  /** The group's search page (for assertions on what it shows). */
  page: () => Page;
  /** Search for `query` in it through its search box (submitSearch); returns the result links. */
  search: (query: string) => Promise<string[]>;
}

/**
 * A search page for the tests of the describe() it is called in: usePage's page, loaded with an
 * empty query before the group's first test. The tests of a group run one after another, so each
 * test's search() sees its own query's results.
 */
export function useSearchPage(site: Site, options?: PageOptions, searchPath = '/search/'): SearchPage {
  const page = usePage(site, options);
  beforeAll(async () => {
    await searchFor(page(), site, '', '', searchPath);
  });
  return {
    page,
    search: (query) => submitSearch(page(), query),
  };
}
