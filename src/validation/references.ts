// Cross-entry checks that a single schema cannot make: every reference resolves (taxonomy terms,
// editions and their categories, sources, cases, region parents), titles, aliases and listed titles
// are unique (compared as nameKey() folds them), and list positions within a category run 1..n.
import { REGION_RANKS, VOCABULARIES } from '../schemas/taxonomy.ts';
import type { EntryFile } from './entry-file.ts';
import { NAME_KEY_RULE, nameKey } from '../text/name-key.ts';
import { fieldPath, type Problem } from './problem.ts';
import { didYouMean, knownList } from './suggest.ts';

export type LoadedCollections = Record<string, Map<string, EntryFile>>;

type Data = Record<string, unknown>;
const asData = (value: unknown): Data => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {});
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Report a problem at a field of an entry. */
type At = (entry: EntryFile, path: PropertyKey[], message: string) => void;

/** The reference checks every collection uses, with what they look values up in. */
interface ReferenceChecks {
  at: At;
  /** Report `value` at `path` unless it is one of `known`. */
  oneOf: (entry: EntryFile, path: PropertyKey[], value: unknown, known: readonly string[], what: string, hint?: string) => void;
  /** A vocabulary term; an editor who wrote the term's label (区县级) is told its ID (county). */
  term: (entry: EntryFile, path: PropertyKey[], value: unknown, vocabulary: string) => void;
  /** Every source an entry lists exists. */
  sources: (entry: EntryFile) => void;
}

/** Awards per edition and category (`<edition>\u0000<category>`), with and without a position. */
interface AwardLists {
  positioned: Map<string, PositionedAward[]>;
  unpositioned: Map<string, PositionedAward[]>;
}

export function checkReferences(collections: LoadedCollections, problems: Problem[]): void {
  const check = referenceChecks(collections, problems);
  for (const entry of collections.awards?.values() ?? []) check.sources(entry);
  const programmeIds = [...(collections.awards?.keys() ?? [])];
  for (const entry of collections.editions?.values() ?? []) {
    check.sources(entry);
    check.oneOf(entry, ['programme'], asData(entry.data).programme, programmeIds, 'an award programme ID');
  }
  const editions = new Map<string, Data>();
  for (const [id, entry] of collections.editions ?? []) editions.set(id, asData(entry.data));
  const lists: AwardLists = { positioned: new Map(), unpositioned: new Map() };
  for (const entry of collections.cases?.values() ?? []) checkCase(entry, check, editions, lists);
  for (const [key, awards] of lists.positioned) {
    const [editionId, category] = key.split('\u0000');
    const editionEntry = collections.editions!.get(editionId)!;
    checkPositions(editionEntry, category, awards, lists.unpositioned.get(key) ?? [], check.at);
  }
  const caseIds = [...(collections.cases?.keys() ?? [])];
  for (const entry of collections.comparisons?.values() ?? []) {
    asList(asData(entry.data).cases).forEach((id, i) => check.oneOf(entry, ['cases', i], id, caseIds, 'a case ID'));
  }
  checkNames(collections, problems);
}

/** The checks, after the vocabularies themselves are checked (their terms are what `term` knows). */
function referenceChecks(collections: LoadedCollections, problems: Problem[]): ReferenceChecks {
  const at: At = (entry, path, message) => problems.push({ file: entry.file, line: entry.lineOf(path), field: fieldPath(path), message });
  const oneOf: ReferenceChecks['oneOf'] = (entry, path, value, known, what, hint = '') => {
    const text = asText(value);
    if (text === undefined || known.includes(text)) return;
    at(entry, path, `"${text}" is not ${what} (known: ${knownList([...known].sort())})${hint || didYouMean(text, known)}`);
  };
  const { terms, termByLabel } = checkTaxonomies(collections.taxonomies ?? new Map(), at);
  const term: ReferenceChecks['term'] = (entry, path, value, vocabulary) => {
    const text = asText(value);
    const labelled = text === undefined ? undefined : termByLabel.get(vocabulary)?.get(text);
    const hint = labelled ? `: "${text}" is the label of the term "${labelled}"; write ${labelled}` : '';
    oneOf(entry, path, value, terms.get(vocabulary) ?? [], `${/^[aeiou]/.test(vocabulary) ? 'an' : 'a'} ${vocabulary} term`, hint);
  };
  const sourceIds = [...(collections.sources?.keys() ?? [])];
  const sources = (entry: EntryFile) => asList(asData(entry.data).sources).forEach((source, i) => oneOf(entry, ['sources', i], source, sourceIds, 'a source ID'));
  return { at, oneOf, term, sources };
}

/** A case's sources, terms, metric sources and awards; its positioned awards go into `lists`. */
function checkCase(entry: EntryFile, check: ReferenceChecks, editions: Map<string, Data>, lists: AwardLists): void {
  const data = asData(entry.data);
  check.sources(entry);
  asList(data.organisations).forEach((organisation, i) =>
    check.term(entry, ['organisations', i, 'type'], asData(organisation).type, 'org-type'),
  );
  check.term(entry, ['region'], data.region, 'region');
  check.term(entry, ['level'], data.level, 'level');
  asList(data.domains).forEach((term, i) => check.term(entry, ['domains', i], term, 'domain'));
  asList(data.technologies).forEach((term, i) => check.term(entry, ['technologies', i], term, 'technology'));

  const listedSources = asList(data.sources).filter((s): s is string => typeof s === 'string');
  asList(data.metrics).forEach((metric, i) =>
    check.oneOf(entry, ['metrics', i, 'source'], asData(metric).source, listedSources, "one of this case's sources"),
  );
  asList(data.awards).forEach((award, i) => checkCaseAward(entry, i, asData(award), check, editions, lists));
}

/** One award of a case: its edition and category exist, a rank only where the edition ranks. */
function checkCaseAward(entry: EntryFile, i: number, award: Data, check: ReferenceChecks, editions: Map<string, Data>, lists: AwardLists): void {
  const { edition: editionId, category, rank, position } = award;
  if (typeof editionId !== 'string') return;
  const edition = editions.get(editionId);
  if (edition === undefined) {
    check.oneOf(entry, ['awards', i, 'edition'], editionId, [...editions.keys()], 'an award edition ID');
    return;
  }
  const categories = asList(edition.categories).map((c) => asText(asData(c).name)).filter((c): c is string => !!c);
  check.oneOf(entry, ['awards', i, 'category'], category, categories, `a category of ${editionId}`);
  if (rank !== undefined && edition.ranked !== true) {
    check.at(entry, ['awards', i, 'rank'], `${editionId} does not rank its winners, so a case has no rank there`);
  }
  if (typeof category === 'string' && categories.includes(category)) {
    const key = `${editionId}\u0000${category}`;
    const list = typeof position === 'number' ? lists.positioned : lists.unpositioned;
    list.set(key, [...(list.get(key) ?? []), { entry, index: i, position: typeof position === 'number' ? position : 0 }]);
  }
}

/** Titles, aliases and listed titles are unique across cases; edition and comparison titles too. */
function checkNames(collections: LoadedCollections, problems: Problem[]): void {
  checkUnique(collections.cases, problems, (data) => [
    { path: ['title'], value: data.title, what: 'title' },
    ...asList(data.aliases).map((alias, i): Name => ({ path: ['aliases', i], value: alias, what: 'alias' })),
    // A case may repeat its own listed title as its title or alias, or be listed twice under it.
    ...asList(data.awards).map((award, i): Name => ({ path: ['awards', i, 'listedTitle'], value: asData(award).listedTitle, what: 'listed title', ownRepeatAllowed: true })),
  ]);
  checkUnique(collections.editions, problems, (data) => [{ path: ['title'], value: data.title, what: 'edition title' }]);
  checkUnique(collections.comparisons, problems, (data) => [{ path: ['title'], value: data.title, what: 'comparison title' }]);
}

interface PositionedAward {
  entry: EntryFile;
  /** Index in the case's awards. */
  index: number;
  position: number;
}

/**
 * Positions in one category's published list: unique, within the number the edition says were
 * awarded, and 1..n without gaps once the library holds the whole list (or the number is unknown).
 * An award without a position next to awards with one is reported too.
 */
function checkPositions(
  edition: EntryFile,
  category: string,
  awards: PositionedAward[],
  withoutPosition: PositionedAward[],
  at: At,
): void {
  const categoryIndex = asList(asData(edition.data).categories).findIndex((c) => asData(c).name === category);
  const awarded = asData(asList(asData(edition.data).categories)[categoryIndex]).awarded;
  const listSize = typeof awarded === 'number' ? awarded : undefined;
  const holders = new Map<number, PositionedAward>();
  for (const award of awards) {
    const path = ['awards', award.index, 'position'];
    const holder = holders.get(award.position);
    if (holder !== undefined) {
      at(award.entry, path, `position ${award.position} in ${category} of ${edition.id} is already held by ${holder.entry.file}`);
    } else {
      holders.set(award.position, award);
    }
    if (listSize !== undefined && award.position > listSize) {
      at(award.entry, path, `is ${award.position}, but ${edition.id} lists ${listSize} in ${category}`);
    }
  }
  for (const award of withoutPosition) {
    at(award.entry, ['awards', award.index], `has no position, while other awards in ${category} of ${edition.id} have one: give every award in the list its position`);
  }
  if (listSize !== undefined && holders.size < listSize) return; // the library does not hold the whole list
  const highest = Math.max(...holders.keys());
  const missing = Array.from({ length: highest }, (_, i) => i + 1).filter((p) => !holders.has(p));
  if (missing.length > 0) {
    at(edition, ['categories', categoryIndex], `positions in ${category} must run from 1 without gaps; missing: ${missing.join(', ')}`);
  }
}

/** Checks each vocabulary file and returns the term IDs per vocabulary. */
function checkTaxonomies(taxonomies: Map<string, EntryFile>, at: At): { terms: Map<string, string[]>; termByLabel: Map<string, Map<string, string>> } {
  const terms = new Map<string, string[]>();
  const termByLabel = new Map<string, Map<string, string>>();
  for (const [id, entry] of taxonomies) {
    const { ids, byLabel } = checkVocabularyFile(id, entry, at);
    termByLabel.set(id, byLabel);
    terms.set(id, ids);
  }
  for (const vocabulary of VOCABULARIES) {
    if (!terms.has(vocabulary)) {
      const anyEntry = taxonomies.values().next().value as EntryFile | undefined;
      at(
        anyEntry ?? ({ file: `taxonomies/${vocabulary}.yaml`, lineOf: () => 1 } as unknown as EntryFile),
        [],
        `the vocabulary "${vocabulary}" is missing: add taxonomies/${vocabulary}.yaml`,
      );
    }
  }
  const regions = taxonomies.get('region');
  if (regions) checkRegionTree(regions, taxonomies, at);
  return { terms, termByLabel };
}

/** One vocabulary: named after its file, term IDs and labels unique. Returns its IDs, and label (and English label) → ID. */
function checkVocabularyFile(id: string, entry: EntryFile, at: At): { ids: string[]; byLabel: Map<string, string> } {
  const data = asData(entry.data);
  if (typeof data.vocabulary === 'string' && data.vocabulary !== id) {
    at(entry, ['vocabulary'], `must equal the file name "${id}"`);
  }
  const seenIds = new Set<string>();
  const seenLabels = new Set<string>();
  const byLabel = new Map<string, string>();
  asList(data.terms).forEach((term, i) => {
    const { id: termId, label, en } = asData(term);
    for (const name of [label, en]) if (typeof name === 'string' && typeof termId === 'string') byLabel.set(name, termId);
    if (typeof termId === 'string') {
      if (seenIds.has(termId)) at(entry, ['terms', i, 'id'], `"${termId}" is listed twice`);
      seenIds.add(termId);
    }
    if (typeof label === 'string') {
      if (seenLabels.has(label)) at(entry, ['terms', i, 'label'], `"${label}" is used by another term`);
      seenLabels.add(label);
    }
  });
  return { ids: [...seenIds], byLabel };
}

/** Region terms form a tree, each below a parent of a higher rank; no other vocabulary has parents or ranks. */
function checkRegionTree(regions: EntryFile, taxonomies: Map<string, EntryFile>, at: At): void {
  const list = asList(asData(regions.data).terms).map(asData);
  const byId = new Map(list.map((term) => [term.id, term]));
  const regionIds = [...byId.keys()].filter((k): k is string => typeof k === 'string');
  list.forEach((term, i) => {
    if (term.parent === undefined) {
      // Roots are the country, provinces, and rank-less terms such as "unspecified" (no place stated; library/library.ts isPlace()).
      if (term.rank !== undefined && term.rank !== 'country' && term.rank !== 'province') at(regions, ['terms', i], 'a region below province level needs a parent');
      return;
    }
    const parent = byId.get(term.parent);
    if (parent === undefined) {
      at(regions, ['terms', i, 'parent'], `"${String(term.parent)}" is not a region term${didYouMean(String(term.parent), regionIds)}`);
      return;
    }
    const depth = (rank: unknown) => REGION_RANKS.indexOf(rank as (typeof REGION_RANKS)[number]);
    if (depth(parent.rank) >= depth(term.rank)) {
      at(regions, ['terms', i, 'parent'], `the parent "${String(term.parent)}" (${String(parent.rank)}) must be above a ${String(term.rank)}`);
    }
  });
  for (const vocabularyEntry of taxonomies.values()) {
    if (vocabularyEntry === regions) continue;
    asList(asData(vocabularyEntry.data).terms).forEach((term, i) => {
      const { parent, rank } = asData(term);
      if (parent !== undefined || rank !== undefined) at(vocabularyEntry, ['terms', i], 'only region terms have a parent and rank');
    });
  }
}

interface Name {
  path: PropertyKey[];
  value: unknown;
  /** What the name is, for messages: title, alias, listed title. */
  what: string;
  /** The entry may use this name again for itself (a listed title equal to its own title). */
  ownRepeatAllowed?: boolean;
}

/**
 * Reports any name of `names(entry)` that another entry (or the same one) already used, compared
 * by nameKey(): Traditional and Simplified, full- and half-width, punctuation and spaces are ignored.
 * The message names both files and the line of the first use.
 */
function checkUnique(entries: Map<string, EntryFile> | undefined, problems: Problem[], names: (data: Data) => Name[]): void {
  const firstUse = new Map<string, Name & { entry: EntryFile; value: string }>();
  for (const entry of entries?.values() ?? []) {
    for (const name of names(asData(entry.data))) {
      if (typeof name.value !== 'string') continue;
      const key = nameKey(name.value);
      if (key === '') continue;
      const previous = firstUse.get(key);
      if (previous === undefined) {
        firstUse.set(key, { ...name, entry, value: name.value });
        continue;
      }
      if (previous.entry === entry && (name.ownRepeatAllowed || previous.ownRepeatAllowed)) continue;
      const where = `${previous.entry.file}:${previous.entry.lineOf(previous.path)}`;
      const message =
        previous.value === name.value
          ? `"${name.value}" is already the ${previous.what} of ${where}`
          : `"${name.value}" is the ${previous.what} "${previous.value}" of ${where} written differently (${NAME_KEY_RULE})`;
      problems.push({ file: entry.file, line: entry.lineOf(name.path), field: fieldPath(name.path), message });
    }
  }
}
