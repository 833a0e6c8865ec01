// The "needs conversion" bitmap and phrases the search page reads to decide whether a query must
// load the Traditional → Simplified converter, decoded here exactly as src/scripts/search-page.ts
// reads them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import { describe, expect, it } from 'vitest';
import { BITMAP_END, BITMAP_START } from '../../src/text/chinese-script-range.ts';
import { convertibleBitmap, convertiblePhrases, simplified, toSimplified } from '../../src/text/chinese-script.ts';

const bytes = Uint8Array.from(atob(convertibleBitmap()), (c) => c.charCodeAt(0));
const isSet = (character: string) => {
  const offset = character.codePointAt(0)! - BITMAP_START;
  return (bytes[offset >> 3] & (1 << (offset & 7))) !== 0;
};
const phrases = convertiblePhrases();
/** As the search page decides (src/scripts/search-page.ts needsConversion): a Han character beyond the range always loads the converter. */
const needsConversion = (text: string) =>
  [...text].some((c) => (c.codePointAt(0)! >= BITMAP_START && c.codePointAt(0)! <= BITMAP_END ? isSet(c) : /\p{Script=Han}/u.test(c))) || phrases.some((phrase) => text.includes(phrase));
const DICTIONARIES = [HKVariantsRevPhrases, HKVariantsRev, TWVariantsRevPhrases, TWVariantsRev, TSPhrases, TSCharacters];
const entryKeys = DICTIONARIES.flatMap((dictionary) => dictionary.split('|').map((pair) => pair.split(' ')[0]).filter(Boolean));

describe('convertibleBitmap', () => {
  it('covers exactly U+4E00–U+9FFF, one bit per code point', () => {
    expect(bytes.length).toBe((BITMAP_END - BITMAP_START + 1) / 8);
  });

  it('marks Traditional characters the converter changes', () => {
    for (const character of ['國', '數', '據', '區', '漢', '龜']) {
      expect(toSimplified(character), character).not.toBe(character);
      expect(isSet(character), character).toBe(true);
    }
  });

  it('leaves Simplified characters and characters both scripts share unmarked', () => {
    for (const character of ['国', '数', '据', '区', '一', '治', '理']) {
      expect(toSimplified(character), character).toBe(character);
      expect(isSet(character), character).toBe(false);
    }
  });

  it('marks a character at the top of the range and nothing beyond it', () => {
    // 龜 (U+9F9C) is near the end of the range; the last byte holds U+9FF8–U+9FFF.
    expect(isSet('\u9f9c')).toBe(true);
    expect(bytes.length * 8 + BITMAP_START - 1).toBe(BITMAP_END);
  });

  it('marks every character of the range that the converter changes (a marked one may convert back to itself)', () => {
    for (let code = BITMAP_START; code <= BITMAP_END; code += 1) {
      const character = String.fromCodePoint(code);
      if (toSimplified(character) !== character) expect(isSet(character), `U+${code.toString(16)}`).toBe(true);
    }
  });

  it('leaves unmarked the characters the converter turns into variants and back (台, 税, 温), so 平台 and 武汉税务 need no converter', () => {
    for (const character of ['台', '税', '温', '户']) {
      expect(toSimplified(character), character).toBe(character);
      expect(isSet(character), character).toBe(false);
    }
    for (const query of ['平台', '武汉税务', '温州']) expect(needsConversion(query), query).toBe(false);
  });

  it('leaves unmarked the characters only phrases change (沈 in 深沈 → 深沉, 坏 in 土坏), so 沈阳 and 破坏 need no converter', () => {
    for (const character of ['沈', '坏', '覆', '藉']) {
      expect(toSimplified(character), character).toBe(character);
      expect(isSet(character), character).toBe(false);
    }
    for (const query of ['沈阳 监督', '沈阳市民政局', '破坏', '覆盖']) expect(needsConversion(query), query).toBe(false);
    expect(phrases.length).toBeLessThan(200);
  });

  it('every dictionary entry the converter changes holds a marked character or phrase (反覆 → 反复, 藉口 → 借口, 深沈 → 深沉)', () => {
    for (const phrase of ['反覆', '藉口', '不瞭解', '深沈', '在深沈的夜里']) {
      expect(toSimplified(phrase)).not.toBe(phrase);
      expect(needsConversion(phrase), phrase).toBe(true);
    }
    const missed = entryKeys.filter((key) => toSimplified(key) !== key && !needsConversion(key));
    expect(missed).toEqual([]);
  });

  it('a text with no marked character or phrase is one the converter leaves as it is', () => {
    const characters = [...new Set(entryKeys.flatMap((key) => [...key]).concat([...'平台税务温州数据治理，。']))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters), { minLength: 1, maxLength: 8 }), (chars) => {
        const text = chars.join('');
        if (!needsConversion(text)) expect(toSimplified(text)).toBe(text);
      }),
      { numRuns: 20_000 },
    );
  });

  it('simplified() gives what the converter gives, skipping it only where it would change nothing', () => {
    for (const key of entryKeys) expect(simplified(key), key).toBe(toSimplified(key));
    const characters = [...new Set(entryKeys.flatMap((key) => [...key]).concat([...'平台税务温州数据治理，。 aZ0-/[]\\']))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters), { minLength: 1, maxLength: 12 }), (chars) => {
        const text = chars.join('');
        expect(simplified(text)).toBe(toSimplified(text));
      }),
      { numRuns: 20_000 },
    );
    const library = readdirSync('content/cases').map((file) => readFileSync(path.join('content/cases', file), 'utf8'));
    for (const text of library) expect(simplified(text)).toBe(toSimplified(text));
  });
});
