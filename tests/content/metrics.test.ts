// Metrics read true against their sources: a figure is not dated after the source that gives it,
// and the bound or range matches the words the note quotes from the source (原文为…).
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load-library.ts';

const { library } = loadLibrary(path.resolve(import.meta.dirname, '../../content'));
const metrics = library.cases.flatMap((entry) => entry.data.metrics.map((metric) => ({ id: entry.id, metric })));

/** The source's own words for the figure, when the note gives them: 原文为“数万人” or 原文为12000余条. */
const sourceWords = (note: string | undefined) => /原文为“?([^”，,；。]+)/.exec(note ?? '')?.[1];
const CHINESE_DIGIT = '一二两三四五六七八九';
/** 数万, 几千, 三四百, 十几: quantities no single figure states. */
const VAGUE = new RegExp(`[数几][十百千万亿]|[${CHINESE_DIGIT}][${CHINESE_DIGIT}][十百千万亿]|十几`, 'u');

it('has metrics to check', () => {
  expect(metrics.filter(({ metric }) => sourceWords(metric.note)).length).toBeGreaterThan(10);
});

it('dates no figure after the source that gives it', () => {
  const late = metrics.filter(({ metric }) => {
    const published = library.source(metric.source)?.data.date;
    if (!metric.asOf || !published) return false;
    const length = Math.min(metric.asOf.length, published.length);
    return metric.asOf.slice(0, length) > published.slice(0, length);
  });
  expect(late.map(({ id, metric }) => `${id}: ${metric.label} (${metric.asOf})`)).toEqual([]);
});

it('records a vague quantity as a range, and 近, 余, 约 with the bound they mean', () => {
  const wrong: string[] = [];
  for (const { id, metric } of metrics) {
    const words = sourceWords(metric.note);
    if (!words) continue;
    const expected = VAGUE.test(words) ? 'range'
      : /近|不到|不足|以下/.test(words) ? 'under'
      : /余|多|超|逾|以上/.test(words) ? 'over'
      : /约|左右/.test(words) ? 'about'
      : undefined;
    const actual = metric.max !== undefined ? 'range' : metric.bound;
    if (expected && actual !== expected) wrong.push(`${id}: ${metric.label}: “${words}” is ${expected}, recorded as ${actual}`);
  }
  expect(wrong).toEqual([]);
});
