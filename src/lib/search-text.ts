// Chinese-aware search text, shared by the indexer (Node) and the search page (browser).
//
// Pagefind segments Chinese differently at index time (a dictionary) and at query time
// (Intl.Segmenter), so neither side is left to segment: both turn each run of Han characters into
// overlapping bigrams plus the run's final character (大数据平台 → 大数 数据 据平 平台 台), and a query
// term becomes the quoted phrase of its bigrams, which matches exactly that string. See
// docs/search.md for what was measured.

/** Han ideographs (incl. extension A and compatibility ideographs). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** Letters and digits of other scripts (Latin words, numbers such as 5G or 2022). */
const WORD = /[\p{L}\p{N}]/u;

type Segment = { kind: 'han' | 'word' | 'other'; text: string };

/** NFKC (full-width → half-width), lower case. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Split text into runs of Han characters, of letters/digits, and of anything else. Han and word
 * runs are NFKC-normalised (full-width ＡＩ → AI); other characters keep their original form so
 * that excerpts show Chinese punctuation as written. Pagefind itself lower-cases words.
 */
function segments(text: string): Segment[] {
  const out: Segment[] = [];
  const chars = [...text];
  chars.forEach((original, i) => {
    const char = original.normalize('NFKC');
    // A decimal point or thousands separator between digits stays inside the number (8.6, 1,585).
    const inNumber = (char === '.' || char === ',') && /\d$/.test(out.at(-1)?.text ?? '') && /^\d/.test((chars[i + 1] ?? '').normalize('NFKC'));
    const kind = HAN.test(char) ? 'han' : WORD.test(char) || inNumber ? 'word' : 'other';
    const last = out.at(-1);
    const piece = kind === 'other' ? original : char;
    if (last && last.kind === kind) last.text += piece;
    else out.push({ kind, text: piece });
  });
  return out;
}

function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return [];
  return chars.slice(0, -1).map((char, i) => char + chars[i + 1]);
}

/**
 * The text Pagefind indexes: Han runs as bigrams plus their final character, words as they are.
 * Punctuation sticks to the token before it, so it takes no word position of its own but still
 * shows in excerpts; the run-final character keeps phrases from matching across punctuation.
 */
export function indexText(text: string): string {
  const tokens: string[] = [];
  for (const segment of segments(text)) {
    if (segment.kind === 'han') tokens.push(...bigrams(segment.text), [...segment.text].at(-1)!);
    else if (segment.kind === 'word') tokens.push(segment.text);
    else if (tokens.length > 0 && segment.text.trim() !== '') tokens[tokens.length - 1] += segment.text.replace(/\s+/g, '');
  }
  return tokens.join(' ');
}

export interface QueryTerm {
  /** The term as typed (after normalisation), for messages. */
  text: string;
  /** Its tokens in the index's form. */
  tokens: string[];
  /** True when the term must be searched as a quoted phrase to be exact. */
  phrase: boolean;
}

/** Longest query we act on, in characters; longer input is cut (the page says so). */
export const MAX_QUERY_CHARACTERS = 100;

/**
 * Split a query into space-separated terms (ANDed), each in the index's token form. A term of one
 * Han character is a prefix search; longer terms are phrases of their bigrams. Characters that are
 * neither Han nor letters/digits (emoji, punctuation) separate tokens and are otherwise ignored.
 */
export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const text of normalise(query.slice(0, MAX_QUERY_CHARACTERS * 2)).split(/\s+/u)) {
    const tokens: string[] = [];
    for (const segment of segments(text)) {
      if (segment.kind === 'han') tokens.push(...([...segment.text].length === 1 ? [segment.text] : bigrams(segment.text)));
      else if (segment.kind === 'word') tokens.push(segment.text);
    }
    if (tokens.length > 0) terms.push({ text, tokens, phrase: tokens.length > 1 });
  }
  return terms;
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" };

/**
 * Turn a Pagefind excerpt of indexed (bigram) text back into readable text. Pagefind returns HTML
 * with <mark> around matched tokens; the result is plain parts for the page to render as text.
 */
export function decodeExcerpt(excerptHtml: string): ExcerptPart[] {
  const tokens: Array<{ text: string; marked: boolean }> = [];
  let marked = false;
  for (const piece of excerptHtml.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else {
      const text = piece.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, name: string) => ENTITIES[name]);
      for (const token of text.split(' ')) if (token !== '') tokens.push({ text: token, marked });
    }
  }
  const chars: ExcerptPart[] = [];
  let carryMark = false;
  let pendingSecond: ExcerptPart | undefined;
  tokens.forEach((token, i) => {
    const [first, second, ...rest] = [...token.text];
    const isBigram = HAN.test(first ?? '') && second !== undefined && HAN.test(second) && rest.length === 0;
    if (isBigram) {
      chars.push({ text: first, marked: token.marked || carryMark });
      carryMark = token.marked;
      pendingSecond = { text: second, marked: token.marked };
      const next = tokens[i + 1];
      // The excerpt window may end mid-run: then nothing else will supply the second character.
      if (!next || !next.text.startsWith(second)) {
        chars.push(pendingSecond);
        carryMark = false;
      }
      return;
    }
    pendingSecond = undefined;
    if (HAN.test(first ?? '')) {
      const [head, ...tail] = [...token.text];
      chars.push({ text: head, marked: token.marked || carryMark });
      if (tail.length) chars.push({ text: tail.join(''), marked: false });
    } else {
      if (chars.length && !/\s$/.test(chars.at(-1)!.text)) chars.push({ text: ' ', marked: false });
      chars.push({ text: token.text, marked: token.marked });
      chars.push({ text: ' ', marked: false });
    }
    carryMark = false;
  });
  // Merge neighbours with the same marking.
  const parts: ExcerptPart[] = [];
  for (const part of chars) {
    const last = parts.at(-1);
    if (last && last.marked === part.marked) last.text += part.text;
    else parts.push({ ...part });
  }
  const last = parts.at(-1);
  if (last) last.text = last.text.trimEnd();
  return parts.map((p) => ({ ...p, text: p.text.replace(/ {2,}/g, ' ') })).filter((p) => p.text !== '');
}
