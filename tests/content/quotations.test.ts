// Every quotation in a case or comparison appears verbatim in one of the sources the entry rests on,
// and every source a case cites mentions the case. Source texts: tests/fixtures/sources/.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.ts';
import { validateContent } from '../../src/validation/index.ts';
import { quotations, quotedIn, sourceText } from '../support/quotations.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');
const { entries } = validateContent(CONTENT);
const library = new Library(entries);

const texts = (ids: string[]) => ids.map((id) => {
  const text = sourceText(id);
  if (text === undefined) throw new Error(`tests/fixtures/sources/${id}.txt is missing: add the source's text`);
  return text;
});

describe('quotations in the content', () => {
  it('each case quotes its own sources exactly', () => {
    const misquoted: string[] = [];
    let checked = 0;
    for (const entry of entries.cases) {
      const data = entry.data;
      const own = texts(data.sources);
      const fields = [data.title, data.summary, entry.body, ...Object.values(data.fieldNotes), ...data.metrics.flatMap((m) => [m.label, m.note ?? ''])];
      for (const quote of fields.flatMap(quotations)) {
        checked++;
        if (!quotedIn(quote, own)) misquoted.push(`${entry.id}: “${quote}”`);
      }
    }
    expect(misquoted).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('each comparison quotes the sources of its cases exactly', () => {
    const misquoted: string[] = [];
    for (const entry of entries.comparisons) {
      // The comparison's cases, and the cases its text links to as further reading.
      const linked = [...entry.body.matchAll(/\(\/cases\/([a-z0-9-]+)\/\)/g)].map((m) => m[1]);
      const own = texts([...new Set([...entry.data.cases, ...linked].flatMap((id) => library.caseById(id)!.data.sources))]);
      for (const quote of [entry.data.title, entry.data.summary, entry.body].flatMap(quotations)) if (!quotedIn(quote, own)) misquoted.push(`${entry.id}: “${quote}”`);
    }
    expect(misquoted).toEqual([]);
  });
});

describe('the sources a case cites', () => {
  it('each mention the case: by an alias or listed title, or by an organisation when the case has neither', () => {
    const unmentioned: string[] = [];
    for (const entry of library.cases) {
      const names = [...entry.data.aliases, ...entry.data.awards.flatMap((award) => (award.listedTitle ? [award.listedTitle] : []))];
      const mentions = names.length > 0 ? names : entry.data.organisations.map((o) => o.name);
      for (const id of entry.data.sources) {
        if (!mentions.some((name) => quotedIn(name, texts([id])))) unmentioned.push(`${entry.id}: ${id}`);
      }
    }
    expect(unmentioned).toEqual([]);
  });
});
