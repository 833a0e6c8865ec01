// validateContent(): every check on the content directory, collecting all problems at once.
// Used by `npm run validate` and by the build (src/integrations/content-gate.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { FILE_ID_PATTERN } from '../schemas/common.ts';
import { decodeUtf8, readEntryFile, type EntryFile } from './entry-file.ts';
import { checkMdxBody } from './mdx-safety.ts';
import { compareProblems, type Problem } from './problem.ts';
import { checkReferences, type LoadedCollections } from './references.ts';
import { checkSchema } from './schema-check.ts';
import { checkTextSafety } from './text-safety.ts';

export interface ValidationResult {
  problems: Problem[];
  /** Number of entries read per collection. */
  counts: Record<CollectionName, number>;
  /** Entries that passed their schema, with parsed data (defaults applied) and MDX body. */
  entries: Record<CollectionName, ValidEntry[]>;
}

export interface ValidEntry {
  id: string;
  data: unknown;
  body: string;
  /** Plain text of the body, for the search index. */
  bodyText: string;
}

/**
 * Validate everything under `contentDir`. `displayRoot` is the folder that file names in messages
 * are relative to (the project root by default).
 */
export function validateContent(contentDir: string, displayRoot = process.cwd()): ValidationResult {
  const problems: Problem[] = [];
  const display = (file: string) => path.relative(displayRoot, file).split(path.sep).join('/');
  const collections: LoadedCollections = {};
  const counts = {} as Record<CollectionName, number>;
  const valid = {} as Record<CollectionName, ValidEntry[]>;
  const knownFolders = new Set<string>(Object.values(COLLECTIONS).map((c) => c.folder));

  for (const name of listDirectory(contentDir)) {
    const full = path.join(contentDir, name);
    if (name.startsWith('.') || name === 'README.md') continue;
    if (!statSync(full).isDirectory() || !knownFolders.has(name)) {
      problems.push({ file: display(full), line: 1, field: '', message: `is not a content collection folder (known: ${[...knownFolders].join(', ')})` });
    }
  }

  for (const [name, spec] of Object.entries(COLLECTIONS) as Array<[CollectionName, (typeof COLLECTIONS)[CollectionName]]>) {
    const folder = path.join(contentDir, spec.folder);
    const entries = new Map<string, EntryFile>();
    collections[name] = entries;
    valid[name] = [];
    for (const fileName of listDirectory(folder)) {
      const full = path.join(folder, fileName);
      const file = display(full);
      if (fileName.startsWith('.') || fileName === 'README.md') continue;
      if (statSync(full).isDirectory()) {
        problems.push({ file, line: 1, field: '', message: 'sub-folders are not allowed in a collection: one file per entry' });
        continue;
      }
      const id = fileName.slice(0, fileName.length - path.extname(fileName).length);
      if (path.extname(fileName) !== spec.extension) {
        problems.push({ file, line: 1, field: '', message: `has the wrong extension: entries in ${spec.folder}/ are ${spec.extension} files` });
        continue;
      }
      if (!FILE_ID_PATTERN.test(id)) {
        problems.push({ file, line: 1, field: '', message: `the file name "${id}" is not a valid ID: use ASCII kebab-case starting with a letter, e.g. wuchang-pingan-index` });
        continue;
      }
      const text = decodeUtf8(file, readFileSync(full), problems);
      if (text === undefined) continue;
      const withoutBom = text.replace(/^\uFEFF/, '');
      const entry = readEntryFile(file, id, withoutBom, problems);
      entries.set(id, entry);
      checkTextSafety(entry, withoutBom, problems);
      if (entry.data === undefined) continue;
      const data = checkSchema(entry, spec.schema, problems);
      const bodyText = spec.extension === '.mdx' ? checkMdxBody(file, entry.body, entry.bodyStartLine, problems) : '';
      if (data !== undefined) valid[name].push({ id, data, body: entry.body, bodyText: bodyText ?? '' });
    }
    counts[name] = entries.size;
  }

  checkReferences(collections, problems);
  problems.sort(compareProblems);
  return { problems, counts, entries: valid };
}

const results = new Map<string, ValidationResult>();

/**
 * validateContent() once per content directory and process: the build's content gate and its
 * search index both need the result, and reading thousands of entries twice is wasted time.
 */
export function validateContentOnce(contentDir: string): ValidationResult {
  const key = path.resolve(contentDir);
  let result = results.get(key);
  if (!result) {
    result = validateContent(key);
    results.set(key, result);
  }
  return result;
}

function listDirectory(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}

export { formatProblem } from './problem.ts';
export type { Problem } from './problem.ts';
