// The overview charts and the tile map count exactly what the query layer counts, and each bar
// links to the page that lists those cases.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { awardYearChart, chartSummary, launchYearChart, programmeCharts, termChart } from '../../src/research/charts.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { caseSearchRecord } from '../../src/search/records.ts';
import { PROVINCE_TILES, provinceTiles, unmatchedProvinces } from '../../src/research/tile-map.ts';
import { fixtureLibrary } from '../support/library-fixture.ts';

const libraries = {
  'the site content': loadLibrary(path.resolve(import.meta.dirname, '../../content')).library,
  'the test fixture': fixtureLibrary(),
};

describe.each(Object.entries(libraries))('charts of %s', (_, library) => {
  it.each(['domain', 'level', 'org-type', 'technology'] as const)('the %s chart has one bar per term with termCounts, linking to the term page', (vocabulary) => {
    const chart = termChart(library, vocabulary);
    const counts = library.termCounts(vocabulary);
    const termBars = chart.bars.filter((b) => !b.unknown);
    expect(termBars.map((b) => [b.label, b.count, b.href])).toEqual(library.terms(vocabulary).map((t) => [t.label, counts.get(t.id), `/topics/${vocabulary}/${t.id}/`]));
  });

  it.each(['level', 'org-type'] as const)('the %s chart shows the unknown as 未说明 with casesWithUnknown', (vocabulary) => {
    const unknown = termChart(library, vocabulary).bars.filter((b) => b.unknown);
    const count = library.casesWithUnknown(vocabulary).length;
    expect(unknown).toEqual([{ label: '未说明', count, href: count > 0 ? `/topics/${vocabulary}/unknown/` : undefined, unknown: true }]);
  });

  it('the launch-year chart counts every case once, by the year in period.launched, unknown last', () => {
    const chart = launchYearChart(library);
    expect(chart.bars.reduce((sum, b) => sum + b.count, 0)).toBe(library.cases.length);
    for (const bar of chart.bars.filter((b) => !b.unknown)) {
      expect(bar.count).toBe(library.cases.filter((c) => c.data.period.launched?.startsWith(bar.label)).length);
      expect(bar.href).toBe(`/topics/launched/${bar.label}/`);
    }
    const unknown = chart.bars.find((b) => b.unknown);
    expect(unknown?.count ?? 0).toBe(library.cases.filter((c) => !c.data.period.launched).length);
  });

  it('the award-year chart counts distinct cases listed by the editions of each year and links to the year page', () => {
    const chart = awardYearChart(library);
    expect(chart.bars.map((b) => Number(b.label))).toEqual([...library.awardYears()].sort((a, b) => a - b));
    for (const bar of chart.bars) {
      const editions = new Set(library.editions.filter((e) => e.data.year === Number(bar.label)).map((e) => e.id));
      expect(bar.count).toBe(library.cases.filter((c) => c.data.awards.some((a) => editions.has(a.edition))).length);
      expect(bar.href).toBe(`/years/${bar.label}/`);
    }
  });

  it('programme charts count what their links would find: the search filters of the programme and the value', () => {
    for (const programme of library.programmes) {
      const records = library.cases.map((c) => caseSearchRecord(library, c, ''));
      for (const chart of programmeCharts(library, programme.id)) {
        for (const bar of chart.bars.filter((b) => b.href)) {
          const params = new URL(bar.href!, 'https://x/').searchParams;
          const filters = [...params.entries()];
          const found = records.filter((r) => filters.every(([name, value]) => r.filters[name]?.includes(value)));
          expect(found.length, `${chart.title} ${bar.label}`).toBe(bar.count);
        }
      }
    }
  });

  it('the text alternative names every bar and its count', () => {
    const chart = termChart(library, 'domain');
    const summary = chartSummary(chart);
    for (const bar of chart.bars) expect(summary).toContain(`${bar.label} ${bar.count} 个`);
  });
});

describe('the province tile map', () => {
  it('has 34 provincial-level divisions, Taiwan, Hong Kong and Macao included, each on its own tile', () => {
    expect(PROVINCE_TILES).toHaveLength(34);
    expect(new Set(PROVINCE_TILES.map((t) => t.name)).size).toBe(34);
    expect(new Set(PROVINCE_TILES.map((t) => `${t.row},${t.column}`)).size).toBe(34);
    for (const name of ['台湾省', '香港特别行政区', '澳门特别行政区']) expect(PROVINCE_TILES.map((t) => t.name)).toContain(name);
  });

  it.each(Object.entries(libraries))('every province of %s has a tile, whose count is its rolled-up region count', (_, library) => {
    expect(unmatchedProvinces(library.terms('region'))).toEqual([]);
    const counts = library.termCounts('region');
    const { tiles } = provinceTiles(library);
    for (const term of library.terms('region').filter((t) => t.rank === 'province')) {
      const tile = tiles.find((t) => t.name === term.label)!;
      expect(tile.count).toBe(counts.get(term.id));
      expect(tile.href).toBe(`/topics/region/${term.id}/`);
    }
  });

  it('a province without a region term links to search filtered by it, and its shade is 0', () => {
    const { tiles } = provinceTiles(libraries['the site content']);
    const tibet = tiles.find((t) => t.name === '西藏自治区')!;
    expect(tibet.count).toBe(0);
    expect(tibet.shade).toBe(0);
    expect(tibet.href).toBe(`/search/?province=${encodeURIComponent('西藏自治区')}`);
  });

  it('a region term spelled differently from the official name is reported, not silently dropped', () => {
    const terms = fixtureLibrary().terms('region');
    const province = terms.find((t) => t.rank === 'province')!;
    const renamed = terms.map((t) => (t === province ? { ...t, label: province.label.replace(/省$/, '') } : t));
    expect(unmatchedProvinces(renamed)).toEqual([province.label.replace(/省$/, '')]);
  });
});
