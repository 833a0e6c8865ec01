// The entry reader shared by the validator and the Astro loader: front matter, body, YAML data and
// the line of each field.
import { describe, expect, it } from 'vitest';
import { readEntry } from '../../src/entry/read-entry.ts';

const MDX = '---\ntitle: 甲\nlaunched: 2021-08-01\nyear: 2022\nsources:\n  - a\n  - b\n---\n\n## 正文\n\n段落。\n';

describe('readEntry', () => {
  it('splits an MDX file into front matter data and a body, naming the line the body starts on', () => {
    const entry = readEntry(MDX, '.mdx');
    expect(entry.errors).toEqual([]);
    expect(entry.body).toBe('\n## 正文\n\n段落。\n');
    expect(entry.bodyStartLine).toBe(9);
    expect(MDX.slice(entry.yamlStart, entry.yamlStart + entry.yamlLength)).toBe('title: 甲\nlaunched: 2021-08-01\nyear: 2022\nsources:\n  - a\n  - b');
  });

  it('reads CRLF line endings the same way', () => {
    const entry = readEntry(MDX.replaceAll('\n', '\r\n'), '.mdx');
    expect(entry.errors).toEqual([]);
    expect(entry.bodyStartLine).toBe(9);
    expect((entry.data as { title: string }).title).toBe('甲');
  });

  it('reads unquoted dates as dates and years as numbers, and keeps yes/no/on/off as text (YAML 1.2)', () => {
    const { data } = readEntry('a: 2021-08-01\nb: 2022\nc: no\nd: on\ne: 2021-08\n', '.yaml');
    expect(data).toEqual({ a: new Date('2021-08-01T00:00:00Z'), b: 2022, c: 'no', d: 'on', e: '2021-08' });
  });

  it('names the line of a value and of a key, counting the front matter fence', () => {
    const entry = readEntry(MDX, '.mdx');
    expect(entry.lineOf(['launched'])).toBe(3);
    expect(entry.lineOf(['sources', 1])).toBe(7);
    expect(entry.lineOf(['sources', 5])).toBe(6);
    expect(entry.lineOfKey([], 'year')).toBe(4);
    expect(entry.pathAt(MDX.indexOf('- b') + 2)).toEqual(['sources', 1]);
  });

  it('reports a file without front matter', () => {
    const entry = readEntry('# 标题\n', '.mdx');
    expect(entry.data).toBeUndefined();
    expect(entry.errors).toEqual([{ line: 1, message: 'must start with YAML front matter between two "---" lines' }]);
  });

  it('reports every YAML error with its line, and keeps the body for other checks', () => {
    const entry = readEntry('---\ntitle: 甲\ntitle: 乙\nlist: [unclosed\n---\n正文\n', '.mdx');
    expect(entry.data).toBeUndefined();
    expect(entry.body).toBe('正文\n');
    expect(entry.errors.map((error) => error.line)).toContain(3);
    expect(entry.errors.length).toBeGreaterThanOrEqual(2);
    for (const error of entry.errors) expect(error.message).toMatch(/^YAML: /);
  });

  it('reads an empty YAML document as no fields', () => {
    expect(readEntry('', '.yaml')).toMatchObject({ data: {}, errors: [] });
  });
});
