// Width and case folding: the form in which search, the validator and the name keys compare text.

/** NFKC (full-width → half-width), lower case. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Fold a word as search compares words: NFKC (full → half width), lower case, spaces collapsed.
 * Traditional → Simplified happens before (the page converts the whole query; the validator
 * requires Simplified entry terms).
 */
export function searchFold(text: string): string {
  return normalise(text).replace(/\s+/gu, ' ').trim();
}
