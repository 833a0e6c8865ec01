// axe-core in the browser tests: the WCAG 2.2 A and AA rules, run on the page as it is.
//
// axe-core is 550 KB of script. Evaluated as a string it is compiled anew in every page (about
// 0.4 s each on a busy 2-core machine, for some fifty pages a run); loaded from a URL, Chromium
// keeps its compiled code and the pages after the first two take a third of that. So the browser
// tests' global setup (shared-browser.ts) serves it on a port of its own, at a path that does not
// end in .js (a test that blocks the site's scripts with page.route('**/*.js') still gets axe),
// and axeViolations() adds it to the page as a <script>, which needs a page opened with
// bypassCSP: true.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

/** The rule sets run: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  help: string;
  /** The CSS selectors of the first three offending elements. */
  nodes: string[];
}

/** Serve axe-core's script on 127.0.0.1 (for shared-browser.ts); returns its URL. */
export async function serveAxe(): Promise<{ url: string; close: () => Promise<void> }> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'));
  const server = createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'max-age=3600' }).end(source);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/axe-core`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Run axe's WCAG 2.2 A and AA rules on the page as it is now; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ url: inject('axeUrl') });
  return page.evaluate(async (tags) => {
    type Result = { violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, WCAG_TAGS);
}
