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

/**
 * A base64 bitmap over U+4E00–U+9FFF of the characters that one of the converter's character
 * dictionaries changes (every character the converter changes, and a few it changes back), so the
 * page can tell, without the converter, whether a query needs it. Its size: docs/search.md.
 */
export function convertibleBitmap(): string {
  const bits = new Uint8Array(Math.ceil((BITMAP_END - BITMAP_START + 1) / 8));
  for (const dictionary of [TSCharacters, TWVariantsRev, HKVariantsRev]) {
    for (const pair of dictionary.split('|')) {
      const [from, to] = pair.split(' ');
      const code = from.codePointAt(0)!;
      if ([...from].length !== 1 || from === to || code < BITMAP_START || code > BITMAP_END) continue;
      const offset = code - BITMAP_START;
      bits[offset >> 3] |= 1 << (offset & 7);
    }
  }
  return btoa(String.fromCharCode(...bits));
}
