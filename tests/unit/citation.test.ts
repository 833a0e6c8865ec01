import { describe, expect, it } from 'vitest';
import { apa, bibtex, bibtexText, citationFiles, cslItem, gbt7714, ris } from '../../src/lib/citation.ts';

const entry = { id: 'wuchang-pingan-index', title: '武昌区“平安指数”', updated: '2026-11-23', url: 'https://example.org/cases/wuchang-pingan-index/' };

describe('citations', () => {
  it('GB/T 7714 marks the resource as [EB/OL] with update and access dates', () => {
    expect(gbt7714(entry)).toBe('治理案例库. 武昌区“平安指数”[EB/OL]. (2026-11-23)[引用日期]. https://example.org/cases/wuchang-pingan-index/.');
    expect(gbt7714(entry, '2026-12-01')).toContain('(2026-11-23)[2026-12-01]');
  });

  it('APA names the group author and date', () => {
    expect(apa(entry)).toBe('治理案例库. (2026, 11月23日). 武昌区“平安指数”. https://example.org/cases/wuchang-pingan-index/');
  });

  it('BibTeX is a @techreport keyed by the entry ID, with the library as institution', () => {
    const text = bibtex(entry);
    expect(text.startsWith('@techreport{wuchang-pingan-index,')).toBe(true);
    expect(text).toContain('institution = {{治理案例库}}');
    expect(text).toContain('url = {https://example.org/cases/wuchang-pingan-index/}');
  });

  it("BibTeX escapes LaTeX's special characters in titles and abstracts", () => {
    expect(bibtexText('R&D 50% #1 a_b {x} \\')).toBe('R\\&D 50\\% \\#1 a\\_b \\{x\\} \\textbackslash{}');
    const text = bibtex({ ...entry, title: 'a{b}&c', summary: '100%' });
    expect(text).toContain('title = {a\\{b\\}\\&c}');
    expect(text).toContain('abstract = {100\\%}');
  });

  it('RIS is a report record with title, date, URL and end tag', () => {
    const lines = ris({ ...entry, summary: '两行\n摘要' }).split('\n');
    expect(lines[0]).toBe('TY  - RPRT');
    expect(lines).toContain('TI  - 武昌区“平安指数”');
    expect(lines).toContain('DA  - 2026/11/23');
    expect(lines).toContain('AB  - 两行 摘要');
    expect(lines.at(-1)).toBe('ER  - ');
  });

  it('CSL-JSON is a report by the library, issued on the review date', () => {
    expect(cslItem(entry)).toEqual({
      id: 'wuchang-pingan-index',
      type: 'report',
      title: '武昌区“平安指数”',
      author: [{ literal: '治理案例库' }],
      publisher: '治理案例库',
      issued: { 'date-parts': [[2026, 11, 23]] },
      URL: 'https://example.org/cases/wuchang-pingan-index/',
      language: 'zh-CN',
    });
  });

  it('whole-library files hold one record per entry, in order', () => {
    const entries = [entry, { ...entry, id: 'second', title: '第二' }];
    expect(citationFiles.bibtex(entries).match(/^@techreport\{/gm)).toHaveLength(2);
    expect(citationFiles.ris(entries).match(/^ER {2}- $/gm)).toHaveLength(2);
    expect((JSON.parse(citationFiles.csl(entries)) as Array<{ id: string }>).map((i) => i.id)).toEqual(['wuchang-pingan-index', 'second']);
  });
});
