// npm run editor:screenshots: takes the web editor screenshots that CONTRIBUTING.md shows
// (docs/images/editor-*.png), in Chromium against dist/, with decap-server writing into a
// temporary copy of the content. Run after npm run build when the editor's look changes.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { parseCommandLine } from './lib/cli.ts';

const USAGE = `Usage: npm run editor:screenshots

Writes docs/images/editor-*.png from the built site in dist/ (run npm run build first). Needs
Chromium (CHROMIUM_PATH) and a free port on 127.0.0.1 for decap-server.`;

parseCommandLine({ name: 'editor:screenshots', usage: USAGE, options: {} });

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'docs/images');
mkdirSync(out, { recursive: true });
const repo = mkdtempSync(path.join(os.tmpdir(), 'case-library-screenshots-'));
cpSync(path.join(root, 'content'), path.join(repo, 'content'), { recursive: true });
const port = 20_000 + Math.floor(Math.random() * 20_000);
const server = spawn(process.execPath, [path.join(root, 'node_modules/decap-server/dist/index.js')], {
  cwd: repo,
  env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
  stdio: 'ignore',
});
const site = await serveStatic(path.join(root, 'dist'));
const browser = await launchBrowser();
try {
  for (let tries = 0; ; tries++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' }).then((r) => r.ok, () => false);
    if (ok) break;
    if (tries > 100) throw new Error('decap-server did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const shot = (name: string) => page.screenshot({ path: path.join(out, `editor-${name}.png`) });

  // GitHub mode: what an editor without a clone sees first.
  await page.goto(`${site.url}admin/`);
  await page.getByRole('button', { name: /GitHub/ }).waitFor();
  await shot('github-login');

  // Local mode.
  await page.goto(`${site.url}admin/?local_backend=${port}`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('蔡甸区税务局').first().waitFor();
  await shot('collections');

  await page.locator('a[href$="/collections/cases/new"]').click();
  await page.getByLabel(/^编号（文件名/).fill('wuchang-grid-example');
  await page.getByLabel('标题', { exact: true }).fill('武昌区网格化治理示例');
  await shot('new-case');

  const region = page.getByLabel('地区');
  await region.scrollIntoViewIfNeeded();
  await region.click();
  await region.fill('武汉');
  await page.getByRole('option').first().waitFor();
  await shot('region');
  await page.keyboard.press('Escape');

  const addAward = page.getByText(/获奖与入选$/).filter({ hasText: /^(Add|新增)/ });
  await addAward.scrollIntoViewIfNeeded();
  await addAward.click();
  await page.getByRole('menuitem').first().waitFor();
  await shot('award');
  console.log(`wrote ${path.relative(root, out)}/editor-{github-login,collections,new-case,region,award}.png`);
} finally {
  await browser.close();
  await site.close();
  server.kill();
  rmSync(repo, { recursive: true, force: true });
}
