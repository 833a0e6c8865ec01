// One Pagefind index written from the cases' records (several cases to an index page in the
// Chinese index: search/index-pages.ts), its page IDs read back from what Pagefind wrote, and each
// case's card. Used by the index worker (index-worker.ts) for each shard of the Chinese index and
// for the English index, each in a Pagefind process of its own.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { CaseEntry, Library } from '../library/library.ts';
import { cardPath, casesPerIndexPage, INDEX_CHUNK_SIZE, pageContent, SPAN_UNIT, type RepeatedWords } from '../search/index-pages.ts';
import { pageIdOfFile, parseFragment } from '../search/pagefind.ts';
import { caseSearchRecord, type SearchRecord } from '../search/records.ts';
import type { SearchIndexLanguage } from '../search/filters.ts';

/** What one shard's index holds, in page order. */
export interface IndexedShard {
  /** Every case's filters (for the facet table), in table order. */
  filters: Array<SearchRecord['filters']>;
  /** Pagefind's page IDs. */
  pages: string[];
  /** Cases on each page. */
  counts: number[];
  /** Each case's span in SPAN_UNIT positions. */
  spans: number[];
}

/**
 * Index `cases` into `outputPath`, in a Pagefind process started for it and ended after, and
 * write each case's card into `cardFolder` (by its position in the table, the first being
 * `firstPosition`) as soon as its page is added, so that no record's text is kept. Where
 * `repeats` is given, common words' repeats are indexed in their repeat form (the cards keep the
 * text as it is).
 */
export async function indexShard(library: Library, bodyTexts: Map<string, string>, cases: CaseEntry[], outputPath: string, language: SearchIndexLanguage, cardFolder: string, firstPosition: number, repeats?: RepeatedWords): Promise<IndexedShard> {
  const fail = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
  };
  const shard: IndexedShard = { filters: [], pages: [], counts: [], spans: [] };
  const urls: string[] = [];
  const expectedWords: number[] = [];
  // The Pagefind process reads its chunk size from the environment it is started with.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({});
  try {
    fail('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const perPage = casesPerIndexPage(language);
    for (let start = 0; start < cases.length; start += perPage) {
      const records = cases.slice(start, start + perPage).map((entry) => caseSearchRecord(library, entry, bodyTexts.get(entry.id) ?? '', language));
      const { content, spans } = pageContent(records.map((record) => (repeats ? repeats.mark(record.content.split(' ')) : record.content.split(' '))));
      const url = `/search-index/${language}/${urls.length}/`;
      const response = await index.addCustomRecord({ url, content, language });
      fail(`addCustomRecord(${records.map((record) => record.url).join(', ')})`, response.errors);
      records.forEach(({ url, content, meta, filters }, k) => {
        writeFileSync(cardPath(cardFolder, firstPosition + start + k), gzipSync(JSON.stringify({ url, content, meta })));
        shard.filters.push(filters);
      });
      shard.spans.push(...spans);
      shard.counts.push(records.length);
      urls.push(url);
      expectedWords.push(spans.reduce((sum, span) => sum + span * SPAN_UNIT, 0));
    }
    const written = await index.writeFiles({ outputPath });
    fail('writeFiles', written.errors);
  } finally {
    // Ends the Pagefind process, and with it the shard's memory.
    await pagefind.close();
  }
  const written = writtenPages(outputPath);
  urls.forEach((url, k) => {
    const page = written.get(url);
    if (!page) throw new Error(`Pagefind wrote no page for ${url}`);
    // The search page finds a case by counting word positions: Pagefind must count them as the
    // page was laid out (a Pagefind 1.6 behaviour, checked here on every build).
    if (page.wordCount !== expectedWords[k]) throw new Error(`Pagefind counted ${page.wordCount} words on index page ${url}, not ${expectedWords[k]}: the search page could not tell its cases apart`);
    shard.pages.push(page.id);
  });
  return shard;
}

/**
 * Pagefind's page IDs and word counts by URL, read back from the fragments it wrote (gzip of
 * "pagefind_dcd" and the page's JSON: a Pagefind 1.6 detail, pinned with the package and covered
 * by the search tests).
 */
export function writtenPages(pagefindDir: string): Map<string, { id: string; wordCount: number }> {
  const pages = new Map<string, { id: string; wordCount: number }>();
  const folder = path.join(pagefindDir, 'fragment');
  for (const name of readdirSync(folder)) {
    const id = pageIdOfFile(name);
    if (!id) continue;
    const fragment = parseFragment(gunzipSync(readFileSync(path.join(folder, name))).toString('utf8'));
    pages.set(fragment.url, { id, wordCount: fragment.word_count });
  }
  return pages;
}

/**
 * The English index is written beside Astro's pages and finishes well before them (docs/search.md),
 * so it runs at a lower priority (nice 10) than the pages' thread and the citation worker, which
 * are the build's critical path: on two cores it takes the time they leave, not time they need.
 * This changes only the order in which the work gets a processor. The index worker lowers its own
 * thread (pid 0: on Linux a thread's priority is its own) before it starts Pagefind, whose process
 * inherits it. Where the system refuses, nothing changes.
 */
export function yieldToPages(pids: number[] = [0]): void {
  for (const pid of pids) {
    try {
      os.setPriority(pid, INDEX_NICENESS);
    } catch {
      // not allowed here: the index runs at the build's own priority
    }
  }
}

const INDEX_NICENESS = 10;
