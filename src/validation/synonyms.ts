// Reads and checks content/search/synonyms.yaml (schema: schemas/search-synonyms.ts): the words
// search expands a query with. The search page's table is built from the groups that pass
// (search/synonyms.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { synonymGroupSchema, synonymsFileSchema, type SynonymGroup } from '../schemas/search-synonyms.ts';
import { simplified, toSimplified } from '../text/chinese-script.ts';
import { normalise } from '../text/fold.ts';
import { readCheckedFile } from './entry-file.ts';
import type { Problem } from './problem.ts';
import { checkSchema } from './schema-check.ts';

/** The folder and file, relative to the content directory. */
export const SEARCH_FOLDER = 'search';
export const SYNONYMS_FILE = 'search/synonyms.yaml';

/**
 * Read and check the synonyms file. `caseTexts` are the cases' searchable texts (names,
 * organisations, summary, body), to check that each group can find something (undefined: not
 * checked); each is converted to Simplified on its own, so that one Traditional character does not
 * send the whole library through the converter. Returns the
 * groups that passed, and adds a Problem (file:line: field: message) for each that did not.
 */
export function checkSynonyms(contentDir: string, caseTexts: string[] | undefined, problems: Problem[], displayRoot = process.cwd()): SynonymGroup[] {
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
  const simplifiedText = caseTexts === undefined ? undefined : normalise(caseTexts.map(simplified).join('\n'));
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

