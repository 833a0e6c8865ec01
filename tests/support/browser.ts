// Launches the system's Chromium or Chrome through playwright-core (never a downloaded browser):
// CHROMIUM_PATH or the usual install locations, found by the same module `npm test` provisions with.
// playwright-core is imported when a browser is asked for, not with this module: the scripts that
// import it (bench, check-builds, editor-screenshots) then answer --help without loading it (about
// two thirds of a second of CPU, on every start).
import type { Browser, BrowserServer } from 'playwright-core';
import { findSystemTool } from '../../scripts/lib/system-tools.ts';

const playwright = () => import('playwright-core');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await playwright();
  return chromium.launch({ executablePath: findSystemTool('browser'), args: FLAGS });
}

/** The same browser as a server that test files connect to (tests/support/shared-browser.ts). */
export async function launchBrowserServer(): Promise<BrowserServer> {
  const { chromium } = await playwright();
  return chromium.launchServer({ executablePath: findSystemTool('browser'), args: FLAGS });
}

/** Connect to a browser started by launchBrowserServer(). */
export async function connectBrowser(endpoint: string): Promise<Browser> {
  const { chromium } = await playwright();
  return chromium.connect(endpoint);
}
