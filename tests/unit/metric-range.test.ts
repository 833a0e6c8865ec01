// A metric may be a range (value to max) where the source gives a vague quantity (数万人, 三四百米).
import { describe, expect, it } from 'vitest';
import { formatMetricValue } from '../../src/library/format.ts';
import { metricSchema } from '../../src/schemas/case.ts';

const base = { label: '管制区峰值人数', unit: '人', source: 'seed-003-zhejiang-jinri' };

describe('metric ranges', () => {
  it('accept a range with its top above its bottom, and show it as one', () => {
    const metric = metricSchema.parse({ ...base, value: 20000, max: 90000 });
    expect(formatMetricValue(metric)).toBe('20,000–90,000 人');
  });

  it('refuse a top that is not above the bottom, and a range that also takes a bound', () => {
    for (const input of [{ value: 400, max: 300 }, { value: 300, max: 300 }, { value: 300, max: 400, bound: 'about' }]) {
      const result = metricSchema.safeParse({ ...base, ...input });
      expect(result.success, JSON.stringify(input)).toBe(false);
      expect(result.error?.issues[0].path).toEqual(['max']);
    }
  });

  it('leave a single figure as it was', () => {
    expect(formatMetricValue(metricSchema.parse({ ...base, value: 1000, bound: 'over' }))).toBe('超过 1,000 人');
  });
});
