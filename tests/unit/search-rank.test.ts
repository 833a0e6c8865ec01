// Ranking and relaxation (lib/search-rank.ts).
import { describe, expect, it } from 'vitest';
import { MIN_COVERAGE, rankCases, unionResults } from '../../src/search/rank.ts';
import { BODY_START, NAME_SPAN } from '../../src/search/text.ts';

const name = 3;
const meta = NAME_SPAN + 5;
const body = BODY_START + 5;

describe('rankCases, all needs (AND)', () => {
  it('keeps only cases with every need', () => {
    const ranked = rankCases([2, 2], [[{ id: 'a', words: [body] }, { id: 'b', words: [body] }], [{ id: 'b', words: [body] }]], 'all');
    expect(ranked.map((r) => r.id)).toEqual(['b']);
  });

  it('puts a case whose names hold every need first, then by field score, then position, then Pagefind order', () => {
    const ranked = rankCases(
      [2, 3],
      [
        [{ id: 'body', words: [body] }, { id: 'meta', words: [meta] }, { id: 'name', words: [name + 40] }, { id: 'mixed', words: [name] }, { id: 'late', words: [body + 500] }],
        [{ id: 'body', words: [body + 1] }, { id: 'meta', words: [meta + 1] }, { id: 'name', words: [name + 41] }, { id: 'mixed', words: [body] }, { id: 'late', words: [body + 501] }],
      ],
      'all',
    );
    // mixed: 2 × name + 3 × body = 9; meta: (2 + 3) × meta = 10.
    expect(ranked.map((r) => r.id)).toEqual(['name', 'meta', 'mixed', 'body', 'late']);
    expect(ranked[0].allInNames).toBe(true);
  });

  it('breaks ties by the order Pagefind returned', () => {
    expect(rankCases([2], [[{ id: 'x', words: [body] }, { id: 'y', words: [body] }]], 'all').map((r) => r.id)).toEqual(['x', 'y']);
  });
});

describe('rankCases, partial (relaxation)', () => {
  const perNeed = [
    [{ id: 'most', words: [body] }, { id: 'one', words: [body] }],
    [{ id: 'most', words: [body] }],
    [{ id: 'most', words: [body] }, { id: 'two', words: [meta] }],
    [{ id: 'two', words: [meta] }],
  ];
  it('ranks by how much of the query a case covers, and drops cases below the threshold', () => {
    const ranked = rankCases([2, 2, 2, 2], perNeed, 'partial');
    expect(ranked.map((r) => [r.id, r.coverage])).toEqual([['most', 0.75]]);
    expect(ranked[0].found).toEqual([true, true, true, false]);
    expect(MIN_COVERAGE).toBeGreaterThan(0.5);
  });

  it('needs both of two equal words: one place name is not a match', () => {
    expect(rankCases([2, 2], [[{ id: 'a', words: [body] }], []], 'partial')).toEqual([]);
    expect(rankCases([2, 4], [[], [{ id: 'a', words: [body] }]], 'partial').map((r) => r.id)).toEqual(['a']);
  });

  it('counts a shortened word by what was found, against the whole query', () => {
    // 恩施加油站: 恩施 (2) found, 加油站 (3) only as 加油 (2): 4 of 5.
    const ranked = rankCases([2, 2], [[{ id: 'a', words: [body] }], [{ id: 'a', words: [body] }]], 'partial', [2, 3]);
    expect(ranked[0].coverage).toBeCloseTo(0.8);
  });

  it('finds nothing when no need matches', () => {
    expect(rankCases([2, 2, 2], [[], [], []], 'partial')).toEqual([]);
  });
});

describe('unionResults', () => {
  it('merges alternatives, keeping each case’s earliest match', () => {
    expect(unionResults([[{ id: 'a', words: [body, 2000] }], [{ id: 'a', words: [meta] }, { id: 'b', words: [name] }]])).toEqual([
      { id: 'a', words: [meta] },
      { id: 'b', words: [name] },
    ]);
  });
});
