// Astro integration: builds the Pagefind index from custom records (one per case; see
// search/records.ts) with Pagefind's Node API, and fails the build on any Pagefind error.
// `npm run build` therefore always leaves a complete index in dist/pagefind/.
//
// The records come from the content, not from the rendered pages, so indexing starts as soon as the
// content gate has validated the entries (at config:setup, with the gate's entries: nothing is read
// twice) and runs in Pagefind's own process while Astro syncs its content and renders pages. The
// Chinese index, the build's longest task at 5,000 cases, runs in one Pagefind process pinned to
// one processor (pagefind-affinity.ts); the English index runs at the same time in a worker
// thread with a Pagefind process of its own (english-index-worker.ts). Both are written to staging
// folders and moved into dist/ when the pages are done, with the search pages' facet tables, the
// suggestion names and the readings for typo correction. Where the time goes: docs/search.md.
//
// It decides the number of index shards when the build is configured, from the size of the case
// files and a memory budget (search/shards.ts), says so in the build log, and hands the number
// to the search page as virtual:case-library/search-index.
import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { Settings } from '../config.ts';
import { libraryOf } from '../library/load-library.ts';
import { facetTable } from '../search/facets.ts';
import { ENGLISH_INDEX_FOLDER, FACET_TABLE_FILE, READINGS_FILE, SEARCH_LANGUAGE, shardFolder, VOCABULARY_FILE } from '../search/filters.ts';
import type { SearchRecord } from '../search/records.ts';
import { planShards } from '../search/shards.ts';
import { readingTable, suggestionNames } from '../search/vocabulary.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import { formatProblem, validateContentOnce, type ValidEntries } from '../validation/index.ts';
import type { EnglishIndexAnswer, EnglishIndexRequest } from './english-index-worker.ts';
import { indexShard, pageIdsByUrl } from './search-index-shard.ts';
import { virtualModule } from './virtual-module.ts';

interface BuiltIndex {
  /** Each finished staging folder and the folder of dist/ it becomes (pagefind/, …, pagefind-en/). */
  folders: Array<{ staging: string; target: string }>;
  cases: number;
  shards: number;
  seconds: number;
}

export function searchIndex(contentDir: string, settings: Settings['searchIndex']): AstroIntegration {
  let indexing: Promise<BuiltIndex> | undefined;
  return {
    name: 'case-library:search-index',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        // Every case file is an entry (the content gate fails the build otherwise).
        const { folder, extension } = COLLECTIONS.cases;
        const caseFolder = path.resolve(contentDir, folder);
        const caseFiles = readdirSync(caseFolder).filter((file) => file.endsWith(extension));
        const bytes = caseFiles.reduce((sum, file) => sum + statSync(path.join(caseFolder, file)).size, 0);
        const plan = planShards(caseFiles.length, bytes, settings.memoryMiB, settings.shardSize);
        updateConfig({ vite: { plugins: [virtualModule('virtual:case-library/search-index', { shardCount: plan.shards })] } });
        if (command !== 'build') return;
        logger.info(`search index: ${plan.shardSize} cases per shard (${plan.basis}, about ${plan.estimateMiB} MiB for Pagefind's indexer): ${plan.shards} shard${plan.shards > 1 ? 's' : ''} for ${caseFiles.length} cases`);
        // The content gate, configured before this integration, has validated the content: this is
        // its result, kept for the process. Had it found problems, the build would have stopped there.
        const { problems, entries } = validateContentOnce(contentDir);
        if (problems.length > 0) throw new Error(`content has problems:\n${problems.map(formatProblem).join('\n')}`);
        indexing = buildIndex(path.resolve(contentDir), plan.shards, entries);
        // Astro may fail before build:done; the error is reported there, never as an unhandled rejection.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexing) throw new Error('the search index was never started');
        const { folders, cases, shards, seconds } = await indexing;
        const site = fileURLToPath(dir);
        try {
          for (const { staging, target } of folders) {
            rmSync(path.join(site, target), { recursive: true, force: true });
            moveFolder(staging, path.join(site, target));
          }
        } finally {
          for (const { staging } of folders) rmSync(staging, { recursive: true, force: true });
        }
        logger.info(`indexed ${cases} cases${shards > 1 ? ` in ${shards} shards` : ''} in ${seconds.toFixed(1)} s (alongside the pages)`);
      },
    },
  };
}

/**
 * Index the cases in title order (Pagefind numbers pages in the order they are added, and the
 * facet table follows it), one Pagefind process per shard in turn, so that memory is bounded by
 * the shard size; the English index at the same time in a worker thread.
 */
async function buildIndex(contentDir: string, shardCount: number, entries: ValidEntries): Promise<BuiltIndex> {
  const started = performance.now();
  const english = englishIndex({ contentDir, entries });
  // Its failure is reported when it is awaited below, not as an unhandled rejection meanwhile.
  english.catch(() => {});
  const folders: BuiltIndex['folders'] = [];
  try {
    const { library, bodyTexts } = libraryOf(contentDir, entries);
    const perShard = Math.ceil(library.cases.length / shardCount);
    const shardStarts = Array.from({ length: shardCount }, (_, k) => k * perShard);
    const records: SearchRecord[] = [];
    for (const [k, start] of shardStarts.entries()) {
      const staging = mkdtempSync(path.join(os.tmpdir(), 'case-library-pagefind-'));
      folders.push({ staging, target: shardFolder(k) });
      records.push(...(await indexShard(library, bodyTexts, library.cases.slice(start, start + perShard), staging, SEARCH_LANGUAGE, true)));
    }
    const years = library.cases.map((entry) => library.caseYear(entry));
    const pageIds = new Map(folders.flatMap(({ staging }) => [...pageIdsByUrl(staging)]));
    const vocabulary = suggestionNames(library);
    // Readings for typo correction (电炭地图 → 电碳地图), fetched only when a query finds nothing.
    const extras = { [VOCABULARY_FILE]: JSON.stringify(vocabulary), [READINGS_FILE]: JSON.stringify(readingTable(vocabulary)) };
    const first = folders[0].staging;
    writeFileSync(path.join(first, FACET_TABLE_FILE), JSON.stringify(facetTable(records, years, pageIds, shardStarts)));
    // The English page's index has its own facet table (written by its worker) and copies of the
    // names and readings, so the Chinese page never loads any of it.
    const englishStaging = await english;
    folders.push({ staging: englishStaging, target: ENGLISH_INDEX_FOLDER });
    for (const [file, text] of Object.entries(extras)) for (const folder of [first, englishStaging]) writeFileSync(path.join(folder, file), text);
    return { folders, cases: library.cases.length, shards: shardCount, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    for (const { staging } of folders) rmSync(staging, { recursive: true, force: true });
    // The English index's folder, if it was written, is not kept either.
    await english.then((staging) => rmSync(staging, { recursive: true, force: true }), () => {});
    throw error;
  }
}

/** The English index, written by english-index-worker.ts; resolves to its staging folder. */
function englishIndex(request: EnglishIndexRequest): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./english-index-worker.ts', import.meta.url), { workerData: request });
    // A build that fails elsewhere is not kept waiting for the index.
    worker.unref();
    worker.once('message', (answer: EnglishIndexAnswer) => ('staging' in answer ? resolve(answer.staging) : reject(new Error(`the English search index could not be built: ${answer.error}`))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the English search index's worker stopped (exit code ${code}) before it answered`)));
  });
}

/** Rename when the staging folder is on the same file system as dist/, copy otherwise. */
function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
  }
}

