// The library's own names for query understanding, computed at build time (Node only):
// - segmentation words, which the search page carries inline (a few hundred bytes): region labels
//   and their short forms, domain and technology labels, and the synonyms' words, so that the
//   page's longest match knows 沈阳市 before ICU splits it 沈阳 / 市民;
// - suggestion names (search-vocabulary.json beside the index), fetched only when a query finds
//   nothing, for "您是不是要找：…": titles, aliases, names quoted in listed titles, organisations and
//   regions;
// - the pinyin words of a case's names and places, indexed in its record (search/pinyin.ts).
import { VOCABULARIES, type TaxonomyTerm } from '../schemas/taxonomy.ts';
import { conceptMarker, conceptTable, type ConceptTable, type ConceptTerm, type ReadingTable } from './concepts.ts';
import type { CaseEntry, Library } from '../library/library.ts';
import { allReadings, readings, syllables } from './pinyin.ts';
import type { SynonymTable } from './synonyms.ts';
import { normalise } from '../text/fold.ts';

const REGION_SUFFIXES = ['土家族苗族自治州', '自治州', '高新区', '街道', '省', '市', '区', '县', '镇', '乡'];

/** A region label without its administrative suffix (湖北省 → 湖北, 湖滨街道 → 湖滨); the label when that would leave one character. */
export function regionShortForm(label: string): string {
  for (const suffix of REGION_SUFFIXES) {
    if (label.endsWith(suffix) && [...label].length - [...suffix].length >= 2) return label.slice(0, -suffix.length);
  }
  return label;
}

/** Pinyin of a region: its label and its short form, with the vocabulary's reading when it gives one. */
export function regionPinyin(term: TaxonomyTerm): string[] {
  const all = syllables(term.label, term.pinyin);
  const short = [...regionShortForm(term.label)].length;
  return [...new Set([...readings(all), ...readings(all.slice(0, short))])];
}

/** Names quoted in a title (湖北交警“云哨金钟罩”护航… → 云哨金钟罩). */
export function quotedNames(title: string): string[] {
  return [...title.matchAll(/[“"「『]([^”"」』]{2,30})[”"」』]/gu)].map((m) => m[1]);
}

/** The names a case is known by: title, aliases and the listed titles of its awards. */
export function caseNames(entry: CaseEntry): string[] {
  const listed = entry.data.awards.map((award) => award.listedTitle).filter((title): title is string => Boolean(title));
  return [...new Set([entry.data.title, ...entry.data.aliases, ...listed])];
}

/** Words the page segments with before ICU (inline in the page). */
export function segmentationWords(library: Library, synonyms: SynonymTable): string[] {
  const words = new Set<string>();
  for (const term of library.terms('region')) {
    words.add(term.label);
    words.add(regionShortForm(term.label));
  }
  for (const vocabulary of ['domain', 'technology'] as const) for (const term of library.terms(vocabulary)) words.add(term.label);
  // Entry terms of every vocabulary (停电抢修 is not cut in two before it can lead to its term).
  for (const vocabulary of VOCABULARIES) for (const term of library.terms(vocabulary)) term.entryTerms?.forEach((w) => words.add(w));
  for (const [word, others] of Object.entries(synonyms)) [word, ...others].forEach((w) => words.add(w));
  return [...words].map(normalise).filter((word) => /^\p{Script=Han}{2,}$/u.test(word)).sort();
}

/** Names offered as suggestions when a query finds nothing. */
export function suggestionNames(library: Library): string[] {
  const names = new Set<string>();
  for (const entry of library.cases) {
    for (const name of caseNames(entry)) {
      names.add(name);
      for (const quoted of quotedNames(name)) names.add(quoted);
    }
    for (const organisation of entry.data.organisations) names.add(organisation.name);
    for (const award of entry.data.awards) for (const name of award.listedOrganisations) names.add(name);
  }
  for (const term of library.terms('region')) if (term.rank !== 'country') names.add(term.label);
  return [...names].sort();
}

/** Every term of every vocabulary as a search concept, in a fixed order (concept k; search/concepts.ts). */
export function conceptTerms(library: Library): Array<ConceptTerm & { id: string }> {
  return VOCABULARIES.flatMap((vocabulary) =>
    library.terms(vocabulary).map((term) => ({ vocabulary, id: term.id, label: term.label, en: term.en, entryTerms: term.entryTerms ?? [] })),
  );
}

/**
 * The search page's inline word → concept table. The English page's table names each concept by
 * its English label (the same words lead to it).
 */
export function searchConceptTable(library: Library, english = false): ConceptTable {
  const terms = conceptTerms(library);
  const table = conceptTable(terms);
  if (english) table.concepts = table.concepts.map((concept, k) => ({ ...concept, label: terms[k]!.en ?? concept.label }));
  return table;
}

const conceptIndexes = new WeakMap<Library, Map<string, number>>();

/**
 * The markers of the concepts a case is filed under: its domains, technologies, level, its
 * organisations' types, and its region with the regions above it (a case in 武昌区 is also about
 * 武汉市 and 湖北省, as the region pages count it).
 */
export function caseConcepts(library: Library, entry: CaseEntry): string[] {
  let index = conceptIndexes.get(library);
  if (!index) {
    index = new Map(conceptTerms(library).map((term, k) => [`${term.vocabulary}/${term.id}`, k]));
    conceptIndexes.set(library, index);
  }
  const data = entry.data;
  const keys = [
    ...data.domains.map((id) => `domain/${id}`),
    ...data.technologies.map((id) => `technology/${id}`),
    ...(data.level ? [`level/${data.level}`] : []),
    ...data.organisations.flatMap((o) => (o.type ? [`org-type/${o.type}`] : [])),
    `region/${data.region}`,
    ...library.regionPath(data.region).map((term) => `region/${term.id}`),
  ];
  const found = [...new Set(keys)].map((key) => index.get(key)).filter((k): k is number => k !== undefined);
  return found.sort((a, b) => a - b).map(conceptMarker);
}

/**
 * The reading table for typo correction (search-readings.json, fetched only when a query finds
 * nothing): toneless syllable → characters. It covers the 3,755 common characters of GB 2312's
 * first level, which is what pinyin keyboards offer first, and every character of `names`.
 */
export function readingTable(names: readonly string[]): ReadingTable {
  const chars = new Set<string>();
  const gb = new TextDecoder('gb18030');
  for (let high = 0xb0; high <= 0xd7; high++) {
    for (let low = 0xa1; low <= 0xfe; low++) {
      const char = gb.decode(Uint8Array.of(high, low));
      if (/^\p{Script=Han}$/u.test(char)) chars.add(char);
    }
  }
  for (const name of names) for (const char of name) if (/^\p{Script=Han}$/u.test(char)) chars.add(char);
  const table: Record<string, Set<string>> = {};
  for (const char of [...chars].sort()) {
    for (const syllable of allReadings(char)) (table[syllable] ??= new Set()).add(char);
  }
  return Object.fromEntries(Object.keys(table).sort().map((syllable) => [syllable, [...table[syllable]].join('')]));
}
