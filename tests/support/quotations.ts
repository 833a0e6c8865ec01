// Quotations in entry text, and the source texts they are checked against
// (tests/fixtures/sources/<source-id>.txt, the seed articles verbatim).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toSimplified } from '../../src/text/chinese-script.ts';

export const SOURCE_TEXTS = path.resolve(import.meta.dirname, '../fixtures/sources');

/** The text of a source, or undefined when the fixtures hold none for it. */
export function sourceText(id: string): string | undefined {
  const file = path.join(SOURCE_TEXTS, `${id}.txt`);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/**
 * The outermost “…” spans of a text, in order, with nested “” or ‘’ kept inside. An unclosed
 * quotation is returned as far as the text goes, so that it is checked rather than skipped.
 */
export function quotations(text: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (c === '”' && depth > 0) {
      depth--;
      if (depth === 0) found.push(text.slice(start, i));
    }
  }
  if (depth > 0) found.push(text.slice(start));
  return found;
}

/** Punctuation a reprint may write in either width; 、 and 。 stay distinct from , and . on purpose. */
const WIDTH: Record<string, string> = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?', '—': '-', '－': '-', '–': '-' };

/**
 * Text folded so that a quotation matches its source however the source is typeset: Traditional to
 * Simplified, full-width to half-width punctuation, every kind of quotation mark alike, no spaces,
 * and the reading a garbled reprint inserts after a character, 數(shù)據(jù) → 数据, dropped.
 * The marks that change meaning (、 against ，, 。, words and figures) are kept.
 */
export function foldForQuotation(text: string): string {
  return toSimplified(text.replace(/([\u3400-\u9fff])\([^()\s\u3400-\u9fff]{1,8}\)/gu, '$1'))
    .replace(/[，；：（）！？—－–]/g, (c) => WIDTH[c])
    .replace(/[“”‘’「」『』"']/g, '"')
    .replace(/\s+/g, '');
}

/**
 * Whether a quotation appears verbatim, after folding, in one of the texts. An elision (……) may
 * stand for any run of the source: the parts around it must appear in that order in one text.
 */
export function quotedIn(quotation: string, texts: string[]): boolean {
  const parts = quotation.split(/…+|\.{3,}/).map(foldForQuotation).filter(Boolean);
  return parts.length > 0 && texts.some((text) => {
    const haystack = foldForQuotation(text);
    let from = 0;
    for (const part of parts) {
      const at = haystack.indexOf(part, from);
      if (at < 0) return false;
      from = at + part.length;
    }
    return true;
  });
}
