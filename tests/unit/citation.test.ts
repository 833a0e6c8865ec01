// The citation model (src/research/citation.ts): one entry, every data format, the same facts.
import { describe, expect, it } from 'vitest';
import { accessDateSpots, bibtex, bibtexText, bracketedTitle, citationFiles, cslItem, ris } from '../../src/research/citation.ts';

const entry = {
  id: 'wuchang-pingan-index',
  title: '武昌区“平安指数”',
  url: 'https://example.org/cases/wuchang-pingan-index/',
  summary: '一句摘要。',
  published: '2026-11-23',
  modified: '2026-11-29',
  accessed: '2026-12-01',
};
const translated = { ...entry, en: { title: 'Wuchang District "Safety Index"', summary: 'One sentence.' } };

describe('CSL-JSON', () => {
  it('is a report by the library, issued on the day it was first published, with the access date the data carries', () => {
    expect(cslItem(entry)).toEqual({
      id: 'wuchang-pingan-index',
      type: 'report',
      title: '武昌区“平安指数”',
      author: [{ literal: '治理案例库' }],
      publisher: '治理案例库',
      issued: { 'date-parts': [[2026, 11, 23]] },
      accessed: { 'date-parts': [[2026, 12, 1]] },
      URL: 'https://example.org/cases/wuchang-pingan-index/',
      language: 'zh-CN',
      abstract: '一句摘要。',
    });
  });

  it('the English variant titles the work as APA cites a Chinese work: original [translation], and is no translation (no original-title)', () => {
    const item = cslItem(translated, 'en');
    expect(item.title).toBe('武昌区“平安指数” [Wuchang District "Safety Index"]');
    expect(item).not.toHaveProperty('original-title');
    expect(item.abstract).toBe('One sentence.');
    expect(item.language).toBe('zh-CN');
    expect(item.URL).toBe(entry.url);
  });

  it('without an English title the English variant is the Chinese record', () => {
    expect(cslItem(entry, 'en')).toEqual(cslItem(entry));
    expect(bracketedTitle(entry)).toBe(entry.title);
  });
});

describe('BibTeX and RIS', () => {
  it('BibTeX is a @techreport keyed by the entry ID, dated by first publication, with urldate', () => {
    const text = bibtex(entry);
    expect(text.startsWith('@techreport{wuchang-pingan-index,')).toBe(true);
    expect(text).toContain('institution = {{治理案例库}}');
    expect(text).toContain('year = {2026}');
    expect(text).toContain('date = {2026-11-23}');
    expect(text).toContain('urldate = {2026-12-01}');
    expect(text).toContain('language = {zh-CN}');
    expect(bibtex(translated, 'en')).toContain('title = {武昌区“平安指数” [Wuchang District "Safety Index"]}');
    expect(bibtex(translated, 'en')).toContain('abstract = {One sentence.}');
  });

  it("BibTeX escapes LaTeX's special characters in titles and abstracts", () => {
    expect(bibtexText('R&D 50% #1 a_b {x} \\')).toBe('R\\&D 50\\% \\#1 a\\_b \\{x\\} \\textbackslash{}');
    const text = bibtex({ ...entry, title: 'a{b}&c', summary: '100%' });
    expect(text).toContain('title = {a\\{b\\}\\&c}');
    expect(text).toContain('abstract = {100\\%}');
  });

  it('RIS is a report record with title, dates, access date, URL and end tag; the English variant adds TT', () => {
    const lines = ris({ ...entry, summary: '两行\n摘要' }).split('\n');
    expect(lines[0]).toBe('TY  - RPRT');
    expect(lines).toContain('TI  - 武昌区“平安指数”');
    expect(lines).toContain('DA  - 2026/11/23');
    expect(lines).toContain('Y2  - 2026/12/01');
    expect(lines).toContain('AB  - 两行 摘要');
    expect(lines).toContain('LA  - zh-CN');
    expect(lines.at(-1)).toBe('ER  - ');
    const english = ris(translated, 'en').split('\n');
    expect(english).toContain('TI  - 武昌区“平安指数” [Wuchang District "Safety Index"]');
    expect(english).toContain('TT  - Wuchang District "Safety Index"');
    expect(english).not.toContain('TT  - 武昌区“平安指数”');
  });
});

describe('files and the access date', () => {
  it('whole-library files hold one record per entry, in order, in either language', () => {
    const entries = [entry, { ...entry, id: 'second', title: '第二' }];
    expect(citationFiles.bibtex(entries).match(/^@techreport\{/gm)).toHaveLength(2);
    expect(citationFiles.ris(entries, 'en').match(/^ER {2}- $/gm)).toHaveLength(2);
    expect((JSON.parse(citationFiles.csl(entries)) as Array<{ id: string }>).map((i) => i.id)).toEqual(['wuchang-pingan-index', 'second']);
  });

  it('names each place the access date appears in the box texts, and only there', () => {
    const spots = accessDateSpots(entry.accessed);
    const texts = [bibtex(entry), ris(entry), `治理案例库. 标题[R/OL]. 治理案例库, 2026[${entry.accessed}]. URL.`];
    for (const text of texts) expect(spots.filter((spot) => text.includes(spot))).toHaveLength(1);
    // The first-published date is never taken for the access date, even on the same day.
    const sameDay = { ...entry, accessed: entry.published };
    expect(accessDateSpots(sameDay.accessed).filter((spot) => bibtex(sameDay).includes(spot))).toEqual([`urldate = {${entry.published}}`]);
  });
});
