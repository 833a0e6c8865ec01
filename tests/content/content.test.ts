// Tests over the real content in content/: it validates, and the facts the seeds give hold.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load-library.ts';
import { validateContent } from '../../src/validation/index.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');

describe('the real content', () => {
  it('passes validation', () => {
    expect(validateContent(CONTENT).problems).toEqual([]);
  });

  const { library } = loadLibrary(CONTENT);

  it('has the 27 awarded cases of the 2022 big-data edition: 10 / 10 / 5 / 2 by category', () => {
    const groups = library.editionWinners('chuzhi-2022-bigdata');
    expect(groups.map((g) => [g.category.name, g.cases.length])).toEqual([
      ['政务服务组十佳', 10],
      ['企业及高校组十佳', 10],
      ['优秀案例', 5],
      ['“他山之玉”参考案例', 2],
    ]);
    expect(library.edition('chuzhi-2022-bigdata')?.data.counts.awarded).toBe(27);
  });

  it('gives every case at least one source', () => {
    for (const entry of library.cases) expect(entry.data.sources.length, entry.id).toBeGreaterThan(0);
  });

  it('has no two cases with the same lead organisation and title', () => {
    const keys = library.cases.map((c) => `${c.data.organisations[0].name}|${c.data.title}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every metric a unit and a source the case lists', () => {
    for (const entry of library.cases) {
      for (const metric of entry.data.metrics) {
        expect(metric.unit.trim(), `${entry.id}: ${metric.label}`).not.toBe('');
        expect(entry.data.sources, `${entry.id}: ${metric.label}`).toContain(metric.source);
      }
    }
  });

  it('marks the 2022 winners known only from the result list as stubs', () => {
    const stubs = library.cases.filter((c) => c.data.completeness === 'stub');
    expect(stubs.length).toBeGreaterThan(0);
    for (const stub of stubs) expect(stub.data.metrics, stub.id).toEqual([]);
  });

  it('models the national typical-case listing of 惠云眼', () => {
    const huiyun = library.cases.find((c) => c.data.aliases.includes('惠云眼'));
    expect(huiyun?.data.awards.map((a) => library.edition(a.edition)?.data.programme)).toEqual(['city-digital-transformation-typical-cases']);
  });

  it('has about fifty cases and at least four comparisons', () => {
    expect(library.cases.length).toBeGreaterThanOrEqual(45);
    expect(library.comparisons.length).toBeGreaterThanOrEqual(4);
  });
});
