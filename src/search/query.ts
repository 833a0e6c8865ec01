// Query understanding: what a typed query asks for, as the search page searches it. Pure (no DOM,
// no Pagefind), shared by the page and the unit tests.
//
// People type Chinese without spaces and paste titles with quotes and colons, so a query becomes:
// 1. pieces: the query split at spaces and punctuation, each matched exactly (惠云眼, a pasted
//    title's quoted parts, an organisation prefix), ANDed;
// 2. words: when the pieces find nothing together, each piece split into words (武汉税务 → 武汉 /
//    税务) by longest match over the library's own words (regions, vocabularies, synonyms) and ICU's
//    Intl.Segmenter for the rest, function words dropped; ANDed in any order;
// 3. relaxation: when the words find nothing together, the cases that contain most of them
//    (search/rank.ts), labelled as partial matches.
// A piece or word also matches the words the synonym table says it stands for (华科 → 华中科技大学),
// and spaced pinyin syllables are read as one word (hui yun yan → huiyunyan).
import { normalise, searchFold } from '../text/fold.ts';
import { conceptsOf, FILLER_WORDS, withoutFiller, type ConceptTable } from './concepts.ts';
import type { SynonymTable } from './synonyms.ts';
import { MAX_QUERY_CHARACTERS } from './text.ts';

/** Words never required to match: particles and conjunctions between the words people type. */
export const FUNCTION_WORDS = new Set(['的', '之', '和', '与', '在', '及', '或', '了', '是', '等', '对', '跟', '同', '并', '以及', '还有', '关于', '有关', '相关']);

/** What the query needs a case to contain: one piece or word, and what else it may be written as. */
export interface Need {
  /** As shown to the user (missing words, highlights). */
  text: string;
  /** Strings any of which matches, `text` first, then its synonyms. */
  alternatives: string[];
  /** Share of the query it stands for: its characters (a Latin word counts 2). */
  weight: number;
  /** The vocabulary concepts it leads to (search/concepts.ts), searched when the words alone find nothing. */
  concepts?: number[];
}

export interface QueryPlan {
  /** Step 1: the pieces as typed. Empty when the query has nothing searchable. */
  pieces: Need[];
  /** Step 2: the words, or undefined when splitting changes nothing. */
  words?: Need[];
  /**
   * Step 3: the words (or the whole query) with the concepts they lead to, or undefined when none
   * leads to a concept. Relaxation then uses these needs.
   */
  concepts?: Need[];
}

export interface QueryContext {
  /** Known words (normalised Simplified), matched longest first before ICU segments the rest. */
  words: ReadonlySet<string>;
  synonyms: SynonymTable;
  /** Word → vocabulary concept table (search/concepts.ts); without it, no concepts. */
  concepts?: ConceptTable;
  /** Word segmentation of a Han string (Intl.Segmenter); without it, characters. */
  segment?: (text: string) => string[];
}

const HAN = /\p{Script=Han}/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** One toneless pinyin syllable (v for ü). */
const SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|er|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)$/;
/** A list marker at the start of a pasted list line: 1. 2、 (一) 十二、 */
const LIST_MARKER = /^\s*(?:\(?[一二三四五六七八九十]+\)|\d{1,3}[.、)](?!\d)|[一二三四五六七八九十]+、)\s*/u;

export function isPinyinSyllable(word: string): boolean {
  return SYLLABLE.test(word);
}

/** The weight of a piece or word: Han characters count one each, a Latin word or number two. */
export function weightOf(text: string): number {
  return HAN_ONLY.test(text) ? [...text].length : 2;
}

/** Split at script changes: 5g智慧服务 → 5g / 智慧服务. */
function byScript(text: string): string[] {
  return text.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [];
}

/**
 * The pieces of a query: normalised (NFKC, lower case), a pasted list line's number dropped, split
 * at spaces and punctuation (a decimal point or thousands comma inside a number stays), spaced
 * pinyin syllables joined (hui yun yan → huiyunyan), function words dropped.
 */
export function queryPieces(query: string): string[] {
  const text = normalise([...query].slice(0, MAX_QUERY_CHARACTERS).join('')).replace(LIST_MARKER, '');
  const pieces: string[] = [];
  // Groups are separated by punctuation; within a group, words by spaces.
  for (const group of text.split(/(?:(?<!\d)[.,]|[.,](?!\d)|[^\p{L}\p{N}\s.,])+/u)) {
    const words = group.split(/\s+/u).filter((word) => word !== '');
    for (let i = 0; i < words.length; i++) {
      let j = i;
      while (j < words.length && isPinyinSyllable(words[j])) j++;
      if (j - i >= 2) {
        pieces.push(words.slice(i, j).join(''));
        i = j - 1;
      } else pieces.push(words[i]);
    }
  }
  // Question words and filler (哪些, 如何, 案例, how, …) go too, unless nothing else is left.
  return unique(withoutFiller(pieces.filter((piece) => !FUNCTION_WORDS.has(piece))));
}

/**
 * A Han string's words: the longest known word at each place, ICU's words for the stretches
 * between, function words dropped, and runs of single characters joined again (ICU splits names it
 * does not know into characters: 惠 / 云 / 眼 → 惠云眼).
 */
export function segmentHan(text: string, context: QueryContext): string[] {
  const chars = [...text];
  const longest = Math.max(4, ...[...context.words].map((word) => [...word].length));
  const out: string[] = [];
  let rest = '';
  const flush = () => {
    if (rest) out.push(...(context.segment ? context.segment(rest) : [...rest]));
    rest = '';
  };
  for (let i = 0; i < chars.length; ) {
    let found = 0;
    for (let length = Math.min(longest, chars.length - i); length >= 2; length--) {
      const candidate = chars.slice(i, i + length).join('');
      if (context.words.has(candidate) || FILLER_WORDS.has(candidate)) {
        found = length;
        break;
      }
    }
    if (found) {
      flush();
      out.push(chars.slice(i, i + found).join(''));
      i += found;
    } else rest += chars[i++];
  }
  flush();
  // Function words go, and question words and filler unless nothing else is left; single
  // characters between them join.
  const content = out.filter((word) => !FUNCTION_WORDS.has(word));
  const dropFiller = content.some((word) => !FILLER_WORDS.has(searchFold(word)));
  const words: string[] = [];
  let single = '';
  for (const word of out) {
    if (FUNCTION_WORDS.has(word) || (dropFiller && FILLER_WORDS.has(word))) {
      if (single) words.push(single);
      single = '';
    } else if ([...word].length === 1) single += word;
    else {
      if (single) words.push(single);
      single = '';
      words.push(word);
    }
  }
  if (single) words.push(single);
  return words;
}

function need(text: string, synonyms: SynonymTable): Need {
  return { text, alternatives: unique([text, ...(synonyms[text] ?? [])]), weight: weightOf(text) };
}

/** The plan for a query (already converted to Simplified). */
export function understand(query: string, context: QueryContext): QueryPlan {
  const pieces = queryPieces(query);
  const words = unique(pieces.flatMap((piece) => byScript(piece).flatMap((part) => (HAN.test(part) && [...part].length > 2 ? segmentHan(part, context) : [part]))));
  const split = words.length !== pieces.length || words.some((word, i) => word !== pieces[i]);
  const plan: QueryPlan = {
    pieces: pieces.map((piece) => need(piece, context.synonyms)),
    words: split && words.length > 0 ? words.map((word) => need(word, context.synonyms)) : undefined,
  };
  if (context.concepts && pieces.length > 0) plan.concepts = conceptNeeds(query, pieces, plan.words ?? plan.pieces, context.concepts);
  return plan;
}

/**
 * The needs with their concepts: the whole query when it is a term's label, English label or entry
 * term as a whole (环境与能源, environment and energy); else each word that is. Undefined when no
 * concept is reached.
 */
function conceptNeeds(query: string, pieces: string[], needs: Need[], table: ConceptTable): Need[] | undefined {
  const spaced = searchFold([...query].slice(0, MAX_QUERY_CHARACTERS).join('').replace(/[^\p{L}\p{N}\s]+/gu, ' '));
  const whole = unique([...conceptsOf(spaced, table), ...conceptsOf(pieces.join(' '), table), ...conceptsOf(pieces.join(''), table)]);
  if (whole.length && needs.length > 1) {
    const text = pieces.join(' ');
    return [{ text, alternatives: [], weight: needs.reduce((sum, n) => sum + n.weight, 0), concepts: whole }];
  }
  const mapped = needs.map((n) => {
    const concepts = unique([...conceptsOf(n.text, table), ...(needs.length === 1 ? whole : [])]);
    return concepts.length ? { ...n, concepts } : n;
  });
  return mapped.some((n) => n.concepts) ? mapped : undefined;
}

/**
 * What to try, longest first, for a word that occurs nowhere (加油站 → 加油站's inner strings:
 * 加油, 油站): its substrings of at least two characters, for words of three to eight Han
 * characters. Relaxation counts a substring found as that many characters of the word.
 */
export function backoffCandidates(word: string): string[][] {
  const chars = [...word];
  if (!HAN_ONLY.test(word) || chars.length < 3 || chars.length > 8) return [];
  const levels: string[][] = [];
  for (let length = chars.length - 1; length >= 2; length--) {
    levels.push(unique(Array.from({ length: chars.length - length + 1 }, (_, i) => chars.slice(i, i + length).join(''))));
  }
  return levels;
}

/** Intl.Segmenter's words of a Han string (browsers and Node ship ICU's Chinese dictionary). */
export function icuSegmenter(): ((text: string) => string[]) | undefined {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return undefined;
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return (text) => [...segmenter.segment(text)].map((s) => s.segment).filter((s) => s.trim() !== '');
}

/**
 * Names close to a query that found nothing, best first: those that share two adjacent characters
 * with it and most of its characters (Dice coefficient over characters ≥ 0.5), then the shorter.
 */
export function suggestions(query: string, names: readonly string[], limit = 5): string[] {
  const wanted = [...normalise(query)].filter((c) => /[\p{L}\p{N}]/u.test(c));
  if (wanted.length < 2) return [];
  const pairs = wanted.slice(1).map((c, i) => wanted[i] + c);
  const scored: Array<{ name: string; score: number }> = [];
  for (const name of names) {
    const chars = [...normalise(name)];
    if (chars.length > wanted.length * 4 || !pairs.some((pair) => name.includes(pair))) continue;
    const pool = [...chars];
    let shared = 0;
    for (const c of wanted) {
      const at = pool.indexOf(c);
      if (at >= 0) {
        shared++;
        pool.splice(at, 1);
      }
    }
    const score = (2 * shared) / (wanted.length + chars.length);
    if (score >= 0.5 && normalise(name) !== wanted.join('')) scored.push({ name, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.name.length - b.name.length).slice(0, limit).map((s) => s.name);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
