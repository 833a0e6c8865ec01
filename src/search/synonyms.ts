// Reads and checks content/search/synonyms.yaml (schema: schemas/search-synonyms.ts). Node only:
// the build turns the groups into the search page's expansion table (SynonymTable), a few hundred
// bytes in the page itself.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toSimplified } from '../text/chinese-script.ts';
import { synonymGroupSchema, synonymsFileSchema, type SynonymGroup } from '../schemas/search-synonyms.ts';
import { readCheckedFile } from '../validation/entry-file.ts';
import type { Problem } from '../validation/problem.ts';
import { checkSchema } from '../validation/schema-check.ts';
import { normalise } from './text.ts';

/** The folder and file, relative to the content directory. */
export const SEARCH_FOLDER = 'search';
export const SYNONYMS_FILE = 'search/synonyms.yaml';

/** Word (normalised) → the words it also stands for. */
export type SynonymTable = Record<string, string[]>;

/**
 * Read and check the synonyms file. `libraryText` is every case's searchable text (names,
 * organisations, summary, body), to check that each group can find something (undefined: not
 * checked). Returns the
 * groups that passed, and adds a Problem (file:line: field: message) for each that did not.
 */
export function checkSynonyms(contentDir: string, libraryText: string | undefined, problems: Problem[], displayRoot = process.cwd()): SynonymGroup[] {
  const full = path.join(contentDir, SYNONYMS_FILE);
  const file = path.relative(displayRoot, full).split(path.sep).join('/');
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch {
    return []; // the file is optional: without it, search expands nothing
  }
  const entry = readCheckedFile(file, 'synonyms', bytes, problems);
  if (entry?.data === undefined) return [];
  // Schema problems are reported for the whole file; the groups that pass are checked further.
  checkSchema(entry, synonymsFileSchema, problems);
  const raw = (entry.data as { groups?: unknown }).groups;
  const parsed = (Array.isArray(raw) ? raw : []).map((group) => synonymGroupSchema.safeParse(group));
  const simplifiedText = libraryText === undefined ? undefined : normalise(toSimplified(libraryText));
  const seen = new Map<string, number>();
  const good: SynonymGroup[] = [];
  parsed.forEach((result, i) => {
    if (!result.success) return;
    const group = result.data;
    const before = problems.length;
    const at = (field: string, message: string, fieldPath: PropertyKey[]) => problems.push({ file, line: entry.lineOf(['groups', i, ...fieldPath]), field: `groups[${i}].${field}`, message });
    const short = normalise(group.short);
    if (seen.has(short)) at('short', `"${group.short}" is already the short form of groups[${seen.get(short)}]: merge the two groups`, ['short']);
    seen.set(short, i);
    [group.short, ...group.means].forEach((word, k) => {
      const field = k === 0 ? 'short' : `means[${k - 1}]`;
      const fieldPath = k === 0 ? ['short'] : ['means', k - 1];
      if (toSimplified(word) !== word) at(field, `write "${word}" in Simplified characters (${toSimplified(word)}): the index is Simplified`, fieldPath);
      if (k > 0 && normalise(word) === short) at(field, 'must differ from the short form', fieldPath);
    });
    if (simplifiedText !== undefined && ![group.short, ...group.means].some((word) => simplifiedText.includes(normalise(word)))) {
      at('means', `none of ${[group.short, ...group.means].join('、')} occurs in any case, so the group can find nothing`, ['means']);
    }
    if (problems.length === before) good.push(group);
  });
  return good;
}

/** The page's expansion table: each short form stands for its `means`; two-way groups also the reverse. */
export function synonymTable(groups: SynonymGroup[]): SynonymTable {
  const table: SynonymTable = {};
  const add = (from: string, to: string[]) => {
    const key = normalise(from);
    table[key] = [...new Set([...(table[key] ?? []), ...to.map(normalise).filter((word) => word !== key)])];
  };
  for (const group of groups) {
    add(group.short, group.means);
    if (group.twoWay) for (const word of group.means) add(word, [group.short]);
  }
  return table;
}

/** The page's table from the synonyms file (validated by the content gate before pages render). */
export function loadSynonymTable(contentDir: string): SynonymTable {
  return synonymTable(checkSynonyms(contentDir, undefined, []));
}
