// Checks on the words search maps to concepts (issue 18): the taxonomies' entry terms and the
// cases' keywords. A vocabulary's entry terms must each lead to one term and never shadow another
// term's label; every word must be non-empty, Simplified (the index and the queries are folded to
// Simplified) and listed once. Words are compared as search compares them (searchFold).
import { toSimplified } from '../text/chinese-script.ts';
import { searchFold } from '../text/fold.ts';
import type { EntryFile } from './entry-file.ts';
import { fieldPath, type Problem } from './problem.ts';

type Data = Record<string, unknown>;
const asData = (value: unknown): Data => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {});
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Problems with one list of words (entry terms or keywords): empty, Traditional, listed twice. */
function checkWords(entry: EntryFile, path: PropertyKey[], words: unknown[], problems: Problem[]): void {
  const seen = new Map<string, number>();
  words.forEach((word, k) => {
    const at = (message: string) => problems.push({ file: entry.file, line: entry.lineOf([...path, k]), field: fieldPath([...path, k]), message });
    if (typeof word !== 'string') return; // the schema reports it
    const folded = searchFold(word);
    if (folded === '') return at('must not be empty');
    const simplified = toSimplified(word);
    if (simplified !== word) at(`write "${word}" in Simplified characters (${simplified}): search folds queries to Simplified`);
    if (seen.has(folded)) at(`"${word}" is listed twice (also at [${seen.get(folded)}]; search ignores case, spaces and full/half width)`);
    else seen.set(folded, k);
  });
}

/**
 * The taxonomies' entry terms and the cases' keywords. `taxonomies` and `cases` are the loaded files
 * by ID (raw data: the checks run whether or not an entry passed its schema).
 */
export function checkEntryTerms(taxonomies: ReadonlyMap<string, EntryFile>, cases: ReadonlyMap<string, EntryFile>, problems: Problem[]): void {
  // Every term's labels, across all vocabularies: an entry term that equals one would send the query
  // to two concepts, or hide the term whose label it is.
  const labels = new Map<string, string>();
  for (const [vocabulary, entry] of taxonomies) {
    for (const term of asList(asData(entry.data).terms).map(asData)) {
      for (const label of [term.label, term.en]) if (typeof label === 'string' && searchFold(label)) labels.set(searchFold(label), `${vocabulary}/${String(term.id)}`);
    }
  }
  for (const [vocabulary, entry] of taxonomies) {
    const owner = new Map<string, { id: string; index: number }>();
    asList(asData(entry.data).terms).map(asData).forEach((term, i) => {
      const words = asList(term.entryTerms);
      const path = ['terms', i, 'entryTerms'];
      checkWords(entry, path, words, problems);
      const key = `${vocabulary}/${String(term.id)}`;
      words.forEach((word, k) => {
        if (typeof word !== 'string' || searchFold(word) === '') return;
        const at = (message: string) => problems.push({ file: entry.file, line: entry.lineOf([...path, k]), field: fieldPath([...path, k]), message });
        const folded = searchFold(word);
        const labelOf = labels.get(folded);
        if (labelOf !== undefined && labelOf !== key) at(`"${word}" is the label of the term ${labelOf}: an entry term must not be another term's name`);
        const other = owner.get(folded);
        if (other && other.id !== String(term.id)) at(`"${word}" is already an entry term of "${other.id}" (terms[${other.index}]): one word leads to one term of a vocabulary`);
        else owner.set(folded, { id: String(term.id), index: i });
      });
    });
  }
  for (const entry of cases.values()) checkWords(entry, ['keywords'], asList(asData(entry.data).keywords), problems);
}
