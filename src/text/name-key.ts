// When two names are "the same": the form titles, aliases and listed titles are compared in for
// duplicates. The library folds Traditional to Simplified and full-width to half-width for search,
// so names that differ only in those ways (or in punctuation and spacing) would be two entries a
// reader cannot tell apart.
import { simplified } from './chinese-script.ts';
import { normalise } from './fold.ts';

/** Punctuation, symbols, separators, spaces, controls and invisible format characters. */
const IGNORED = /[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}\s]+/gu;

/** The comparison key of a name: NFKC, lower case, Simplified, without punctuation or spaces. */
export function nameKey(name: string): string {
  return simplified(normalise(name)).replace(IGNORED, '');
}

/** How two names that share a key may differ, for messages. */
export const NAME_KEY_RULE = 'Traditional/Simplified script, full-/half-width forms, punctuation and spaces ignored';
