// Chinese-aware search text, shared by the indexer (Node) and the search page (browser).
//
// Pagefind segments Chinese differently at index time (a dictionary) and at query time
// (Intl.Segmenter), so neither side is left to segment: both turn each run of Han characters into
// overlapping bigrams plus the run's final character (大数据平台 → 大数 数据 据平 平台 台), and a query
// term becomes the quoted phrase of its bigrams, which matches exactly that string. See
// docs/search.md for what was measured.
import { normalise } from '../text/fold.ts';

/**
 * Word positions reserved at the start of every record for the case's names (title, aliases,
 * listed titles and their pinyin): a match below this position is a name match.
 */
export const NAME_SPAN = 400;
/**
 * Where the body starts: positions NAME_SPAN…BODY_START hold the summary, organisations, region
 * path and awards (padded like the names), so a match's position tells its field.
 */
export const BODY_START = 1000;

export type SearchField = 'name' | 'meta' | 'body';

/** The field a match at word position `position` is in (see NAME_SPAN, BODY_START). */
export function fieldAt(position: number): SearchField {
  return position < NAME_SPAN ? 'name' : position < BODY_START ? 'meta' : 'body';
}
/**
 * Pads the names to NAME_SPAN and the fields after them to BODY_START, and marks where a block's
 * pinyin starts: an invisible separator, which Pagefind counts but does not index.
 */
export const NAME_FILLER = '\u2063';
/**
 * Marks an index word as a repeat: a common bigram's second and later occurrences in a case are
 * indexed as this mark and the bigram (search/index-pages.ts, RepeatedWords). A character of CJK
 * extension A, so a marked word is three Han characters, which no text's token is (Han tokens are
 * bigrams or single characters), and not the concept markers' first character (search/concepts.ts).
 * Queries lose it (queryTerms), so no query reaches a repeat but through the page's exact phrases.
 */
export const REPEAT_MARK = '\u4db5';

/** Han ideographs (incl. extension A and compatibility ideographs). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** Letters and digits of other scripts (Latin words, numbers such as 5G or 2022). */
const WORD = /[\p{L}\p{N}]/u;

type Segment = { kind: 'han' | 'word' | 'other'; text: string };

/**
 * Split text into runs of Han characters, of letters/digits, and of anything else. Han and word
 * runs are NFKC-normalised (full-width ＡＩ → AI); other characters keep their original form so
 * that excerpts show Chinese punctuation as written. Pagefind itself lower-cases words.
 */
function segments(text: string): Segment[] {
  const out: Segment[] = [];
  const chars = [...text];
  chars.forEach((original, i) => {
    const { char, kind: ownKind } = classify(original);
    // A decimal point or thousands separator between digits stays inside the number (8.6, 1,585).
    const inNumber = ownKind === 'other' && (char === '.' || char === ',') && /\d$/.test(out.at(-1)?.text ?? '') && /^\d/.test(classify(chars[i + 1] ?? '').char);
    const kind = inNumber ? 'word' : ownKind;
    const last = out.at(-1);
    const piece = kind === 'other' ? original : char;
    if (last && last.kind === kind) last.text += piece;
    else out.push({ kind, text: piece });
  });
  return out;
}

/**
 * A character's NFKC form and kind, remembered: the index text of a large library is millions of
 * characters from a few thousand distinct ones, and normalising and testing each afresh was most
 * of the time spent building search records.
 */
const classified = new Map<string, { char: string; kind: Segment['kind'] }>();
function classify(original: string): { char: string; kind: Segment['kind'] } {
  let known = classified.get(original);
  if (!known) {
    const char = original.normalize('NFKC');
    known = { char, kind: HAN.test(char) ? 'han' : WORD.test(char) ? 'word' : 'other' };
    // Bounded: text with more distinct characters than this is classified without remembering.
    if (classified.size < 50_000) classified.set(original, known);
  }
  return known;
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
  /**
   * True for a term of two or more Han characters, searched exactly as the quoted phrase of its
   * bigrams (a quoted single bigram is an exact word). Otherwise (one Han character, Latin words,
   * numbers) the term is a prefix search, Pagefind's default for an unquoted word.
   */
  exact: boolean;
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
  for (const text of normalise(query.slice(0, MAX_QUERY_CHARACTERS * 2)).replaceAll(REPEAT_MARK, '').split(/\s+/u)) {
    const tokens: string[] = [];
    for (const segment of segments(text)) {
      if (segment.kind === 'han') tokens.push(...([...segment.text].length === 1 ? [segment.text] : bigrams(segment.text)));
      else if (segment.kind === 'word') tokens.push(segment.text);
    }
    if (tokens.length > 0) terms.push({ text, tokens, exact: tokens.length > 1 || ([...tokens[0]].length === 2 && HAN.test(tokens[0])) });
  }
  return terms;
}

/** The Pagefind query for one term (see QueryTerm.exact). */
export function pagefindQuery(term: QueryTerm): string {
  return term.exact ? `"${term.tokens.join(' ')}"` : term.tokens[0];
}

/**
 * The Pagefind query for one term in the English index: a single word is quoted too. In a stemmed
 * index Pagefind answers a word it cannot find with the longest indexed prefix it can (stock →
 * st…, Pagefind issue #780); a quoted word is matched by its stem alone (audits → audit, never
 * anything else). The price: a quoted word is no prefix search.
 */
export function quotedPagefindQuery(term: QueryTerm): string {
  return `"${term.tokens.join(' ')}"`;
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Turn indexed tokens (bigram form) back into readable text: a bigram contributes its first
 * character when the next token continues the run, a run's final character carries any
 * punctuation, and words are separated by spaces. Name fillers are dropped.
 *
 * The tokens keep no spaces. Chinese text comes back as it was written (上线“5G AI”平台); English
 * text (`english`) would lose the spaces around punctuation and Chinese names (`Grid,a`,
 * `Map"(湖北电碳地图)of`), so it is rebuilt with English spacing instead (englishSpacing).
 */
export function readableText(tokens: string[], english = false): string {
  const pieces = readablePieces(tokens);
  if (english) return englishSpacing(pieces.join(' '));
  // Chinese: a space only between two words (5G AI), none around Chinese runs or punctuation.
  const isWordEdge = (char: string | undefined) => char !== undefined && WORD.test(char) && !HAN.test(char);
  return pieces.reduce((text, piece, i) => {
    const previous = pieces[i - 1];
    const between = previous !== undefined && isWordEdge([...previous][0]) && isWordEdge([...previous].at(-1)) && isWordEdge([...piece][0]) ? ' ' : '';
    return text + between + piece;
  }, '');
}

/** The tokens as words (with their punctuation) and whole Chinese runs, in order. */
function readablePieces(tokens: string[]): string[] {
  const pieces: string[] = [];
  let runGoesOn = false;
  tokens.forEach((token, i) => {
    if (token === NAME_FILLER || token === '') return;
    const [first, second, ...rest] = [...token];
    if (!HAN.test(first)) {
      pieces.push(token);
      runGoesOn = false;
      return;
    }
    const continues = second !== undefined && HAN.test(second) && rest.length === 0 && tokens[i + 1]?.startsWith(second) === true;
    const part = continues ? first : token;
    if (runGoesOn) pieces[pieces.length - 1] += part;
    else pieces.push(part);
    runGoesOn = continues;
  });
  return pieces;
}

/**
 * English spacing for pieces joined by spaces: none inside brackets and quotes or before closing
 * punctuation, one before an opening bracket or quote, none after a hyphen, dash or slash between
 * words, and none after Chinese punctuation before Chinese text; a Chinese full stop after English
 * (where a record's fields meet) becomes an English one. Straight double quotes open and close in
 * turn.
 */
function englishSpacing(joined: string): string {
  let open = false;
  return joined
    .replace(/\s*"\s*/g, () => ((open = !open) ? ' "' : '" '))
    .replace(/([(\[{“‘])\s+/g, '$1')
    .replace(/\s+([,.;:!?)\]}”’])/g, '$1')
    .replace(/([^\s(\[{“‘"])([(\[{“‘])/gu, '$1 $2')
    .replace(/([\p{L}\p{N}])([-–—/])\s+(?=[\p{L}\p{N}])/gu, '$1$2')
    .replace(/(?<=[\p{Script=Latin}\p{N})\]"”’])。\s*/gu, '. ')
    .replace(/([，。；：！？、）」》】])\s+(?=\p{Script=Han})/gu, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** The strings an excerpt marks for a term: its runs of letters and digits as typed. */
export function termNeedles(term: QueryTerm): string[] {
  return term.text.split(/[^\p{L}\p{N}.]+/u).filter((part) => part !== '');
}

/**
 * A window of `text` around the first occurrence of any needle, with every occurrence inside it
 * marked. Matching ignores case; without an occurrence, the window is the start of the text.
 */
export function excerpt(text: string, needles: string[], width = 90): ExcerptPart[] {
  // Only ASCII is case-folded, so that positions in `lower` are positions in `text`.
  const fold = (value: string) => value.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const lower = fold(text);
  const wanted = needles.map(fold).filter((n) => n !== '');
  const firsts = wanted.map((n) => lower.indexOf(n)).filter((i) => i >= 0);
  const first = firsts.length ? Math.min(...firsts) : 0;
  const isLowSurrogate = (i: number) => /[\udc00-\udfff]/.test(text[i] ?? '');
  let start = Math.max(0, Math.min(first - Math.floor(width / 4), text.length - width));
  if (isLowSurrogate(start)) start++;
  let end = Math.min(text.length, start + width);
  if (isLowSurrogate(end)) end++;
  const marked = new Array<boolean>(end - start).fill(false);
  for (const needle of wanted) {
    for (let at = lower.indexOf(needle, start); at >= 0 && at < end; at = lower.indexOf(needle, at + 1)) {
      for (let i = at; i < Math.min(end, at + needle.length); i++) marked[i - start] = true;
    }
  }
  const parts: ExcerptPart[] = [];
  for (let i = start; i < end; i++) {
    const last = parts.at(-1);
    if (last && last.marked === marked[i - start]) last.text += text[i];
    else parts.push({ text: text[i], marked: marked[i - start] });
  }
  if (start > 0) parts.unshift({ text: '…', marked: false });
  if (end < text.length) parts.push({ text: '…', marked: false });
  return parts;
}

/**
 * The readable text after the names (summary, organisations, region, awards, body) of a record's
 * tokens: the pinyin that follows the first filler of each block is left out. An English record
 * (`english`) has no body, so no Chinese full stop closes its summary block.
 */
export function readableFields(tokens: string[], english = false): string {
  const meta = tokens.slice(NAME_SPAN, BODY_START);
  const end = meta.indexOf(NAME_FILLER);
  return readableText([...meta.slice(0, end < 0 ? meta.length : end), ...(english ? [] : ['。']), ...tokens.slice(BODY_START)], english);
}
