// Shard sizes chosen from a memory budget for Pagefind's indexer (src/search/shards.ts).
import { describe, expect, it } from 'vitest';
import { INDEXER_BASE_MIB, INDEXER_BYTES_PER_CONTENT_BYTE, planShards } from '../../src/search/shards.ts';

const MiB = 2 ** 20;
/** Cases of `kib` KiB each: the benchmark's synthetic cases are about 5.3 KiB. */
const library = (cases: number, kib: number) => [cases, cases * kib * 1024] as const;

describe('planShards', () => {
  it('keeps a library that fits the budget in one index', () => {
    const plan = planShards(...library(50, 6), 4096);
    expect(plan.shards).toBe(1);
    expect(plan.basis).toBe('memory budget 4096 MiB');
    // 50 cases of 6 KiB: well under the budget.
    expect(plan.estimateMiB).toBe(Math.round(INDEXER_BASE_MIB + (50 * 6 * 1024 * INDEXER_BYTES_PER_CONTENT_BYTE) / MiB));
  });

  it('splits a library that does not fit, and every shard fits the budget', () => {
    for (const [cases, kib, budget] of [[5000, 5.3, 1024], [20_000, 5.3, 4096], [20_000, 12, 2048], [7, 800, 300]] as const) {
      const plan = planShards(...library(cases, kib), budget);
      expect(plan.shards).toBeGreaterThan(1);
      expect(plan.estimateMiB).toBeLessThanOrEqual(budget);
      // One case more per shard would no longer fit.
      expect(INDEXER_BASE_MIB + ((plan.shardSize + 1) * kib * 1024 * INDEXER_BYTES_PER_CONTENT_BYTE) / MiB).toBeGreaterThan(budget);
      expect(plan.shards).toBe(Math.ceil(cases / plan.shardSize));
    }
  });

  it('gives larger cases smaller shards under the same budget', () => {
    expect(planShards(...library(20_000, 10), 2048).shardSize).toBeLessThan(planShards(...library(20_000, 5), 2048).shardSize);
  });

  it('never plans an empty shard, even when one case alone is over the budget', () => {
    const plan = planShards(...library(3, 4000), 200);
    expect(plan.shardSize).toBe(1);
    expect(plan.shards).toBe(3);
  });

  it('uses a fixed shard size where SEARCH_SHARD_SIZE sets one', () => {
    const plan = planShards(...library(5000, 5.3), 4096, 1700);
    expect(plan).toMatchObject({ shardSize: 1700, shards: 3, basis: 'SEARCH_SHARD_SIZE=1700' });
  });

  it('handles an empty library', () => {
    expect(planShards(0, 0, 4096)).toMatchObject({ shards: 1, estimateMiB: INDEXER_BASE_MIB });
  });
});
