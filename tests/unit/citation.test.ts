import { describe, expect, it } from 'vitest';
import { apa, bibtex, gbt7714, ris } from '../../src/lib/citation.ts';

const entry = { id: 'wuchang-pingan-index', title: '武昌区“平安指数”', updated: '2026-11-23', url: 'https://example.org/cases/wuchang-pingan-index/' };

describe('citations', () => {
  it('GB/T 7714 marks the resource as [EB/OL] with update and access dates', () => {
    expect(gbt7714(entry)).toBe('治理案例库. 武昌区“平安指数”[EB/OL]. (2026-11-23)[引用日期]. https://example.org/cases/wuchang-pingan-index/.');
    expect(gbt7714(entry, '2026-12-01')).toContain('(2026-11-23)[2026-12-01]');
  });

  it('APA names the group author and date', () => {
    expect(apa(entry)).toBe('治理案例库. (2026, 11月23日). 武昌区“平安指数”. https://example.org/cases/wuchang-pingan-index/');
  });

  it('BibTeX uses the entry ID as key and escapes braces', () => {
    const text = bibtex({ ...entry, title: 'a{b}' });
    expect(text.startsWith('@misc{wuchang-pingan-index,')).toBe(true);
    expect(text).toContain('title = {a\\{b\\}}');
  });

  it('RIS has a type, title, URL and end record', () => {
    const lines = ris(entry).split('\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines).toContain('TI  - 武昌区“平安指数”');
    expect(lines.at(-1)).toBe('ER  - ');
  });
});
