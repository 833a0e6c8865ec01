// Query → concepts (issue 18): what a case is *about*, reached through the controlled vocabularies.
// Every term of every vocabulary (content/taxonomies/*.yaml) is a concept. Its label, English label
// and entry terms (everyday words, abbreviations, English words) lead to it, as MeSH entry terms lead
// to a heading in PubMed's Automatic Term Mapping. Pure, shared by the build (Node), the search page
// and the unit tests:
// - the build indexes, in each case's record, one marker token per concept the case is filed
//   under (conceptMarker), after the organisations' pinyin, where excerpts never read;
// - the page carries the word → concept table inline (ConceptTable) and searches a concept as its
//   marker, an exact one-token phrase, so a concept costs one small index chunk;
// - question words and filler are dropped from queries (FILLER_WORDS);
// - a name-like query that found nothing is corrected to the one library name a character away,
//   a same-pinyin substitution first (correction()).
import { normalise, searchFold } from '../text/fold.ts';

/**
 * Question words, filler and politeness that never have to match (哪里用大数据管停车 is 大数据 + 管 +
 * 停车), Chinese and English. They are dropped like function words, except when a query is made of
 * nothing else (then it is searched as typed).
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  '哪些', '哪里', '哪儿', '哪个', '哪家', '哪', '什么', '什么样', '啥', '怎么', '怎么样', '怎样', '如何', '有没有', '有无', '能不能', '能否', '可不可以', '可以', '是否', '是不是',
  '有什么', '有哪些', '请问', '介绍', '一下', '吗', '呢', '啊', '吧', '案例', '相关案例', '典型案例', '做法', '经验', '用', '做', '搞', '有', '地方',
  '利用', '运用', '使用', '采用', '查到', '找到', '查找', '搜索', '想找', '想看',
  'a', 'an', 'the', 'of', 'in', 'on', 'for', 'and', 'or', 'with', 'to', 'by', 'how', 'what', 'which', 'where', 'case', 'cases', 'example', 'examples', 'using', 'use',
]);

/** The word → concept table the search page carries inline. */
export interface ConceptTable {
  /** Per concept: what the page calls it (the term's Chinese label) and which vocabulary. */
  concepts: Array<{ label: string; vocabulary: string }>;
  /** Folded word → the concepts it leads to (normally one). */
  words: Record<string, number[]>;
}

/** First code point of the markers: CJK extension A, which no query types and no case contains. */
const MARKER_BASE = 0x3400;
/** How many concepts markers can tell apart (U+4DB5 is left to the repeats' mark: search/text.ts). */
export const MAX_CONCEPTS = 0x4db4 - MARKER_BASE;

/**
 * The index token for concept `k`: two extension-A characters, indexed as one bigram. The page
 * searches it as the quoted phrase of that bigram, which only the marker matches.
 */
export function conceptMarker(k: number): string {
  if (!Number.isInteger(k) || k < 0 || k >= MAX_CONCEPTS) throw new Error(`concept ${k} has no marker`);
  return String.fromCodePoint(MARKER_BASE, MARKER_BASE + 1 + k);
}

/** A vocabulary term as the table is built from it. */
export interface ConceptTerm {
  vocabulary: string;
  label: string;
  en?: string;
  entryTerms: readonly string[];
}

/** The page's table from the terms, in a fixed order (concept k is terms[k]). */
export function conceptTable(terms: readonly ConceptTerm[]): ConceptTable {
  if (terms.length > MAX_CONCEPTS) throw new Error(`${terms.length} concepts: markers tell at most ${MAX_CONCEPTS} apart`);
  const words: Record<string, number[]> = {};
  terms.forEach((term, k) => {
    for (const word of [term.label, term.en, ...term.entryTerms]) {
      if (!word) continue;
      const key = searchFold(word);
      if (key && !(words[key] ??= []).includes(k)) words[key].push(k);
    }
  });
  return { concepts: terms.map((term) => ({ label: term.label, vocabulary: term.vocabulary })), words };
}

/** The concepts a query word (or the whole query) leads to. */
export function conceptsOf(text: string, table: ConceptTable): number[] {
  return table.words[searchFold(text)] ?? [];
}

/** True when the words are all filler, so that dropping them would leave nothing to search. */
export function allFiller(words: readonly string[]): boolean {
  return words.length > 0 && words.every((word) => FILLER_WORDS.has(searchFold(word)));
}

/** Drop filler words, unless nothing else is left. */
export function withoutFiller(words: string[]): string[] {
  return allFiller(words) ? words : words.filter((word) => !FILLER_WORDS.has(searchFold(word)));
}

// ——— Typos and homophones ———

/** Reading table, fetched only when a query found nothing: toneless syllable → its characters. */
export type ReadingTable = Record<string, string>;

/** Character → its toneless syllables, from the table. */
export function readingIndex(table: ReadingTable): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [syllable, chars] of Object.entries(table)) for (const char of chars) (index.get(char) ?? index.set(char, []).get(char)!).push(syllable);
  return index;
}

/** How one string is one edit from another: a same-pinyin substitution, another substitution, or a missing or extra character. */
export type EditKind = 'homophone' | 'substitution' | 'insertion' | 'deletion';

/** The edit that turns `query` into `name`, when there is exactly one (characters compared as folded). */
export function oneEdit(query: string, name: string, readings?: ReadonlyMap<string, string[]>): EditKind | undefined {
  const a = [...query];
  const b = [...name];
  if (Math.abs(a.length - b.length) > 1) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (i === a.length || a.slice(i + 1).join('') !== b.slice(i + 1).join('')) return undefined;
    const x = readings?.get(a[i]) ?? [];
    const y = readings?.get(b[i]) ?? [];
    return x.some((s) => y.includes(s)) ? 'homophone' : 'substitution';
  }
  // One character more in the name (the query lacks it), or one less.
  if (b.length > a.length) return a.slice(i).join('') === b.slice(i + 1).join('') ? 'deletion' : undefined;
  return a.slice(i + 1).join('') === b.slice(i).join('') ? 'insertion' : undefined;
}

/** Parts of each kind (first character, last character) the suggestion names are cut into for typo correction. */
export const CORRECTION_PARTS = 32;

/**
 * The part files (under CORRECTION_FOLDER) that hold every name one edit away from `query`
 * (concepts.ts oneEdit): an edit anywhere but at the start keeps the first character, and an edit at
 * the start keeps the last one, so such a name shares the query's first or its last character
 * (compared folded, as correction() compares).
 */
export function correctionPartFiles(query: string): string[] {
  const chars = [...searchFold(query)];
  if (chars.length < 2) return [];
  return [partFile('first', chars[0]), partFile('last', chars[chars.length - 1])];
}

const partFile = (end: 'first' | 'last', char: string) => `${end}-${char.codePointAt(0)! % CORRECTION_PARTS}.json`;

/** The names cut into their part files: each name is in the part of its first and of its last character. */
export function correctionParts(names: readonly string[]): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  const add = (file: string, name: string) => (parts.get(file) ?? parts.set(file, []).get(file)!).push(name);
  for (const name of names) {
    const chars = [...searchFold(name)];
    if (chars.length === 0) continue;
    add(partFile('first', chars[0]), name);
    add(partFile('last', chars[chars.length - 1]), name);
  }
  return parts;
}

const HAN_ONLY = /^\p{Script=Han}+$/u;

/** Shortest query corrected: with fewer characters, one edit is too large a share of it. */
export const MIN_CORRECTED_LENGTH = 3;
/** Shortest query corrected by an edit other than a same-pinyin character. */
export const MIN_OTHER_EDIT_LENGTH = 4;

/**
 * The library's names one character away from a name-like query (three or more Han characters,
 * nothing else; four or more for an edit other than a same-pinyin character), closest first:
 * same-pinyin substitutions ahead of other edits. `best` holds the
 * names of the closest kind; the page shows a name's results directly only when `best` has exactly
 * one name.
 */
export function correction(query: string, names: readonly string[], readings?: ReadonlyMap<string, string[]>): { best: string[]; kind?: EditKind } {
  const wanted = searchFold(query);
  if (!HAN_ONLY.test(wanted) || [...wanted].length < MIN_CORRECTED_LENGTH) return { best: [] };
  const byKind = new Map<EditKind, Set<string>>();
  for (const name of names) {
    const folded = searchFold(name);
    if (folded === wanted) continue;
    const kind = oneEdit(wanted, folded, readings);
    if (kind) (byKind.get(kind) ?? byKind.set(kind, new Set()).get(kind)!).add(name);
  }
  const homophones = byKind.get('homophone');
  if (homophones?.size) return { best: [...homophones].sort(), kind: 'homophone' };
  // Another character, or one missing or extra, is a third of a three-character name: such a query
  // only gets "您是不是要找" (惠云眠 is not shown as 惠云眼).
  if ([...wanted].length < MIN_OTHER_EDIT_LENGTH) return { best: [] };
  const others = ['substitution', 'deletion', 'insertion'].flatMap((kind) => [...(byKind.get(kind as EditKind) ?? [])]);
  const unique = [...new Set(others)].sort();
  return { best: unique, kind: unique.length ? (['substitution', 'deletion', 'insertion'] as EditKind[]).find((kind) => byKind.get(kind)?.size) : undefined };
}
