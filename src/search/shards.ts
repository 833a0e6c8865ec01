// How many cases one search index (shard) holds: chosen from a memory budget for Pagefind's
// indexer, not a fixed count. Pagefind keeps every record's words and positions in memory until it
// writes the index, so its peak grows with the text it is given, which the case files' size
// measures well (bodies are most of both). Measured on the benchmark's cases, 32 cases to an index
// page (search/index-pages.ts; docs/search.md, "Index pages"): about 160 MiB for the process and
// 41 bytes per byte of case file (145 when every case was a page of its own).

/** Pagefind's indexer with no records (MiB). */
export const INDEXER_BASE_MIB = 160;
/** Its peak memory per byte of case file (bytes). */
export const INDEXER_BYTES_PER_CONTENT_BYTE = 42;
/**
 * The default budget for one shard (SEARCH_INDEX_MEMORY): a 5,000-case library stays one index
 * (about 1.2 GiB), a 20,000-case one is two, so that the whole build stays under 8 GiB beside
 * Astro's own 4–5 GiB at that size.
 */
export const DEFAULT_INDEX_MEMORY_MIB = 3072;

export interface ShardPlan {
  /** Most cases per shard. */
  shardSize: number;
  shards: number;
  /** Pagefind's estimated peak for the largest shard (MiB). */
  estimateMiB: number;
  /** What decided the size, for the build log. */
  basis: string;
}

/** How many index shards a library of `cases` cases gets, at most `shardSize` cases each. */
export function searchShardCount(cases: number, shardSize: number): number {
  return Math.max(1, Math.ceil(cases / shardSize));
}

/**
 * The shard size for cases whose files have `caseFileBytes` bytes in all: as many cases as fit the
 * budget at their average size, or a fixed `shardSize` where one is set (SEARCH_SHARD_SIZE).
 */
export function planShards(cases: number, caseFileBytes: number, budgetMiB: number, fixedShardSize?: number): ShardPlan {
  const averageBytes = cases > 0 ? caseFileBytes / cases : 0;
  const estimate = (size: number) => Math.round(INDEXER_BASE_MIB + (Math.min(size, cases) * averageBytes * INDEXER_BYTES_PER_CONTENT_BYTE) / 2 ** 20);
  const perCaseMiB = (averageBytes * INDEXER_BYTES_PER_CONTENT_BYTE) / 2 ** 20;
  const shardSize = fixedShardSize ?? Math.max(1, perCaseMiB > 0 ? Math.floor((budgetMiB - INDEXER_BASE_MIB) / perCaseMiB) : Number.MAX_SAFE_INTEGER);
  const basis = fixedShardSize ? `SEARCH_SHARD_SIZE=${fixedShardSize}` : `memory budget ${budgetMiB} MiB`;
  return { shardSize, shards: searchShardCount(cases, shardSize), estimateMiB: estimate(shardSize), basis };
}
