// npm run bench: build, index, page weight and search at 1,000 and 5,000 synthetic cases (and
// 20,000 with --large). Never touches content/: cases are generated into a temporary folder and
// the build reads it through CONTENT_DIR.
//
// Each size also builds the floor in the same run: a bare Astro 7 site (scripts/bench/bare/) with
// as many pages as the library's build, the same cases' titles, summaries and Markdown bodies in
// Chinese pages and their titles and summaries in English ones, indexed afterwards by the Pagefind
// CLI, as the Astro and Pagefind docs show. The library's build time is reported as a ratio to it.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { parseCommandLine, usageError } from './lib/cli.ts';

const USAGE = `Usage: npm run bench [-- --cases N] [--large] [--json FILE] [--keep]

Without --cases, runs N = 1000 and 5000 (and 20000 with --large) and prints a table.
--cases N     run one size only
--json FILE   also write the figures (one object per size, or one object with --cases) to FILE
--keep        keep the temporary content and dist folders (their path is printed)`;

// Both builds run on the project's Node directly (not through npm), so that the measured process
// tree is the build's own.
const PROJECT = path.resolve(import.meta.dirname, '..');
const ASTRO_BIN = path.join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PAGEFIND_BIN = path.join(PROJECT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
const BARE_ROOT = path.join(PROJECT, 'scripts', 'bench', 'bare');

const CLI = { name: 'bench', usage: USAGE, options: { cases: { type: 'string' }, large: { type: 'boolean' }, json: { type: 'string' }, keep: { type: 'boolean' } } } as const;
const { values: options } = parseCommandLine(CLI);
const single = options.cases;
if (single !== undefined && !/^\d+$/.test(single)) usageError(CLI, '--cases takes a whole number');
const sizes = single ? [Number(single)] : [1000, 5000, ...(options.large ? [20000] : [])];
// The project's modules, once the command line is known to be good (--help answers without them).
const { FACET_TABLE_FILE, VOCABULARY_FILE } = await import('../src/search/filters.ts');
const { readEntry } = await import('../src/entry/read-entry.ts');
const { generateSyntheticContent } = await import('./bench/synthetic-content.ts');

/**
 * Queries measured: names, phrases, common words, two terms, Traditional, Latin; then queries as
 * people type them (issue 12): three unsegmented multi-word queries, a pasted official title, pinyin
 * and an abbreviation; then what a case is about (issue 18): a concept (廉政 → 监督与审计), a
 * homophone typo (电炭地图), a question and English words.
 */
const WARM_QUERIES = [
  '惠云眼', '电碳地图', '数据共享', '大数据', '平台', '基层治理', '沈阳 监督', '數據共享', '5G',
  '武汉税务', '杭州人流管控', '湖北审计大数据', '国网湖北电力“电碳地图”助力湖北实现“双碳”目标', 'hui yun yan', '华科',
  '廉政', '电炭地图', '哪里用大数据管停车', 'power supply',
];

export interface BenchFigures {
  cases: number;
  buildSeconds: number;
  /** The bare Astro build plus the Pagefind CLI over its pages, in the same run (see above). */
  bareSeconds: number;
  bareAstroSeconds: number;
  barePagefindSeconds: number;
  /** buildSeconds / bareSeconds. */
  bareRatio: number;
  barePeakRssBytes: number;
  peakRssBytes: number;
  /** Cases per index shard and the memory budget it was chosen for (from the build log). */
  shardSize: number;
  shardBudget: string;
  secondsPerCase: number;
  distBytes: number;
  distFiles: number;
  indexBytes: number;
  /** Pagefind indexes the search page merges (see SEARCH_SHARD_SIZE). */
  indexShards: number;
  /** Pagefind's share: from the start of indexing (alongside the pages) to its files written. */
  indexSeconds: number;
  casePageHtmlCssGzipBytes: number;
  casePageJsGzipBytes: number;
  /** Median over WARM_QUERIES, each the first query of a fresh browser. */
  firstQueryBytes: number;
  firstQueryBytesMax: number;
  facetTableBytes: number;
  /** The suggestion vocabulary (gzip), fetched only when a query finds nothing. */
  vocabularyBytes: number;
  /** The search page's inline query data (segmentation words and synonyms, gzip). */
  inlineQueryDataBytes: number;
  /** Median over WARM_QUERIES, each run a second time. */
  warmQueryMs: number;
  warmQueryMsMax: number;
  queries: Record<string, { firstQueryBytes: number; warmQueryMs: number }>;
}

/** Run a command, sampling the RSS of its whole process tree (Pagefind runs as a child binary). */
function runMeasured(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): Promise<{ seconds: number; peakRss: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakRss = 0;
    const timer = setInterval(() => {
      peakRss = Math.max(peakRss, treeRss(child.pid!));
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} ${commandArgs.join(' ')} exited ${code}:\n${output.slice(-4000)}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakRss, output });
    });
  });
}

function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      rss.set(Number(name), Number(fields[21]) * 4096);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function folderStats(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else {
        bytes += stat.size;
        files++;
      }
    }
  };
  walk(folder);
  return { bytes, files };
}

/** HTML + CSS and JavaScript (gzip) that a case page makes the browser load. */
function casePageWeight(dist: string, id: string): { htmlCss: number; js: number } {
  const html = readFileSync(path.join(dist, 'cases', id, 'index.html'), 'utf8');
  const asset = (href: string) => gzipSync(readFileSync(path.join(dist, href.replace(/^\//, '')))).length;
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].reduce((sum, m) => sum + asset(m[1]), 0);
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].reduce((sum, m) => sum + asset(m[1]), 0);
  return { htmlCss: gzipSync(html).length + css, js };
}

interface SearchFigures {
  /** Per query of WARM_QUERIES, in a fresh browser: bytes until the results are shown. */
  firstQuery: number[];
  /** The facet table, fetched once the first results are shown. */
  facetTableBytes: number;
  warm: number[];
}

async function measureSearch(dist: string): Promise<SearchFigures> {
  // Bytes are counted where they are sent: Pagefind fetches from a worker, which the page's own
  // network events do not see. The search page, its CSS and script are the same on every page
  // and are not counted; the search machinery (Pagefind, index, fragments, converter) is.
  let queryBytes = 0;
  let facetTableBytes = 0;
  const server = await serveStatic(dist, '/', (pathname, bytes) => {
    if (pathname.endsWith(`/${FACET_TABLE_FILE}`)) facetTableBytes = bytes;
    else if (/\/pagefind(-\d+)?\/|chinese-script/.test(pathname)) queryBytes += bytes;
  });
  const browser = await launchBrowser();
  const statusDone = () => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? '');
  try {
    const firstQuery: number[] = [];
    for (const query of WARM_QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      queryBytes = 0;
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(statusDone, null, { timeout: 60_000 });
      firstQuery.push(queryBytes);
      await context.close();
    }

    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(WARM_QUERIES[0])}`);
    await page.waitForFunction(statusDone, null, { timeout: 60_000 });
    const timeQuery = (query: string) =>
      page.evaluate(
        (q) =>
          new Promise<number>((resolve) => {
            const status = document.getElementById('search-status')!;
            const input = document.getElementById('search-q') as HTMLInputElement;
            status.textContent = '';
            const started = performance.now();
            const observer = new MutationObserver(() => {
              if (/找到|没有找到/.test(status.textContent ?? '')) {
                observer.disconnect();
                resolve(performance.now() - started);
              }
            });
            observer.observe(status, { childList: true, characterData: true, subtree: true });
            input.value = q;
            document.getElementById('search-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
          }),
        query,
      );
    for (const query of WARM_QUERIES) await timeQuery(query); // load each query's index chunks once
    const warm: number[] = [];
    for (const query of WARM_QUERIES) warm.push(await timeQuery(query));
    return { firstQuery, facetTableBytes, warm };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The floor: the same cases as plain Markdown (title and summary in the front matter, the body as
 * written) for scripts/bench/bare/, which renders a Chinese page per case with its body, an English
 * page per case with its title and summary, and as many lists of 50 titles as make its page count
 * equal the library's; then the Pagefind CLI indexes every page.
 */
async function bareBuild(contentDir: string, scratch: string, pages: number): Promise<{ astro: number; pagefind: number; peakRss: number }> {
  const bareContent = path.join(scratch, 'bare-content');
  const bareDist = path.join(scratch, 'bare-dist');
  mkdirSync(bareContent);
  const casesDir = path.join(contentDir, 'cases');
  const caseFiles = readdirSync(casesDir).filter((name) => name.endsWith('.mdx'));
  for (const name of caseFiles) {
    const { data, body } = readEntry(readFileSync(path.join(casesDir, name), 'utf8'), '.mdx');
    const { title, summary } = data as { title: string; summary: string };
    writeFileSync(path.join(bareContent, name.replace(/\.mdx$/, '.md')), `---\n${JSON.stringify({ title, summary })}\n---\n${body}`);
  }
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    BARE_CONTENT_DIR: bareContent,
    BARE_CACHE_DIR: path.join(scratch, 'bare-astro-cache'),
    BARE_LIST_PAGES: String(Math.max(0, pages - 2 * caseFiles.length)),
  };
  const astro = await runMeasured(process.execPath, [ASTRO_BIN, 'build', '--root', BARE_ROOT, '--outDir', bareDist], env);
  const pagefind = await runMeasured(process.execPath, [PAGEFIND_BIN, '--site', bareDist], env);
  const built = countHtml(bareDist);
  if (built !== pages) throw new Error(`the bare build wrote ${built} pages, not ${pages}`);
  return { astro: astro.seconds, pagefind: pagefind.seconds, peakRss: Math.max(astro.peakRss, pagefind.peakRss) };
}

function countHtml(folder: string): number {
  let count = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) count++;
  return count;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function benchOnce(cases: number): Promise<BenchFigures> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), `case-library-bench-${cases}-`));
  const contentDir = path.join(scratch, 'content');
  const dist = path.join(scratch, 'dist');
  try {
    process.stderr.write(`\n[${cases}] generating cases… `);
    generateSyntheticContent(path.resolve('content'), contentDir, cases);
    process.stderr.write('building… ');
    const env = { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' };
    const build = await runMeasured(process.execPath, [ASTRO_BIN, 'build', '--outDir', dist], env);
    process.stderr.write(`${build.seconds.toFixed(1)} s; the bare floor… `);
    const pages = countHtml(dist);
    const bare = await bareBuild(contentDir, scratch, pages);
    const bareSeconds = bare.astro + bare.pagefind;
    process.stderr.write(`${bareSeconds.toFixed(1)} s; measuring search… `);
    const shards = /search index: (\d+) cases? per shard \(([^)]*)\)/.exec(build.output);
    const { bytes: distBytes, files: distFiles } = folderStats(dist);
    // Every index shard's folder (pagefind/, pagefind-2/, …) counts as index.
    const shardFolders = readdirSync(dist).filter((name) => /^pagefind(-\d+)?$/.test(name));
    const index = shardFolders
      .map((name) => folderStats(path.join(dist, name)))
      .reduce((sum, stats) => ({ bytes: sum.bytes + stats.bytes, files: sum.files + stats.files }), { bytes: 0, files: 0 });
    const weight = casePageWeight(dist, 'synthetic-case-1');
    const searchHtml = readFileSync(path.join(dist, 'search', 'index.html'), 'utf8');
    const inlineQueryData = [...searchHtml.matchAll(/data-(?:words|synonyms)="([^"]*)"/g)].map((m) => m[1]).join(' ');
    const vocabularyBytes = gzipSync(readFileSync(path.join(dist, 'pagefind', VOCABULARY_FILE))).length;
    const search = await measureSearch(dist);
    process.stderr.write('done\n');
    return {
      cases,
      buildSeconds: round(build.seconds, 1),
      bareSeconds: round(bareSeconds, 1),
      bareAstroSeconds: round(bare.astro, 1),
      barePagefindSeconds: round(bare.pagefind, 1),
      bareRatio: round(build.seconds / bareSeconds, 2),
      barePeakRssBytes: bare.peakRss,
      peakRssBytes: build.peakRss,
      shardSize: Number(shards?.[1] ?? NaN),
      shardBudget: shards?.[2] ?? '?',
      secondsPerCase: round(build.seconds / cases, 5),
      distBytes,
      distFiles,
      indexBytes: index.bytes,
      indexShards: shardFolders.length,
      // The log line (search-index.ts): "indexed 20000 cases in 4 shards, then the English index, in 540.2 s (alongside the pages)".
      indexSeconds: Number(/indexed \d+ cases.* in ([\d.]+) s \(alongside the pages\)/.exec(build.output)?.[1] ?? NaN),
      casePageHtmlCssGzipBytes: weight.htmlCss,
      casePageJsGzipBytes: weight.js,
      firstQueryBytes: median(search.firstQuery),
      firstQueryBytesMax: Math.max(...search.firstQuery),
      facetTableBytes: search.facetTableBytes,
      vocabularyBytes,
      inlineQueryDataBytes: gzipSync(inlineQueryData).length,
      warmQueryMs: round(median(search.warm), 1),
      warmQueryMsMax: round(Math.max(...search.warm), 1),
      queries: Object.fromEntries(WARM_QUERIES.map((query, i) => [query, { firstQueryBytes: search.firstQuery[i], warmQueryMs: round(search.warm[i], 1) }])),
    };
  } finally {
    if (options.keep) console.error(`kept ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const results: BenchFigures[] = [];
for (const size of sizes) results.push(await benchOnce(size));

const rows: Array<[string, (r: BenchFigures) => string]> = [
  ['build + index (wall)', (r) => `${r.buildSeconds} s`],
  ['bare Astro + Pagefind CLI, same pages (wall)', (r) => `${r.bareSeconds} s (${r.bareAstroSeconds} + ${r.barePagefindSeconds})`],
  ['build time / bare build', (r) => `${r.bareRatio.toFixed(2)}×`],
  ['time per case', (r) => `${(r.secondsPerCase * 1000).toFixed(2)} ms`],
  ['peak RSS (process tree)', (r) => mib(r.peakRssBytes)],
  ['peak RSS of the bare build', (r) => mib(r.barePeakRssBytes)],
  ['cases per index shard (memory budget)', (r) => `${r.shardSize} (${r.shardBudget})`],
  ['dist/ size', (r) => mib(r.distBytes)],
  ['dist/ files', (r) => String(r.distFiles)],
  ['search index size', (r) => `${mib(r.indexBytes)}${r.indexShards > 1 ? ` in ${r.indexShards} shards` : ''}`],
  ['search indexing time (beside the pages)', (r) => `${r.indexSeconds} s`],
  ['case page HTML+CSS (gzip)', (r) => kib(r.casePageHtmlCssGzipBytes)],
  ['case page JS (gzip)', (r) => `${r.casePageJsGzipBytes} B`],
  ['first query transfer, median', (r) => kib(r.firstQueryBytes)],
  ['first query transfer, largest', (r) => kib(r.firstQueryBytesMax)],
  ['facet table (after the results)', (r) => kib(r.facetTableBytes)],
  ['suggestion vocabulary (only when nothing is found)', (r) => kib(r.vocabularyBytes)],
  ['inline query data in the search page (words, synonyms)', (r) => kib(r.inlineQueryDataBytes)],
  ['warm query, median', (r) => `${r.warmQueryMs} ms`],
  ['warm query, slowest', (r) => `${r.warmQueryMsMax} ms`],
];
console.log(`\n| measure | ${results.map((r) => `${r.cases} cases`).join(' | ')} |`);
console.log(`|---|${results.map(() => '---').join('|')}|`);
for (const [label, format] of rows) console.log(`| ${label} | ${results.map(format).join(' | ')} |`);
for (const r of results) {
  console.log(`\n${r.cases} cases, per query (first-query transfer, warm time): ${Object.entries(r.queries).map(([q, f]) => `${q} ${kib(f.firstQueryBytes)} ${f.warmQueryMs} ms`).join('; ')}`);
}
console.log(`\nmachine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${mib(os.totalmem())} RAM, Node ${process.version}`);

const jsonFile = options.json;
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(single ? results[0] : results, null, 2)}\n`);
