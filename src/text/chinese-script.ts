// Traditional → Simplified conversion (OpenCC data: Hong Kong and Taiwan variants, then
// Traditional phrases and characters). The indexer and the search page use this same converter,
// so both sides agree; the browser loads it only for queries that contain a Traditional character.
import { ConverterFactory } from 'opencc-js/core';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';

export const toSimplified = ConverterFactory(
  [HKVariantsRevPhrases, HKVariantsRev],
  [TWVariantsRevPhrases, TWVariantsRev],
  [TSPhrases, TSCharacters],
);

import { BITMAP_END, BITMAP_START } from './chinese-script-range.ts';

const PHRASE_DICTIONARIES = [HKVariantsRevPhrases, TWVariantsRevPhrases, TSPhrases];
const CHARACTER_DICTIONARIES = [HKVariantsRev, TWVariantsRev, TSCharacters];

/** The source side of a dictionary's entries ("from to to2|…"). */
const keys = (dictionary: string) => dictionary.split('|').map((pair) => pair.split(' ')[0]).filter((key) => key.length > 0);

/**
 * What a query must contain for the converter to change it: a character the converter changes on
 * its own (not 台 or 税, which the Hong Kong variants turn into 臺 and 稅 and the Traditional table
 * turns back), or a phrase the converter changes although none of its characters changes alone
 * (反覆 → 反复, 藉口 → 借口, 深沈 → 深沉: 109 phrases). Marking such phrases' characters instead
 * loaded the converter for every query with 沈 (沈阳) or 坏 (破坏). tests/unit/chinese-script.test.ts
 * checks every dictionary entry, and random texts, against the converter.
 */
function convertibleParts(): { characters: Set<string>; phrases: string[] } {
  const characters = new Set<string>();
  for (const dictionary of CHARACTER_DICTIONARIES) {
    for (const key of keys(dictionary)) if ([...key].length === 1 && toSimplified(key) !== key) characters.add(key);
  }
  const phrases = new Set<string>();
  for (const dictionary of PHRASE_DICTIONARIES) {
    for (const phrase of keys(dictionary)) {
      if (toSimplified(phrase) !== phrase && ![...phrase].some((c) => characters.has(c))) phrases.add(phrase);
    }
  }
  return { characters, phrases: [...phrases].sort() };
}

let parts: ReturnType<typeof convertibleParts> | undefined;
const convertible = () => (parts ??= convertibleParts());

let mayChange: RegExp | undefined;

/**
 * `text` in Simplified characters, as toSimplified gives it, without running the converter over a
 * text it would leave as it is: one with no character the converter changes alone and none of the
 * phrases (convertibleParts). For the build, which converts every case's text for the index and
 * the synonym check: most of it is Simplified already, and the converter took about 2 s per 5,000
 * cases (tests/unit/chinese-script.test.ts checks that both agree).
 */
export function simplified(text: string): string {
  if (!mayChange) {
    const { characters, phrases } = convertible();
    const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    mayChange = new RegExp([`[${[...characters].map(escape).join('')}]`, ...phrases.map(escape)].join('|'), 'u');
  }
  return mayChange.test(text) ? toSimplified(text) : text;
}

/** The phrases the converter changes although none of their characters changes alone (see convertibleParts). */
export function convertiblePhrases(): string[] {
  return convertible().phrases;
}

let bitmap: string | undefined;

/**
 * A base64 bitmap over U+4E00–U+9FFF of the characters the converter changes on their own
 * (convertibleParts): with convertiblePhrases, the page tells without the converter whether a
 * query needs it. Its size: docs/search.md.
 */
export function convertibleBitmap(): string {
  if (bitmap !== undefined) return bitmap;
  const bits = new Uint8Array(Math.ceil((BITMAP_END - BITMAP_START + 1) / 8));
  for (const character of convertible().characters) {
    const code = character.codePointAt(0)!;
    if (code < BITMAP_START || code > BITMAP_END) continue;
    const offset = code - BITMAP_START;
    bits[offset >> 3] |= 1 << (offset & 7);
  }
  return (bitmap = btoa(String.fromCharCode(...bits)));
}
