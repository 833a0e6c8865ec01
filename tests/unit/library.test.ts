import { describe, expect, it } from 'vitest';
import { comparisonRows, parseCompareSelection } from '../../src/library/compare.ts';
import { CASE_ORDERS, sortCases } from '../../src/library/case-order.ts';
import { Library } from '../../src/library/library.ts';
import { fixtureLibrary } from '../support/library-fixture.ts';

const library = fixtureLibrary();

describe('award groupings', () => {
  it('groups an edition\'s winners under its categories, in the edition\'s order', () => {
    const groups = library.editionWinners('prize-2022');
    expect(groups.map((g) => g.category.name)).toEqual(['政务服务组十佳', '优秀案例']);
    expect(groups.map((g) => g.cases.map((c) => c.id))).toEqual([['alpha-index'], ['beta-audit']]);
  });

  it('lists the awards of a year by programme and edition', () => {
    expect(library.awardYears()).toEqual([2022]);
    const [group] = library.awardsInYear(2022);
    expect(group.programme.id).toBe('prize');
    expect(group.editions.map((e) => e.edition.id)).toEqual(['prize-2022']);
    expect(library.awardsInYear(2021)).toEqual([]);
  });
});

describe('regions', () => {
  it('rolls case counts up the region tree', () => {
    const [hubei] = library.regionTree();
    expect(hubei.term.id).toBe('hubei');
    expect(hubei.count).toBe(2);
    const [wuhan] = hubei.children;
    expect(wuhan.count).toBe(2);
    expect(wuhan.children.map((c) => [c.term.id, c.count])).toEqual([['wuchang', 1], ['jianghan', 1]]);
  });

  it('includes sub-regions in a region term\'s cases', () => {
    expect(library.casesWithTerm('region', 'wuhan').map((c) => c.id).sort()).toEqual(['alpha-index', 'beta-audit']);
    expect(library.casesWithTerm('region', 'wuchang').map((c) => c.id)).toEqual(['alpha-index']);
  });

  it('gives a region path from province down, without the country', () => {
    expect(library.regionPath('wuchang').map((t) => t.label)).toEqual(['湖北省', '武汉市', '武昌区']);
  });
});

describe('related cases', () => {
  it('ranks cases that share more terms first and never includes the case itself', () => {
    const alpha = library.caseById('alpha-index')!;
    const related = library.relatedCases(alpha);
    expect(related.map((c) => c.id)).toEqual(['beta-audit']);
  });
});

describe('comparison tables', () => {
  const cases = [library.caseById('alpha-index')!, library.caseById('beta-audit')!];

  it('aligns metrics by label and unit, one row per metric', () => {
    const metricRows = comparisonRows(library, cases).filter((r) => r.kind === 'metric');
    expect(metricRows).toHaveLength(1);
    expect(metricRows[0].label).toBe('覆盖社区（个）');
    expect(metricRows[0].cells.map((c) => c?.text)).toEqual(['10 个', '超过 4 个']);
  });

  it('marks a fact a case lacks as no data (null), not blank', () => {
    const technologies = comparisonRows(library, cases, ['technologies'])[0];
    expect(technologies.cells).toEqual([{ text: '大数据' }, null]);
  });

  it('shows only the chosen dimensions, in the fixed order', () => {
    expect(comparisonRows(library, cases, ['level', 'region']).map((r) => r.label)).toEqual(['地区', '层级']);
  });
});

describe('the compare URL', () => {
  const known = new Set(['a', 'b', 'c']);
  it('keeps known IDs in order and explains unknown and duplicate ones', () => {
    const { ids, messages } = parseCompareSelection(['a,x,b', 'a'], known);
    expect(ids).toEqual(['a', 'b']);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('x');
  });

  it('stops at the maximum number of cases', () => {
    expect(parseCompareSelection(['a,b,c'], known, 2).ids).toEqual(['a', 'b']);
  });
});

describe('case list orders', () => {
  it('offers every order and contains every case in each', () => {
    for (const order of Object.keys(CASE_ORDERS) as Array<keyof typeof CASE_ORDERS>) {
      expect(sortCases(library, order).map((c) => c.id).sort()).toEqual(['alpha-index', 'beta-audit']);
    }
  });
});

describe('compare data shards', () => {
  it('puts every case in exactly one shard within range, the same way every time', async () => {
    const { compareShard, compareShardCount } = await import('../../src/library/compare.ts');
    expect(compareShardCount(1)).toBe(1);
    expect(compareShardCount(20_000)).toBe(200);
    const shards = ['a', 'huizhou-huiyun-eye', 'synthetic-case-19999'].map((id) => compareShard(id, 200));
    for (const shard of shards) expect(shard).toBeGreaterThanOrEqual(0);
    for (const shard of shards) expect(shard).toBeLessThan(200);
    expect(compareShard('huizhou-huiyun-eye', 200)).toBe(shards[1]);
  });
});

describe('review dates', () => {
  // Titles sort against the IDs, so that the tie is broken by ID and not by the library's title order.
  const reviewed = (id: string, title: string, lastReviewed: string) => ({ id, data: { ...library.caseById('alpha-index')!.data, title, lastReviewed } });
  const dated = new Library({
    cases: [reviewed('c-old', '丁', '2024-01-05'), reviewed('c-new-b', '甲', '2026-03-01'), reviewed('c-new-a', '乙', '2026-03-01'), reviewed('c-mid', '丙', '2025-07-30')],
    sources: [],
    awards: [],
    editions: [],
    taxonomies: library.vocabularies,
    comparisons: [],
  });

  it('list the most recently reviewed cases first, ties by ID, up to the limit', () => {
    expect(dated.recentlyReviewed(3).map((c) => c.id)).toEqual(['c-new-a', 'c-new-b', 'c-mid']);
  });

  it('give the latest review date, or none for an empty library', () => {
    expect(dated.lastReviewed()).toBe('2026-03-01');
    expect(new Library({ cases: [], sources: [], awards: [], editions: [], taxonomies: [], comparisons: [] }).lastReviewed()).toBe('');
  });
});
