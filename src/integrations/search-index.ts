// Astro integration: builds the Pagefind index from custom records (one per case; see
// search/records.ts) with Pagefind's Node API, and fails the build on any Pagefind error.
// `npm run build` therefore always leaves a complete index in dist/pagefind/.
//
// The records come from the content, not from the rendered pages, so indexing starts as soon as the
// content gate has validated the entries (at config:setup, with the gate's entries: nothing is read
// twice) and runs while Astro syncs its content and renders pages: each index in a worker thread
// (index-worker.ts) with a Pagefind process of its own. Both are written to staging folders and
// moved into dist/ when the pages are done, with the search pages' facet tables, the suggestion
// names and the readings for typo correction. Where the time goes: docs/search.md.
//
// It decides the number of index shards when the build is configured, from the size of the case
// files and a memory budget (search/shards.ts), says so in the build log, and hands the number
// to the search page as virtual:case-library/search-index.
import { copyFileSync, cpSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { Settings } from '../config.ts';
import { CORRECTION_FOLDER, ENGLISH_INDEX_FOLDER, READINGS_FILE, SEARCH_LANGUAGE, SEARCH_LANGUAGE_EN, shardFolder, VOCABULARY_FILE } from '../search/filters.ts';
import { planShards } from '../search/shards.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import { formatProblem, validateContentOnce, type ValidEntries } from '../validation/index.ts';
import type { IndexAnswer, IndexRequest } from './index-worker.ts';
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
        indexing = buildIndex(path.resolve(contentDir), plan.shards, entries, settings.repeatThreshold);
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
        logger.info(`indexed ${cases} cases${shards > 1 ? ` in ${shards} shards` : ''}, then the English index, in ${seconds.toFixed(1)} s (alongside the pages)`);
      },
    },
  };
}

/**
 * The Chinese index (its shards one after another, so that memory is bounded by the shard size),
 * then the English index, each in a worker thread (index-worker.ts): one Pagefind process at a
 * time, as the budget assumes. Both together take less time than Astro's pages
 * (docs/search.md), so writing them one after the other costs the build no time.
 */
async function buildIndex(contentDir: string, shardCount: number, entries: ValidEntries, repeatThreshold: number | undefined): Promise<BuiltIndex> {
  const started = performance.now();
  const chineseIndex = () => indexInWorker({ contentDir, entries, language: SEARCH_LANGUAGE, shards: shardCount, repeatThreshold });
  const englishIndex = () => indexInWorker({ contentDir, entries, language: SEARCH_LANGUAGE_EN, shards: 1, repeatThreshold });
  const [chinese, english] = await oneAfterAnother(chineseIndex, englishIndex);
  if (chinese.status === 'rejected' || english.status === 'rejected') {
    // A worker that failed removed its own folders; the other one's are not kept either.
    for (const result of [chinese, english]) if (result.status === 'fulfilled') for (const folder of result.value.folders) rmSync(folder, { recursive: true, force: true });
    throw chinese.status === 'rejected' ? chinese.reason : (english as PromiseRejectedResult).reason;
  }
  const [englishStaging] = english.value.folders;
  // The English page's index has its own facet table (written by its worker) and copies of the
  // names and readings, so the Chinese page never loads any of it.
  for (const file of [VOCABULARY_FILE, READINGS_FILE]) copyFileSync(path.join(chinese.value.folders[0], file), path.join(englishStaging, file));
  cpSync(path.join(chinese.value.folders[0], CORRECTION_FOLDER), path.join(englishStaging, CORRECTION_FOLDER), { recursive: true });
  const folders = [...chinese.value.folders.map((staging, k) => ({ staging, target: shardFolder(k) })), { staging: englishStaging, target: ENGLISH_INDEX_FOLDER }];
  return { folders, cases: chinese.value.cases, shards: shardCount, seconds: (performance.now() - started) / 1000 };
}

/** `first`, then `second` unless `first` failed (then both are its failure), settled like Promise.allSettled. */
async function oneAfterAnother<T>(first: () => Promise<T>, second: () => Promise<T>): Promise<[PromiseSettledResult<T>, PromiseSettledResult<T>]> {
  const [firstResult] = await Promise.allSettled([first()]);
  const [secondResult] = firstResult.status === 'fulfilled' ? await Promise.allSettled([second()]) : [firstResult];
  return [firstResult, secondResult];
}

/** One language's index, written by index-worker.ts; resolves to its staging folders. */
function indexInWorker(request: IndexRequest): Promise<{ folders: string[]; cases: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./index-worker.ts', import.meta.url), { workerData: request });
    // A build that fails elsewhere is not kept waiting for the index.
    worker.unref();
    worker.once('message', (answer: IndexAnswer) => {
      if ('folders' in answer) resolve(answer);
      else reject(new Error(`the ${request.language === SEARCH_LANGUAGE ? 'Chinese' : 'English'} search index could not be built: ${answer.error}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the search index's worker stopped (exit code ${code}) before it answered`)));
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

