// The worker thread that writes the English search index (pagefind-en/) for search-index.ts, in a
// Pagefind process of its own, while the Chinese index is written in the main thread's: on two
// cores the English index no longer waits for the Chinese one. It builds the query layer from the
// content gate's entries (passed in, not read again) and answers with its staging folder and its
// facet table (its own page IDs), or with the error that stopped it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { libraryOf } from '../library/load-library.ts';
import { facetTable } from '../search/facets.ts';
import { FACET_TABLE_FILE, SEARCH_LANGUAGE_EN } from '../search/filters.ts';
import type { ValidEntries } from '../validation/index.ts';
import { indexShard, pageIdsByUrl } from './search-index-shard.ts';

export interface EnglishIndexRequest {
  contentDir: string;
  entries: ValidEntries;
}

export type EnglishIndexAnswer = { staging: string } | { error: string };

const { contentDir, entries } = workerData as EnglishIndexRequest;
const staging = mkdtempSync(path.join(os.tmpdir(), 'case-library-pagefind-en-'));
let answer: EnglishIndexAnswer;
try {
  const { library, bodyTexts } = libraryOf(contentDir, entries);
  // The English records carry no body, so this index is small; its process is not pinned.
  const records = await indexShard(library, bodyTexts, library.cases, staging, SEARCH_LANGUAGE_EN, false);
  const years = library.cases.map((entry) => library.caseYear(entry));
  writeFileSync(path.join(staging, FACET_TABLE_FILE), JSON.stringify(facetTable(records, years, pageIdsByUrl(staging), [0])));
  answer = { staging };
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  answer = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
parentPort!.postMessage(answer);
