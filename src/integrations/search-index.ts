// Astro integration: builds the Pagefind index from custom records (one per case; see
// lib/search-records.ts) with Pagefind's Node API, and fails the build on any Pagefind error.
// `npm run build` therefore always leaves a complete index in dist/pagefind/.
//
// The records come from the content, not from the rendered pages, so indexing starts when the
// build starts and runs in Pagefind's own process while Astro renders pages: on two cores the
// index costs little extra wall time. (Starting earlier, at config:setup, measured no faster: it
// then competes with Astro's content sync.) It is written to staging folders and moved into
// dist/ when the pages are done, together with the search page's facet table (case-facets.json).
//
// It decides the number of index shards when the build is configured, from the size of the case
// files and a memory budget (lib/search-shards.ts), says so in the build log, and hands the number
// to the search page as virtual:case-library/search-index.
import { closeSync, cpSync, mkdtempSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib, { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadLibrary } from '../library/load-library.ts';
import { facetTable } from '../search/facets.ts';
import type { CaseEntry, Library } from '../library/library.ts';
import { caseSearchRecord, type SearchRecord } from '../search/records.ts';
import { planShards } from '../search/shards.ts';
import type { Settings } from '../config.ts';
import { ENGLISH_INDEX_FOLDER, FACET_TABLE_FILE, READINGS_FILE, SEARCH_LANGUAGE, SEARCH_LANGUAGE_EN, shardFolder, VOCABULARY_FILE, type SearchIndexLanguage } from '../search/filters.ts';
import { fragmentUrl, pageIdOfFile } from '../search/pagefind.ts';
import { readingTable, suggestionNames } from '../search/vocabulary.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import { pinPagefindService } from './pagefind-affinity.ts';
import { virtualModule } from './virtual-module.ts';

interface BuiltIndex {
  /** One staging folder per shard, in shard order. */
  staging: string[];
  records: SearchRecord[];
  years: Array<number | undefined>;
  shardStarts: number[];
  /** The suggestion names (lib/search-vocabulary.ts). */
  vocabulary: string[];
  /** The English index (language en, one folder) and its records, in the same case order. */
  english: { staging: string; records: SearchRecord[] };
  seconds: number;
}

export function searchIndex(contentDir: string, settings: Settings['searchIndex']): AstroIntegration {
  let indexing: Promise<BuiltIndex> | undefined;
  let shardCount = 1;
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
        shardCount = plan.shards;
        if (command === 'build') {
          logger.info(`search index: ${plan.shardSize} cases per shard (${plan.basis}, about ${plan.estimateMiB} MiB for Pagefind's indexer): ${plan.shards} shard${plan.shards > 1 ? 's' : ''} for ${caseFiles.length} cases`);
        }
        updateConfig({ vite: { plugins: [virtualModule('virtual:case-library/search-index', { shardCount })] } });
      },
      'astro:build:start': () => {
        indexing = buildIndex(contentDir, shardCount);
        // Astro may fail before build:done; the error is reported there, never as an unhandled rejection.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexing) throw new Error('the search index was never started');
        const { staging, records, years, shardStarts, vocabulary, english, seconds } = await indexing;
        const site = fileURLToPath(dir);
        try {
          const pageIds = new Map<string, string>();
          staging.forEach((folder, k) => {
            const target = path.join(site, shardFolder(k));
            rmSync(target, { recursive: true, force: true });
            moveFolder(folder, target);
            for (const [url, id] of pageIdsByUrl(target)) pageIds.set(url, id);
          });
          const table = facetTable(records, years, pageIds, shardStarts);
          writeFileSync(path.join(site, shardFolder(0), FACET_TABLE_FILE), JSON.stringify(table));
          writeFileSync(path.join(site, shardFolder(0), VOCABULARY_FILE), JSON.stringify(vocabulary));
          // Readings for typo correction (电炭地图 → 电碳地图), fetched only when a query finds nothing.
          const readings = JSON.stringify(readingTable(vocabulary));
          writeFileSync(path.join(site, shardFolder(0), READINGS_FILE), readings);
          // The English page's index: its own folder, facet table (its page IDs) and copies of the
          // names and readings, so the Chinese page never loads any of it.
          const englishTarget = path.join(site, ENGLISH_INDEX_FOLDER);
          rmSync(englishTarget, { recursive: true, force: true });
          moveFolder(english.staging, englishTarget);
          const englishTable = facetTable(english.records, years, pageIdsByUrl(englishTarget), [0]);
          writeFileSync(path.join(englishTarget, FACET_TABLE_FILE), JSON.stringify(englishTable));
          writeFileSync(path.join(englishTarget, VOCABULARY_FILE), JSON.stringify(vocabulary));
          writeFileSync(path.join(englishTarget, READINGS_FILE), readings);
        } finally {
          for (const folder of [...staging, english.staging]) rmSync(folder, { recursive: true, force: true });
        }
        const shards = staging.length > 1 ? ` in ${staging.length} shards` : '';
        logger.info(`indexed ${records.length} cases${shards} in ${seconds.toFixed(1)} s (alongside the pages)`);
      },
    },
  };
}

/**
 * Index the cases in title order (Pagefind numbers pages in the order they are added, and the
 * facet table follows it), one Pagefind process per shard in turn, so that memory is bounded by
 * the shard size.
 */
async function buildIndex(contentDir: string, shardCount: number): Promise<BuiltIndex> {
  const started = performance.now();
  const { library, bodyTexts } = loadLibrary(path.resolve(contentDir));
  const perShard = Math.ceil(library.cases.length / shardCount);
  const shardStarts = Array.from({ length: shardCount }, (_, k) => k * perShard);
  const records: SearchRecord[] = [];
  const staging: string[] = [];
  const englishStaging = mkdtempSync(path.join(os.tmpdir(), 'case-library-pagefind-en-'));
  let englishRecords: SearchRecord[];
  try {
    for (const start of shardStarts) {
      const folder = mkdtempSync(path.join(os.tmpdir(), 'case-library-pagefind-'));
      staging.push(folder);
      records.push(...(await indexShard(library, bodyTexts, library.cases.slice(start, start + perShard), folder, SEARCH_LANGUAGE)));
    }
    englishRecords = await indexShard(library, bodyTexts, library.cases, englishStaging, SEARCH_LANGUAGE_EN);
  } catch (error) {
    for (const folder of [...staging, englishStaging]) rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const years = library.cases.map((entry) => library.caseYear(entry));
  return { staging, records, years, shardStarts, vocabulary: suggestionNames(library), english: { staging: englishStaging, records: englishRecords }, seconds: (performance.now() - started) / 1000 };
}

async function indexShard(library: Library, bodyTexts: Map<string, string>, cases: CaseEntry[], outputPath: string, language: SearchIndexLanguage): Promise<SearchRecord[]> {
  const fail = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
  };
  const records: SearchRecord[] = [];
  const { index, errors } = await pagefind.createIndex({});
  try {
    fail('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    pinPagefindService();
    // Records go to the Pagefind process in batches, not one round trip at a time; building a
    // batch between round trips leaves the event loop to Astro's rendering.
    const BATCH = 64;
    for (let start = 0; start < cases.length; start += BATCH) {
      const batch = cases.slice(start, start + BATCH).map((entry) => caseSearchRecord(library, entry, bodyTexts.get(entry.id) ?? '', language));
      records.push(...batch);
      const responses = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
      responses.forEach((response, i) => fail(`addCustomRecord(${batch[i].url})`, response.errors));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const written = await index.writeFiles({ outputPath });
    fail('writeFiles', written.errors);
  } finally {
    // Ends the Pagefind process, and with it the shard's memory.
    await pagefind.close();
  }
  return records;
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

/**
 * Pagefind's page IDs by URL, read back from the fragments it wrote: gzip of "pagefind_dcd" and
 * the page's JSON, which starts with its URL (a Pagefind 1.6 detail, pinned with the package and
 * covered by the search tests). Only each file's first kilobyte is inflated.
 */
function pageIdsByUrl(pagefindDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  const folder = path.join(pagefindDir, 'fragment');
  const head = Buffer.alloc(1024);
  for (const name of readdirSync(folder)) {
    const id = pageIdOfFile(name);
    if (!id) continue;
    const file = openSync(path.join(folder, name), 'r');
    let length: number;
    try {
      length = readSync(file, head, 0, head.length, 0);
    } finally {
      closeSync(file);
    }
    const url = fragmentUrl(gunzipSync(head.subarray(0, length), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('utf8'));
    if (!url) throw new Error(`unexpected Pagefind fragment format in ${name}`);
    ids.set(url, id);
  }
  return ids;
}
