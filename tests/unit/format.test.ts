// The display rules of src/library/format.ts: how a region path, an edition, an award and a period read.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { awardLabel, caseAwardLabel, editionLabel, editionTitleLabel, formatMetricValue, periodLabel, regionPathLabel, REGION_SEPARATOR } from '../../src/library/format.ts';
import { loadLibrary } from '../../src/library/load-library.ts';

describe('regionPathLabel', () => {
  it('joins the places broadest first with one separator', () => {
    expect(regionPathLabel([{ label: '湖北省' }, { label: '武汉市' }, { label: '蔡甸区' }])).toBe(`湖北省${REGION_SEPARATOR}武汉市${REGION_SEPARATOR}蔡甸区`);
    expect(REGION_SEPARATOR).toBe(' › ');
  });
  it('is empty for a path without places', () => {
    expect(regionPathLabel([])).toBe('');
  });
});

describe('editionLabel', () => {
  it('puts the year before the short title', () => {
    expect(editionLabel({ year: 2024, title: '全国首批城市全域数字化转型典型案例', shortTitle: '首批城市全域数字化转型典型案例' })).toBe('2024 首批城市全域数字化转型典型案例');
  });
  it('does not repeat a year the short title already starts with', () => {
    expect(editionLabel({ year: 2022, title: '楚治——2022', shortTitle: '2022 大数据驱动地方治理' })).toBe('2022 大数据驱动地方治理');
  });
  it('falls back to the full title', () => {
    expect(editionLabel({ year: 2020, title: '某评选' })).toBe('2020 某评选');
  });
  it('lists an edition under its full title with the year first', () => {
    expect(editionTitleLabel({ year: 2022, title: '楚治——2022“荆楚杯”', shortTitle: '2022 大数据' })).toBe('2022 · 楚治——2022“荆楚杯”');
  });
});

describe('awardLabel', () => {
  it('reads year, programme · category', () => {
    expect(awardLabel(2022, '楚治', '数字政府类')).toBe('2022 楚治 · 数字政府类');
  });
  it('leaves out what is unknown without stray separators', () => {
    expect(awardLabel(undefined, undefined, '数字政府类')).toBe('数字政府类');
    expect(awardLabel(2022, undefined, '数字政府类')).toBe('2022 · 数字政府类');
  });
  it('labels every award of the library by its edition and programme', () => {
    const { library } = loadLibrary(path.resolve('content'));
    const awarded = library.cases.filter((entry) => entry.data.awards.length > 0);
    expect(awarded.length).toBeGreaterThan(0);
    for (const entry of awarded) {
      for (const award of entry.data.awards) {
        const edition = library.edition(award.edition)!;
        expect(caseAwardLabel(library, award)).toBe(`${edition.data.year} ${library.programme(edition.data.programme)!.data.name} · ${award.category}`);
      }
    }
  });
});

describe('periodLabel', () => {
  it('says start, end and whether it still runs, as stated', () => {
    expect(periodLabel({ launched: '2019', ended: '2021-06' })).toBe('2019 起，2021-06 止');
    expect(periodLabel({ launched: '2020-05', ongoing: true })).toBe('2020-05 起，仍在运行');
  });
  it('is undefined when the sources state nothing', () => {
    expect(periodLabel({})).toBeUndefined();
    expect(periodLabel({ ongoing: false }, '起始时间不详')).toBeUndefined();
  });
  it('names an unknown start only when something else is stated', () => {
    expect(periodLabel({ ended: '2021' }, '起始时间不详')).toBe('起始时间不详，2021 止');
    expect(periodLabel({ ended: '2021' })).toBe('2021 止');
  });
});

describe('formatMetricValue', () => {
  it('says how the source qualified a number', () => {
    expect(formatMetricValue({ value: 20000, unit: '条', bound: 'over' })).toBe('超过 20,000 条');
    expect(formatMetricValue({ value: 3, unit: '个', bound: 'about' })).toBe('约 3 个');
    expect(formatMetricValue({ value: 10, unit: '%', bound: 'under' })).toBe('不足 10 %');
    expect(formatMetricValue({ value: 194.36, unit: '万元', bound: 'exact' })).toBe('194.36 万元');
  });
});
