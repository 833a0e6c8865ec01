// The page boxes rendered by citeproc-js with the vendored official styles (src/research/citation-render.ts).
// The expected strings are written from the rules of each standard for a report with an
// institutional author and an online address, so a change of style file or engine shows here.
import { describe, expect, it } from 'vitest';
import { citationBoxFormats, renderCsl, renderCslAll } from '../../src/research/citation-render.ts';
import { cslItem } from '../../src/research/citation.ts';

const entry = {
  id: 'wuchang-pingan-index',
  title: '武昌区“平安指数”助力基层治理',
  url: 'https://example.org/cases/wuchang-pingan-index/',
  summary: '一句摘要。',
  published: '2026-11-23',
  modified: '2026-11-29',
  accessed: '2026-12-01',
  en: { title: "Wuchang District's Safety Index for grassroots governance", summary: 'One sentence.' },
};

describe('citation boxes', { timeout: 300_000 }, () => {
  it('GB/T 7714-2025: [R/OL], the library as author and publisher, the year of first publication', () => {
    expect(renderCsl(cslItem(entry), 'gbt7714-2025', 'zh-CN')).toBe('治理案例库. 武昌区“平安指数”助力基层治理[R/OL]. 治理案例库，2026. https://example.org/cases/wuchang-pingan-index/.');
  });

  it('GB/T 7714-2015: [R/OL] with the access date in brackets', () => {
    expect(renderCsl(cslItem(entry), 'gbt7714-2015', 'zh-CN')).toBe('治理案例库. 武昌区“平安指数”助力基层治理[R/OL]. 治理案例库, 2026[2026-12-01]. https://example.org/cases/wuchang-pingan-index/.');
  });

  it('APA 7: group author, year, title, publisher, URL', () => {
    expect(renderCsl(cslItem(entry), 'apa', 'zh-CN')).toBe('治理案例库. (2026). 武昌区“平安指数”助力基层治理. 治理案例库. https://example.org/cases/wuchang-pingan-index/');
  });

  it('APA 7 keeps the full stop outside Chinese quotation marks on Chinese pages; in US English it goes inside', () => {
    const quoted = cslItem({ ...entry, title: '山区“加油”' });
    expect(renderCsl(quoted, 'apa', 'zh-CN')).toContain('山区“加油”. 治理案例库.');
    expect(renderCsl(quoted, 'apa', 'en-US')).toContain('山区“加油.” 治理案例库.');
  });

  it('APA 7 for English text: the original title, then the English translation in square brackets (the engine sets the apostrophe)', () => {
    const [apa, bib, risText] = citationBoxFormats(entry, 'en');
    expect(apa).toEqual({ key: 'apa', label: 'APA 7', text: "治理案例库. (2026). 武昌区“平安指数”助力基层治理 [Wuchang District’s Safety Index for grassroots governance]. 治理案例库. https://example.org/cases/wuchang-pingan-index/" });
    expect(bib.key).toBe('bibtex');
    expect(risText.text).toContain("TT  - Wuchang District's Safety Index for grassroots governance");
  });

  it('Chinese pages offer GB/T 7714-2025, GB/T 7714-2015, APA 7, BibTeX and RIS, in that order', () => {
    expect(citationBoxFormats(entry).map((f) => f.label)).toEqual(['GB/T 7714-2025', 'GB/T 7714-2015', 'APA 7', 'BibTeX', 'RIS']);
  });

  it('a batch renders each item as it renders alone, though every item has the same author and year', () => {
    const items = ['a', 'b', 'c'].map((id, i) => cslItem({ ...entry, id, title: `${entry.title}${i}`, url: `${entry.url}${id}/` }));
    for (const style of ['gbt7714-2025', 'gbt7714-2015', 'apa'] as const) {
      for (const locale of style === 'apa' ? (['zh-CN', 'en-US'] as const) : (['zh-CN'] as const)) {
        const all = renderCslAll(items, style, locale);
        for (const item of items) expect(all.get(item.id)).toBe(renderCsl(item, style, locale));
      }
    }
  });
});
