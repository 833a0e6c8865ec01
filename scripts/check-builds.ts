// Three build-level gates, from two builds:
//  1. reproducible: a second build of the same commit is byte-identical to dist/;
//  2. base path: a build under a sub-path (as GitHub Pages serves project sites) has no broken
//     internal link, and its search and compare picker work in Chromium;
//  3. sharded search: a build under the base path whose search index is split into shards (as a
//     library larger than one index's shard size is) passes the whole search test file.
// Gates 2 and 3 share one build, under the base path with a sharded index: the shard size changes
// only the search index folders (no page, link or compare data), so the link check and the compare
// picker prove what they proved on a base-path build with one index, and search under the base path
// is proven by the whole search test file instead of one query. Not proven any more: fetching a
// result's text from a single index under a base path (search-page.ts takes another line for one
// shard than for several; the browser tests run that line on dist/, at the root). The builds run
// one after another: concurrent builds share Astro's content cache and spoil each other's pages.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PAGE_TABLE_FILE, type PageTable } from '../src/search/index-pages.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { parseCommandLine } from './lib/cli.ts';

/** Small enough that the real content is split into three shards. */
const SHARD_SIZE = 20;
/**
 * Low enough that the real content's common words are indexed with their repeats apart, as a
 * large library's are (search/index-pages.ts, RepeatedWords), so that the search tests check
 * exact phrases made of repeats.
 */
const REPEAT_THRESHOLD = 20;

const USAGE = `Usage: node scripts/check-builds.ts [--base /sub-path/]

Rebuilds the site twice into temporary folders: once as dist/ was built (must be byte-identical to
dist/); once under the base path (default /zhili-anli-ku/) with the search index split into shards
of ${SHARD_SIZE} cases and common words' repeats indexed apart after ${REPEAT_THRESHOLD} occurrences,
which must pass the link check, a search and compare smoke test in Chromium,
and tests/browser/search.test.ts. Run after npm run build.`;

const { values: options } = parseCommandLine({ name: 'check-builds', usage: USAGE, options: { base: { type: 'string' } } });
const base = options.base ?? '/zhili-anli-ku/';
const dist = path.resolve('dist');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'case-library-builds-'));
const problems: string[] = [];

/** Seconds since `start` (a performance.now()), for the lines that say where the time went. */
const secondsSince = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

/** Build the site into `outDir`; returns how long it took. */
function build(outDir: string, env: Record<string, string> = {}): string {
  const start = performance.now();
  const result = spawnSync('astro', ['build', '--outDir', outDir], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return secondsSince(start);
}

function fingerprint(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(path.relative(folder, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(folder);
  return files;
}

try {
  const again = path.join(scratch, 'again');
  const againTime = build(again);
  const [first, second] = [fingerprint(dist), fingerprint(again)];
  for (const [file, hash] of first) {
    if (!second.has(file)) problems.push(`reproducible: ${file} is missing from the second build`);
    else if (second.get(file) !== hash) problems.push(`reproducible: ${file} differs between two builds`);
  }
  for (const file of second.keys()) if (!first.has(file)) problems.push(`reproducible: ${file} appears only in the second build`);
  console.log(`reproducible: ${first.size} files compared (build ${againTime})`);

  // Under the base path, with shards: each shard's URLs must respect the base path too.
  const based = path.join(scratch, 'based');
  const basedTime = build(based, { BASE_PATH: base, SEARCH_SHARD_SIZE: String(SHARD_SIZE), SEARCH_REPEAT_THRESHOLD: String(REPEAT_THRESHOLD) });
  const { repeated } = JSON.parse(readFileSync(path.join(based, 'pagefind', PAGE_TABLE_FILE), 'utf8')) as PageTable;
  console.log(`base path ${base}, index in shards of ${SHARD_SIZE} cases, ${repeated.length} words with repeats apart: built in ${basedTime}`);
  if (repeated.length === 0) problems.push(`repeats: with SEARCH_REPEAT_THRESHOLD=${REPEAT_THRESHOLD}, no word's repeats were indexed apart`);
  const links = spawnSync('node', ['scripts/check-dist.ts', '--dist', based, '--base', base, '--skip-html'], { encoding: 'utf8' });
  if (links.status !== 0) problems.push(`base path ${base}: link check failed:\n${links.stderr}`);
  else console.log(`base path ${base}: ${links.stdout.trim()}`);

  const smokeStart = performance.now();
  const server = await serveStatic(based, base);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('惠云眼')}`);
    await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 20_000 });
    const hrefs = await page.$$eval('#search-results h2 a', (links) => links.map((a) => a.getAttribute('href')));
    if (hrefs.length !== 1 || !hrefs[0]?.startsWith(`${base}cases/`)) problems.push(`base path ${base}: search for 惠云眼 gave ${JSON.stringify(hrefs)}`);
    await page.goto(`${server.url}compare/?cases=huizhou-huiyun-eye,sgcc-hubei-carbon-map`);
    await page.waitForSelector('#compare-table table', { timeout: 20_000 });
    console.log(`base path ${base}: search and compare picker work (${secondsSince(smokeStart)})`);
  } finally {
    await browser.close();
    await server.close();
  }

  const testsStart = performance.now();
  const tests = spawnSync('vitest', ['run', '--config', 'vitest.browser.config.ts', 'tests/browser/search.test.ts'], {
    env: { ...process.env, DIST_DIR: based, BASE_PATH: base },
    encoding: 'utf8',
  });
  const shards = readdirSync(based).filter((name) => /^pagefind(-\d+)?$/.test(name)).length;
  if (shards < 2) problems.push(`sharded search index: the build under ${base} has ${shards} index shard, not several`);
  if (tests.status !== 0) problems.push(`sharded search index: tests/browser/search.test.ts failed:\n${tests.stdout.slice(-6000)}\n${tests.stderr.slice(-2000)}`);
  else console.log(`sharded search index (${shards} shards): the search tests pass (${secondsSince(testsStart)})`);
} catch (error) {
  problems.push((error as Error).message);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

for (const problem of problems) console.error(problem);
process.exit(problems.length === 0 ? 0 : 1);
