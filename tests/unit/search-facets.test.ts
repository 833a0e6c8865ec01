import { describe, expect, it } from 'vitest';
import { facetCounts, facetTable, matchesFilters, parseFacets, sortBy } from '../../src/search/facets.ts';
import { shardFolder, type SearchFilter } from '../../src/search/filters.ts';
import { searchShardCount } from '../../src/search/shards.ts';

const noFilters: Record<SearchFilter, string[]> = { programme: [], year: [], category: [], province: [], city: [], domain: [], technology: [], level: [], completeness: [] };
const record = (url: string, filters: Partial<typeof noFilters>) => ({ url, filters: { ...noFilters, ...filters } });
const records = [
  record('/cases/a/', { province: ['湖北省'], domain: ['基层治理', '数字政府'], year: ['2022'] }),
  record('/cases/b/', { province: ['广东省'], domain: ['数字政府'] }),
  record('/cases/c/', { province: ['湖北省'], domain: ['生态环境'], year: ['2024'] }),
];
const facets = parseFacets(JSON.parse(JSON.stringify(facetTable(records, [2019, undefined, 2023]))));
// The cases' result IDs: their positions in the table.
const [a, b, c] = ['#0', '#1', '#2'];
const indices = (ids: string[]) => ids.map((id) => facets.position.get(id)!);

describe('facet table', () => {
  it('round-trips every case’s values through its compact form', () => {
    expect(facets.ids).toEqual([a, b, c]);
    expect(facets.years).toEqual([2019, 0, 2023]);
    expect(facets.values.year).toEqual(['2024', '2022']);
    expect(facets.cases.domain.map((values) => values.map((v) => facets.values.domain[v]))).toEqual([['基层治理', '数字政府'], ['数字政府'], ['生态环境']]);
  });

  it('ORs values within a filter and ANDs filters', () => {
    const keep = (selected: Parameters<typeof matchesFilters>[2]) => facets.ids.filter((id) => matchesFilters(facets, facets.position.get(id), selected));
    expect(keep({ domain: ['数字政府', '生态环境'] })).toEqual([a, b, c]);
    expect(keep({ domain: ['数字政府'], province: ['湖北省'] })).toEqual([a]);
    expect(keep({ province: ['浙江省'] })).toEqual([]);
  });

  it('counts what choosing a value would give, keeping the other filters’ choices', () => {
    const counts = facetCounts(facets, undefined, { province: ['湖北省'] });
    const of = (name: SearchFilter) => Object.fromEntries(facets.values[name].map((v, i) => [v, counts[name][i]]));
    // Provinces ignore their own choice, so 广东省 still shows what adding it gives.
    expect(of('province')).toEqual({ 广东省: 1, 湖北省: 2 });
    expect(of('domain')).toEqual({ 基层治理: 1, 生态环境: 1, 数字政府: 1 });
    expect(facetCounts(facets, indices([b]), {}).province).toEqual([1, 0]);
  });

  it('sorts newest first with unknown years last, or in title (table) order', () => {
    expect(sortBy(facets, [b, a, c], 'year')).toEqual([c, a, b]);
    expect(sortBy(facets, [c, b, a], 'title')).toEqual([a, b, c]);
  });
});

describe('index shards', () => {
  it('keeps one index up to the shard size, then splits evenly', () => {
    expect(searchShardCount(50, 20_000)).toBe(1);
    expect(searchShardCount(20_000, 20_000)).toBe(1);
    expect(searchShardCount(20_001, 20_000)).toBe(2);
    expect(searchShardCount(0, 20_000)).toBe(1);
  });

  it('names the shards\' folders', () => {
    expect([0, 1, 2].map(shardFolder)).toEqual(['pagefind/', 'pagefind-2/', 'pagefind-3/']);
  });
});
