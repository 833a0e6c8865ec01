// The "needs conversion" bitmap the search page reads to decide whether a query must load the
// Traditional → Simplified converter, decoded here exactly as src/scripts/search-page.ts reads it.
import { describe, expect, it } from 'vitest';
import { BITMAP_END, BITMAP_START } from '../../src/text/chinese-script-range.ts';
import { convertibleBitmap, toSimplified } from '../../src/text/chinese-script.ts';

const bytes = Uint8Array.from(atob(convertibleBitmap()), (c) => c.charCodeAt(0));
const isSet = (character: string) => {
  const offset = character.codePointAt(0)! - BITMAP_START;
  return (bytes[offset >> 3] & (1 << (offset & 7))) !== 0;
};

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
});
