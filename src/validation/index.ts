// validateContent(): every check on the content directory, collecting all problems at once.
// Used by `npm run validate` and by the build (src/integrations/content-gate.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionData, type CollectionName, type CollectionSpec } from '../schemas/index.ts';
import { FILE_ID_PATTERN } from '../schemas/common.ts';
import { readCheckedFile, type EntryFile } from './entry-file.ts';
import { checkEnglishFields } from './english.ts';
import { checkMdxBody } from './mdx-safety.ts';
import { compareProblems, type Problem } from './problem.ts';
import { checkReferences, type LoadedCollections } from './references.ts';
import { checkSchema } from './schema-check.ts';
import { checkSynonyms, SEARCH_FOLDER } from '../lib/search-synonyms.ts';

export interface ValidationResult {
  problems: Problem[];
  /** Number of entries read per collection. */
  counts: Record<CollectionName, number>;
  /** Entries that passed their schema, with parsed data (defaults applied) and MDX body. */
  entries: ValidEntries;
}

/** Each collection's valid entries, typed by its schema: what the query layer's Library takes. */
export type ValidEntries = { [K in CollectionName]: Array<ValidEntry<CollectionData<K>>> };

export interface ValidEntry<Data = unknown> {
  id: string;
  data: Data;
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
  const knownFolders = new Set<string>([...Object.values(COLLECTIONS).map((c) => c.folder), SEARCH_FOLDER]);

  for (const name of listDirectory(contentDir)) {
    const full = path.join(contentDir, name);
    if (name.startsWith('.') || name === 'README.md') continue;
    if (!statSync(full).isDirectory() || !knownFolders.has(name)) {
      problems.push({ file: display(full), line: 1, field: '', message: `is not a content collection folder (known: ${[...knownFolders].join(', ')})` });
    }
  }

  const read = <S extends z.ZodType>(name: CollectionName, spec: CollectionSpec & { schema: S }) => {
    const { files, valid } = readCollection(spec, contentDir, display, problems);
    collections[name] = files;
    return valid;
  };
  // Each collection with its own schema's type (TypeScript checks that none is missing).
  const valid: ValidEntries = {
    taxonomies: read('taxonomies', COLLECTIONS.taxonomies),
    sources: read('sources', COLLECTIONS.sources),
    awards: read('awards', COLLECTIONS.awards),
    editions: read('editions', COLLECTIONS.editions),
    cases: read('cases', COLLECTIONS.cases),
    comparisons: read('comparisons', COLLECTIONS.comparisons),
  };
  const counts = Object.fromEntries(Object.entries(collections).map(([name, files]) => [name, files.size])) as Record<CollectionName, number>;

  checkReferences(collections, problems);
  // The search synonyms (content/search/synonyms.yaml) must find something in the cases.
  checkSynonyms(contentDir, valid.cases.map((entry) => `${JSON.stringify(entry.data)}\n${entry.bodyText}`).join('\n'), problems, displayRoot);
  problems.sort(compareProblems);
  return { problems, counts, entries: valid };
}

/** Read and check every file of one collection: its files by ID, and the entries that passed. */
function readCollection<S extends z.ZodType>(
  spec: CollectionSpec & { schema: S },
  contentDir: string,
  display: (file: string) => string,
  problems: Problem[],
): { files: Map<string, EntryFile>; valid: Array<ValidEntry<z.output<S>>> } {
  const folder = path.join(contentDir, spec.folder);
  const files = new Map<string, EntryFile>();
  const valid: Array<ValidEntry<z.output<S>>> = [];
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
    const entry = readCheckedFile(file, id, readFileSync(full), problems);
    if (entry === undefined) continue;
    files.set(id, entry);
    if (entry.data === undefined) continue;
    const parsed = checkSchema(entry, spec.schema, problems);
    checkEnglishFields(entry, entry.data, problems);
    const bodyText = spec.extension === '.mdx' ? checkMdxBody(file, entry.body, entry.bodyStartLine, problems) : '';
    if (parsed) valid.push({ id, data: parsed.data, body: entry.body, bodyText: bodyText ?? '' });
  }
  return { files, valid };
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
