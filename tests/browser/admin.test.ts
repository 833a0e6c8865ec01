// The web editor at /admin/ on the built site, in its local mode: decap-server writes into a
// temporary copy of the content. A case created through the form must pass `npm run validate`
// unchanged and appear in a build of that content. Any request to a host other than this machine,
// and any Content-Security-Policy violation, fails the test.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { caseSchema } from '../../src/schemas/case.ts';
import { axeViolations } from '../support/axe.ts';
import { cspViolations, DIST, useSite } from '../support/site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const site = useSite();
const NEW_ID = 'editor-test-grid-platform';
const TITLE = '网格化治理平台在线编辑测试案例';
const TODAY = new Date().toISOString().slice(0, 10);

let repo: string;
let server: ChildProcess;
let port: number;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

beforeAll(async () => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'case-library-editor-'));
  cpSync(path.join(ROOT, 'content'), path.join(repo, 'content'), { recursive: true });
  port = await freePort();
  server = spawn(process.execPath, [path.join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  // Ready when it answers the editor's first request.
  for (let tries = 0; ; tries++) {
    const answer = await fetch(`http://127.0.0.1:${port}/api/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    }).then((r) => r.json() as Promise<{ type?: string }>, () => undefined);
    if (answer?.type === 'local_fs') break;
    if (tries > 100 || server.exitCode !== null) throw new Error(`decap-server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

afterAll(() => {
  server?.kill();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

/** A page that refuses (and records) every request leaving this machine and records CSP violations. */
async function guardedPage(): Promise<{ page: Page; foreign: string[]; violations: () => Promise<string[]> }> {
  const page = await site.page();
  const foreign: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (['127.0.0.1', 'localhost'].includes(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    foreign.push(url.href);
    return route.abort('blockedbyclient');
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspSeen: string[] }).cspSeen = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`));
  });
  const violations = async () => [
    ...(await page.evaluate(() => (window as unknown as { cspSeen: string[] }).cspSeen)),
    ...(cspViolations.get(page) ?? []),
  ];
  return { page, foreign, violations };
}

/** Open the editor in local mode (against the temporary copy) and log in. */
async function openEditor(page: Page, route = ''): Promise<void> {
  await page.goto(site.url(`/admin/?local_backend=${port}${route}`));
  await page.getByRole('button', { name: '登录' }).click();
}

function validateCopy(): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/validate.ts'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: path.join(repo, 'content') },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Choose an option in a Decap select or relation field (react-select) by typing part of its label. */
async function choose(page: Page, label: string | RegExp, text: string, option: string | RegExp = text): Promise<void> {
  // An optional field's label ends in “ (可选)”.
  const input = page.getByLabel(typeof label === 'string' ? new RegExp(`^${label}(?: \\(可选\\))?$`) : label).last();
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

describe('the web editor at /admin/', () => {
  it('creates a case through the form that validates unchanged and builds into a page', async () => {
    const { page, foreign, violations } = await guardedPage();
    page.setDefaultTimeout(45_000); // a hang guard: the editor's 5 MB bundle loads slowly on a busy 2-core machine
    await openEditor(page);
    await page.locator('a[href$="/collections/cases/new"]').click();

    await page.getByLabel(/^编号（文件名/).fill(NEW_ID);
    await page.getByLabel('标题', { exact: true }).fill(TITLE);
    await page.getByLabel('摘要', { exact: true }).fill('武汉市武昌区以网格化平台汇集基层事件，这是编辑器测试写入的摘要。');

    await page.getByRole('button', { name: /新增主体单位/ }).click();
    await page.getByLabel('名称', { exact: true }).fill('武汉市武昌区委政法委');
    await choose(page, '单位类型', '党政', '党政机关');
    await choose(page, '角色', '牵头');

    // The region select lists the tree with full paths; the district is found under its city.
    await choose(page, '地区', '武昌', '湖北省 › 武汉市 › 武昌区');
    await choose(page, '层级', '区县');
    await choose(page, '领域', '基层', /基层治理/);

    // One item type per award edition: choosing the edition offers exactly its categories.
    await page.getByText(/获奖与入选$/).filter({ hasText: /^(Add|新增)/ }).click();
    await page.getByRole('menuitem', { name: /首批城市全域数字化转型典型案例$/ }).click();
    await choose(page, '类别', '典型', '典型案例');
    await page.getByLabel(/^名单所列标题/).fill('“网格化治理平台”测试标题');
    await page.getByText(/新增名单所列单位/).click();
    await page.getByLabel(/^名单所列单位/).last().fill('武汉市武昌区委政法委');

    await choose(page, /^来源$/, '楚治', /揭晓并颁奖/);
    await choose(page, '完整度', '简目');
    await page.getByLabel('最近核对日期').fill(TODAY);
    await page.locator('[contenteditable="true"]').click();
    await page.keyboard.type('这是编辑器测试写入的正文。');

    await page.getByRole('button', { name: '发布' }).click();
    await page.getByRole('menuitem', { name: '立即发布' }).click();

    const file = path.join(repo, 'content/cases', `${NEW_ID}.mdx`);
    await expect.poll(() => existsSync(file), { timeout: 45_000 }).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(new RegExp(`^---\\ntitle: ${TITLE}\\nsummary: `));
    expect(text).not.toMatch(/^id:/m);
    // The English group was left blank: the form saves a case without English (Decap would refuse
    // while an optional object's fields are required, decap-cms#7748) and writes no `en:`.
    expect(text).not.toMatch(/^en:/m);
    // Front matter keys come in the schema's order (fields left empty are left out).
    const keys = [...text.split('---')[1].matchAll(/^([a-zA-Z]+):/gm)].map((m) => m[1]);
    expect(keys).toEqual(Object.keys(caseSchema.shape).filter((key) => keys.includes(key)));
    expect(keys).toEqual(expect.arrayContaining(['title', 'organisations', 'region', 'domains', 'awards', 'sources', 'lastReviewed']));
    expect(text).toMatch(/---\n\n这是编辑器测试写入的正文。\n$/);
    expect(text).toContain('region: wuchang\n');
    expect(text).toContain('  - edition: city-digital-transformation-2024-first\n    category: 典型案例\n    listedTitle: “网格化治理平台”测试标题\n    listedOrganisations: [武汉市武昌区委政法委]\n');

    const validate = validateCopy();
    expect(validate.status, validate.output).toBe(0);

    const outDir = path.join(repo, 'dist');
    const build = spawnSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: path.join(repo, 'content') },
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    const casePage = readFileSync(path.join(outDir, 'cases', NEW_ID, 'index.html'), 'utf8');
    expect(casePage).toContain(`<h1>${TITLE}</h1>`);
    expect(casePage).toContain('典型案例');

    expect(foreign, 'requests to other hosts').toEqual([]);
    expect(await violations(), 'CSP violations').toEqual([]);
  }, 180_000);

  it('edits an existing case from its 在线编辑 link: the ID stays, comments stay, the file stays valid', async () => {
    const { page, foreign, violations } = await guardedPage();
    page.setDefaultTimeout(45_000); // a hang guard: the editor's 5 MB bundle loads slowly on a busy 2-core machine
    const id = 'huizhou-huiyun-eye';
    const file = path.join(repo, 'content/cases', `${id}.mdx`);
    const before = readFileSync(file, 'utf8');
    // The case page's link opens this entry's form.
    await page.goto(site.url(`/cases/${id}/`));
    const link = await page.getByRole('link', { name: '在线编辑' }).getAttribute('href');
    expect(link).toBe(`/admin/#/collections/cases/entries/${id}`);
    await openEditor(page, link!.slice('/admin/'.length));
    const idField = page.getByLabel(/^编号（文件名/);
    await expect.poll(() => idField.inputValue(), { timeout: 45_000 }).toBe(id);
    expect(await idField.getAttribute('readonly')).not.toBeNull();

    const summary = page.getByLabel('摘要', { exact: true });
    await expect.poll(() => summary.inputValue(), { timeout: 45_000 }).toContain('惠云眼');
    await summary.fill(`${await summary.inputValue()}（经在线编辑核对）`);
    await page.getByRole('button', { name: '发布' }).click();
    await page.getByRole('menuitem', { name: '立即发布' }).click();
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 45_000 }).toContain('（经在线编辑核对）');

    const after = readFileSync(file, 'utf8');
    const body = (text: string) => text.split(/^---$/m).slice(2).join('---').trim();
    expect(body(after)).toBe(body(before));
    // Only the edited line changed: comments and the rest of the front matter are as written.
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed, changed.join('\n')).toHaveLength(1);
    expect(changed[0]).toMatch(/^summary: .*（经在线编辑核对）'?$/);
    expect(after).not.toMatch(/^id:/m);
    const validate = validateCopy();
    expect(validate.status, validate.output).toBe(0);
    expect(foreign).toEqual([]);
    expect(await violations()).toEqual([]);
  }, 120_000);

  it('is left out of the sitemap and search engines, and content pages never load the editor', async () => {
    const sitemap = readdirSync(DIST).filter((name) => /^sitemap.*\.xml$/.test(name)).map((name) => readFileSync(path.join(DIST, name), 'utf8')).join('\n');
    expect(sitemap).toContain('/cases/');
    expect(sitemap).not.toContain('/admin/');
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url('/admin/'));
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex, nofollow');
    // Search indexes case records only: a phrase that appears on the editor's page finds nothing.
    const search = await site.page();
    await search.goto(site.url('/search/'));
    // (A string, so that the test runner leaves the page's own dynamic import alone.)
    const urls: string[] = await search.evaluate(`(async () => {
      const pagefind = await import(new URL('../pagefind/pagefind.js', location.href).href);
      const found = await pagefind.search('在线编辑');
      return Promise.all(found.results.map(async (r) => (await r.data()).url));
    })()`);
    expect(urls.filter((url) => url.includes('/admin/'))).toEqual([]);
    for (const sitePath of ['/', '/cases/wuchang-pingan-index/', '/search/']) {
      await page.goto(site.url(sitePath));
      const scripts = await page.$$eval('script[src]', (list) => list.map((s) => s.getAttribute('src') ?? ''));
      expect(scripts.filter((src) => /decap|admin/.test(src)), sitePath).toEqual([]);
    }
  });

  it('has an accessible page shell (axe, WCAG 2.2 A and AA) before the editor takes over', async () => {
    const page = await site.page({ bypassCSP: true });
    // The shell as a reader without the editor's scripts sees it; axe itself is injected.
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(site.url('/admin/'));
    const violations = (await axeViolations(page)).map((v) => v.id);
    expect(violations).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  });
});
