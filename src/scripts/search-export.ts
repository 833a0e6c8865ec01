// Builds and saves an export of search results (loaded on the first click of an export button).
// Fetches only the shards that hold the results, a few at a time, and keeps only their rows.
import { compareShard } from '../library/compare.ts';
import { EXPORT_FORMATS, EXPORT_LIMIT, exportText, resolveCaseIds, type ExportFormat, type ExportIndex, type ExportShard } from '../search/export.ts';
import { href } from '../library/urls.ts';
import { saveFile } from './download.ts';

/** Shards fetched at the same time. */
const PARALLEL_FETCHES = 4;

export async function exportResults(resultIds: string[], format: ExportFormat, onProgress: (done: number, total: number) => void): Promise<{ count: number }> {
  const index = await fetchJson<ExportIndex>(href('/search/export/index.json'));
  // The search page hands over its result IDs: positions in the title order of index.caseIds.
  const wanted = resolveCaseIds(resultIds.slice(0, EXPORT_LIMIT), index.caseIds);
  const byShard = new Map<number, string[]>();
  for (const id of wanted) {
    const shard = compareShard(id, index.shardCount);
    byShard.set(shard, [...(byShard.get(shard) ?? []), id]);
  }
  const rows = new Map<string, ExportShard[string]>();
  const queue = [...byShard.keys()];
  let done = 0;
  const worker = async () => {
    for (let shard = queue.shift(); shard !== undefined; shard = queue.shift()) {
      const data = await fetchJson<ExportShard>(href(`/search/export/${shard}.json`));
      for (const id of byShard.get(shard)!) if (data[id]) rows.set(id, data[id]);
      onProgress(++done, byShard.size);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FETCHES, queue.length) }, worker));
  const ordered = wanted.filter((id) => rows.has(id)).map((id) => rows.get(id)!);
  const { extension, type } = EXPORT_FORMATS[format];
  saveFile(exportText(format, index.columns, ordered), `search-results.${extension}`, type);
  return { count: ordered.length };
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}
