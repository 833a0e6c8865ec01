// The worker thread that writes one language's search index for search-index.ts: the Chinese index
// (its shards one after another, each in a Pagefind process of its own) or the English one
// (pagefind-en/). Both run in worker threads, beside Astro's rendering on the main thread, and
// the two languages share this one module. (Building the Chinese records here rather than between
// Astro's tasks changed the 5,000-case build little: 172.4 s → 169.9 s; docs/search.md.)
//
// It builds the query layer from the content gate's entries (passed in, not read again) and writes,
// into the first folder, the page table, the cards and the facet table (search/index-pages.ts,
// search/facets.ts) and, for the Chinese index, the suggestion names and the reading table. It
// answers with its staging folders, or with the error that stopped it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { libraryOf } from '../library/load-library.ts';
import { facetTable } from '../search/facets.ts';
import { correctionParts } from '../search/concepts.ts';
import { CORRECTION_FOLDER, FACET_TABLE_FILE, READINGS_FILE, SEARCH_LANGUAGE, VOCABULARY_FILE, type SearchIndexLanguage } from '../search/filters.ts';
import { cardPath, PAGE_TABLE_FILE, REPEAT_SAMPLE_STRIDE, REPEAT_THRESHOLD, RepeatedWords, SPAN_UNIT, type PageTable } from '../search/index-pages.ts';
import { caseSearchRecord } from '../search/records.ts';
import { readingTable, suggestionNames } from '../search/vocabulary.ts';
import type { ValidEntries } from '../validation/index.ts';
import { indexShard, yieldToPages, type IndexedShard } from './search-index-shard.ts';

export interface IndexRequest {
  contentDir: string;
  entries: ValidEntries;
  language: SearchIndexLanguage;
  /** Shards to split the cases into (the English index is always one). */
  shards: number;
  /**
   * Occurrences after which a word's repeats take their repeat form (search/index-pages.ts; the
   * Chinese index only); by default REPEAT_THRESHOLD.
   */
  repeatThreshold: number | undefined;
}

export type IndexAnswer = { folders: string[]; cases: number } | { error: string };

const { contentDir, entries, language, shards, repeatThreshold } = workerData as IndexRequest;
const post = (answer: IndexAnswer) => parentPort!.postMessage(answer);
// The English index (written after the Chinese one) gives way to the pages: this thread and the
// Pagefind process it starts, which inherits its priority. The Chinese index keeps the build's
// priority: it holds the most memory, and the sooner it is written the lower the build's peak.
if (language !== SEARCH_LANGUAGE) yieldToPages();
const folders: string[] = [];
try {
  const { library, bodyTexts } = libraryOf(contentDir, entries);
  const chinese = language === SEARCH_LANGUAGE;
  // Cases in title order (the facet table, the page table and the cards follow it), cut into
  // shards of equal size.
  const perShard = Math.ceil(library.cases.length / shards);
  const indexed: IndexedShard[] = [];
  // The English index has one case to a page, and Pagefind's quoted search of a word gives its
  // first occurrence there: it keeps its words as they are.
  const repeats = chinese
    ? RepeatedWords.fromSample(
        library.cases.filter((_, k) => k % REPEAT_SAMPLE_STRIDE === 0).map((entry) => caseSearchRecord(library, entry, bodyTexts.get(entry.id) ?? '', language).content.split(' ')),
        REPEAT_SAMPLE_STRIDE,
        repeatThreshold ?? REPEAT_THRESHOLD,
      )
    : undefined;
  for (let k = 0; k < shards; k++) {
    const start = k * perShard;
    const staging = mkdtempSync(path.join(os.tmpdir(), `case-library-pagefind-${chinese ? 'zh' : 'en'}-`));
    folders.push(staging);
    // The cards are all in the first folder.
    if (k === 0) mkdirSync(path.dirname(cardPath(`${staging}/`, 0)));
    indexed.push(await indexShard(library, bodyTexts, library.cases.slice(start, start + perShard), staging, language, `${folders[0]}/`, start, repeats));
  }
  const pages = indexed.flatMap((shard) => shard.pages);
  // The search page tells shards' pages apart by their IDs alone (it merges the shards).
  const seen = new Set<string>();
  const twice = pages.find((id) => seen.has(id) || !seen.add(id));
  if (twice) throw new Error(`two index pages have the Pagefind ID ${twice}; set SEARCH_SHARD_SIZE to another size`);
  const table: PageTable = { pages, counts: indexed.flatMap((shard) => shard.counts), spans: indexed.flatMap((shard) => shard.spans), unit: SPAN_UNIT, repeated: repeats?.words() ?? [] };
  writeFileSync(path.join(folders[0], PAGE_TABLE_FILE), JSON.stringify(table));
  const years = library.cases.map((entry) => library.caseYear(entry));
  writeFileSync(path.join(folders[0], FACET_TABLE_FILE), JSON.stringify(facetTable(indexed.flatMap((shard) => shard.filters.map((filters) => ({ filters }))), years)));
  if (chinese) {
    // Names for "did you mean", and readings and the names' parts for typo correction (电炭地图 →
    // 电碳地图), fetched only when a query finds nothing; search-index.ts copies them to the English index.
    const vocabulary = suggestionNames(library);
    writeFileSync(path.join(folders[0], VOCABULARY_FILE), JSON.stringify(vocabulary));
    writeFileSync(path.join(folders[0], READINGS_FILE), JSON.stringify(readingTable(vocabulary)));
    mkdirSync(path.join(folders[0], CORRECTION_FOLDER));
    for (const [file, names] of correctionParts(vocabulary)) writeFileSync(path.join(folders[0], CORRECTION_FOLDER, file), JSON.stringify(names));
  }
  post({ folders, cases: library.cases.length });
} catch (error) {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  post({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
