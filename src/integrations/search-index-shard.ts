// One Pagefind index written from custom records, and the page IDs read back from what it wrote:
// used by the index worker (index-worker.ts) for each shard of the Chinese index and for the
// English index, each in a Pagefind process of its own.
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import zlib, { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { CaseEntry, Library } from '../library/library.ts';
import { fragmentUrl, pageIdOfFile } from '../search/pagefind.ts';
import { caseSearchRecord, type SearchRecord } from '../search/records.ts';
import type { SearchIndexLanguage } from '../search/filters.ts';

/** Index `cases` into `outputPath`, in a Pagefind process started for it and ended after. */
export async function indexShard(library: Library, bodyTexts: Map<string, string>, cases: CaseEntry[], outputPath: string, language: SearchIndexLanguage): Promise<SearchRecord[]> {
  const fail = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
  };
  const records: SearchRecord[] = [];
  const { index, errors } = await pagefind.createIndex({});
  try {
    fail('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    // Records go to the Pagefind process in batches, not one round trip at a time.
    const BATCH = 64;
    for (let start = 0; start < cases.length; start += BATCH) {
      const batch = cases.slice(start, start + BATCH).map((entry) => caseSearchRecord(library, entry, bodyTexts.get(entry.id) ?? '', language));
      records.push(...batch);
      const responses = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
      responses.forEach((response, i) => fail(`addCustomRecord(${batch[i].url})`, response.errors));
    }
    const written = await index.writeFiles({ outputPath });
    fail('writeFiles', written.errors);
  } finally {
    // Ends the Pagefind process, and with it the shard's memory.
    await pagefind.close();
  }
  return records;
}

/**
 * Pagefind's page IDs by URL, read back from the fragments it wrote: gzip of "pagefind_dcd" and
 * the page's JSON, which starts with its URL (a Pagefind 1.6 detail, pinned with the package and
 * covered by the search tests). Only each file's first kilobyte is inflated.
 */
export function pageIdsByUrl(pagefindDir: string): Map<string, string> {
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
