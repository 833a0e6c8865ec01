// validateContent(): every check on the content directory, collecting all problems at once.
// Used by `npm run validate` and by the build (src/integrations/content-gate.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionData, type CollectionName, type CollectionSpec } from '../schemas/index.ts';
import { FILE_ID_PATTERN } from '../schemas/common.ts';
import { LIMITS } from '../entry/limits.ts';
import { sourceDigest } from '../entry/source-digest.ts';
import { entryFromCheck, type CheckedEntry, type FileRequest } from './check-file.ts';
import { checkReviewDates } from './dates.ts';
import type { EntryFile } from './entry-file.ts';
import { checkFiles, fileChecker, type FileAnswer } from './file-checker.ts';
import { compareProblems, type Problem } from './problem.ts';
import { checkEntryTerms } from './entry-terms.ts';
import { checkReferences, type LoadedCollections } from './references.ts';
import { checkSynonyms, SEARCH_FOLDER } from './synonyms.ts';

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
  /** The file's bytes as checked (entry/source-digest.ts): the content loader takes this entry for a file with the same bytes. */
  sourceDigest: string;
}

export interface ValidateOptions {
  /** The day the check runs (default: now), for dates that cannot lie in the future. */
  today?: Date;
  /** Time budget per file in milliseconds (default: LIMITS.fileMilliseconds). */
  fileMilliseconds?: number;
}

/**
 * Validate everything under `contentDir`. `displayRoot` is the folder that file names in messages
 * are relative to (the project root by default). Never throws for anything a file contains: a
 * failure of the validator itself is reported as a problem of the file it was reading.
 */
export function validateContent(contentDir: string, displayRoot = process.cwd(), options: ValidateOptions = {}): ValidationResult {
  const check = (requests: FileRequest[]) => checkFiles(requests, options.fileMilliseconds ?? LIMITS.fileMilliseconds);
  return validateWith(check, contentDir, displayRoot, options.today ?? new Date());
}

/** Checks a collection's files, answering each in order. */
type Check = (requests: FileRequest[]) => FileAnswer[];

function validateWith(check: Check, contentDir: string, displayRoot: string, today: Date): ValidationResult {
  const problems: Problem[] = [];
  const display = (file: string) => path.relative(displayRoot, file).split(path.sep).join('/');
  const collections: LoadedCollections = {};
  const knownFolders = new Set<string>([...Object.values(COLLECTIONS).map((c) => c.folder), SEARCH_FOLDER]);

  for (const name of listDirectory(contentDir)) {
    const full = path.join(contentDir, name);
    if (name.startsWith('.') || name === 'README.md') continue;
    if (!isDirectory(full) || !knownFolders.has(name)) {
      problems.push({ file: display(full), line: 1, field: '', message: `is not a content collection folder (known: ${[...knownFolders].join(', ')})` });
    }
  }

  const read = <S extends z.ZodType>(name: CollectionName, spec: CollectionSpec & { schema: S }) => {
    const { files, valid } = readCollection(name, spec, check, contentDir, display, problems);
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

  const root = display(contentDir) || '.';
  guard(root, 'checking references between entries', problems, () => checkReferences(collections, problems));
  guard(root, 'checking review dates', problems, () => checkReviewDates(collections, today, problems));
  guard(root, 'checking entry terms and keywords', problems, () => checkEntryTerms(collections.taxonomies ?? new Map(), collections.cases ?? new Map(), problems));
  // The search synonyms (content/search/synonyms.yaml) must find something in the cases.
  guard(root, 'checking the search synonyms', problems, () =>
    checkSynonyms(contentDir, valid.cases.map((entry) => `${JSON.stringify(entry.data)}\n${entry.bodyText}`), problems, displayRoot),
  );
  problems.sort(compareProblems);
  return { problems, counts, entries: valid };
}

/** Read and check every file of one collection: its files by ID, and the entries that passed. */
function readCollection<S extends z.ZodType>(
  name: CollectionName,
  spec: CollectionSpec & { schema: S },
  check: Check,
  contentDir: string,
  display: (file: string) => string,
  problems: Problem[],
): { files: Map<string, EntryFile>; valid: Array<ValidEntry<z.output<S>>> } {
  const folder = path.join(contentDir, spec.folder);
  const files = new Map<string, EntryFile>();
  const valid: Array<ValidEntry<z.output<S>>> = [];
  const requests: FileRequest[] = [];
  for (const fileName of listDirectory(folder)) {
    const full = path.join(folder, fileName);
    const file = display(full);
    if (fileName.startsWith('.') || fileName === 'README.md') continue;
    if (isDirectory(full)) {
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
    requests.push({ file, id, bytes: readFileSync(full), collection: name });
  }
  let answers: FileAnswer[];
  try {
    answers = check(requests);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    answers = requests.map(() => ({ internalError: message }));
  }
  requests.forEach(({ file, id, bytes }, k) => {
    const answer = answers[k];
    if ('timedOut' in answer || 'internalError' in answer) {
      problems.push('timedOut' in answer ? tooComplex(file, answer.timedOut, answer.milliseconds) : internalError(file, 'reading this file', answer.internalError));
      // The entry exists, so references to its ID are not reported as well; its data is unknown.
      files.set(id, entryFromCheck(file, id, UNREAD));
      return;
    }
    const { result } = answer;
    problems.push(...result.problems);
    if (result.entry === undefined) return;
    const entry = entryFromCheck(file, id, result.entry);
    files.set(id, entry);
    if (result.valid) valid.push({ id, data: result.valid.data as z.output<S>, body: entry.body, bodyText: result.valid.bodyText, sourceDigest: sourceDigest(bytes) });
  });
  return { files, valid };
}

/** An entry whose check did not finish. */
const UNREAD: CheckedEntry = { data: undefined, body: '', bodyStartLine: 1, yamlStart: 0, yamlLength: 0, locations: { yamlStart: 0, firstLine: 1, nodes: [] } };

/** A file whose check ran out of time: where the time went, and what usually causes it. */
function tooComplex(file: string, stage: 'data' | 'body', milliseconds: number): Problem {
  const seconds = `${milliseconds / 1000} s`;
  return stage === 'body'
    ? { file, line: 1, field: 'body', message: `too complex to check (checking it took more than ${seconds}; long runs of * and _ or deeply nested lists are the usual cause): simplify it` }
    : { file, line: 1, field: '', message: `YAML: 太复杂，${seconds}内没有读完：请简化数据` };
}

function internalError(file: string, doing: string, message: string): Problem {
  return { file, line: 1, field: '', message: `internal error in the validator while ${doing} (${message}): this is a bug in the validator, not in the entry; please report it` };
}

/** Run a cross-file check; if the validator itself fails, report that at the content folder. */
function guard(root: string, doing: string, problems: Problem[], check: () => void): void {
  try {
    check();
  } catch (error) {
    problems.push(internalError(root, doing, error instanceof Error ? error.message : String(error)));
  }
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

function isDirectory(full: string): boolean {
  try {
    return statSync(full).isDirectory();
  } catch {
    return false;
  }
}

function listDirectory(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}

// Whoever imports the validator is about to validate: the file checker's worker starts loading now.
fileChecker().prepare();

export { closeFileChecker } from './file-checker.ts';
export { formatProblem } from './problem.ts';
export type { Problem } from './problem.ts';
