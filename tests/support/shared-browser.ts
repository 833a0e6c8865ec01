// vitest globalSetup of the browser tests: one Chromium and one static server of dist/ for the
// whole run, shared by every test file (useSite() in site.ts connects to them), and axe-core's
// script at a URL of its own (axe.ts). A browser of its
// own per file cost each file about four seconds on a 2-core machine: the launch, and a first page
// that waits while the new browser sets itself up (fonts among other things).
import type { TestProject } from 'vitest/node';
import { serveAxe } from './axe.ts';
import { launchBrowserServer } from './browser.ts';
import { DIST } from './site.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where useSite() connects to the shared Chromium (playwright-core's browserType.connect). */
    browserEndpoint: string;
    /** The shared static server: the site's root URL, base path included. */
    siteUrl: string;
    /** axe-core's script (axe.ts). */
    axeUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The browser first: when it cannot start, no server is left open to keep vitest from exiting.
  const browser = await launchBrowserServer();
  const server = await serveStatic(process.env.DIST_DIR ?? DIST, process.env.BASE_PATH ?? '/');
  const axe = await serveAxe();
  project.provide('browserEndpoint', browser.wsEndpoint());
  project.provide('siteUrl', server.url);
  project.provide('axeUrl', axe.url);
  return async () => {
    await browser.close();
    await server.close();
    await axe.close();
  };
}
