// Typo correction reads only two parts of the suggestion names (search/concepts.ts correctionParts):
// for any query and any names, it must find exactly what it finds among all the names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORRECTION_PARTS, correction, correctionPartFiles, correctionParts, oneEdit } from '../../src/search/concepts.ts';
import { searchFold } from '../../src/text/fold.ts';

// Few characters, so that names one edit from a query are common; Ａ and a are one after folding.
const char = fc.constantFrom('电', '碳', '炭', '地', '图', '惠', '云', '眼', 'Ａ', 'a', ' ');
const text = fc.array(char, { minLength: 0, maxLength: 7 }).map((chars) => chars.join(''));
const readings = new Map([
  ['碳', ['tan']],
  ['炭', ['tan']],
]);

describe('typo correction parts', () => {
  it('correction among the two parts finds what it finds among all names', () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 40 }), (query, names) => {
        const parts = correctionParts(names);
        const fromParts = [...new Set(correctionPartFiles(query).flatMap((file) => parts.get(file) ?? []))];
        expect(correction(query, fromParts, readings)).toEqual(correction(query, names, readings));
      }),
      { numRuns: 3000 },
    );
  });

  it('every name one edit from a query is in one of its two parts', () => {
    // Han characters in as many different parts as there are characters.
    const han = fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCodePoint(code));
    const edited = fc
      .tuple(fc.array(han, { minLength: 2, maxLength: 8 }), fc.nat(), han, fc.constantFrom('substitute', 'delete', 'insert'))
      .map(([chars, at, other, kind]) => {
        const i = at % chars.length;
        const name = [...chars];
        if (kind === 'substitute') name[i] = other;
        else if (kind === 'delete') name.splice(i, 1);
        else name.splice(i, 0, other);
        return { query: chars.join(''), name: name.join('') };
      });
    fc.assert(
      fc.property(edited, fc.array(han, { maxLength: 30 }), ({ query, name }, others) => {
        fc.pre(oneEdit(searchFold(query), searchFold(name)) !== undefined);
        const parts = correctionParts([name, ...others]);
        const fetched = correctionPartFiles(query).flatMap((file) => parts.get(file) ?? []);
        expect(fetched).toContain(name);
      }),
      { numRuns: 5000 },
    );
    // The parts are a real cut: a name of other characters is fetched for no query of these.
    const parts = correctionParts(['甲乙丙']);
    expect(correctionPartFiles('丁戊己').flatMap((file) => parts.get(file) ?? [])).toEqual([]);
    expect(CORRECTION_PARTS).toBeGreaterThan(1);
  });

  it('puts every name in the part of its first and of its last character, and no name twice in a part', () => {
    const parts = correctionParts(['电碳地图', '电炭地图', '惠云眼']);
    expect(correctionPartFiles('电炭地图')).toHaveLength(2);
    const fetched = correctionPartFiles('电炭地图').flatMap((file) => parts.get(file)!);
    expect(fetched).toContain('电碳地图');
    for (const names of parts.values()) expect(new Set(names).size).toBe(names.length);
    expect([...parts.values()].flat().filter((name) => name === '惠云眼')).toHaveLength(2);
  });
});
