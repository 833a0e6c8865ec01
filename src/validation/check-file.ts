// Everything the validator checks within one file, as one function of its bytes: decoding, the
// entry reader (YAML limits, YAML, locations), hidden characters, the collection's schema and the
// body. It returns plain data only, so that it can run in a worker thread under a time budget
// (file-checker.ts) and hand the entry to the cross-file checks on the main thread.
import { locator, type EntryLocations } from '../entry/read-entry.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { readCheckedFile, type EntryFile } from './entry-file.ts';
import { checkEnglishFields } from './english.ts';
import { checkMdxBody } from './mdx-safety.ts';
import type { Problem } from './problem.ts';
import { checkSchema } from './schema-check.ts';

export interface FileRequest {
  /** Project-relative path, for messages. */
  file: string;
  id: string;
  bytes: Uint8Array;
  collection: CollectionName;
}

/** An entry as read, without functions: what `entryFromCheck` turns back into an EntryFile. */
export interface CheckedEntry {
  data: unknown;
  body: string;
  bodyStartLine: number;
  yamlStart: number;
  yamlLength: number;
  locations: EntryLocations;
}

export interface FileResult {
  problems: Problem[];
  /** The entry, unless its bytes are not UTF-8. */
  entry?: CheckedEntry;
  /** The schema's output and the body's plain text, when the schema passed. */
  valid?: { data: unknown; bodyText: string };
}

/** What the check is doing, for the time budget's message. */
export type Stage = 'data' | 'body';

export function checkFile(request: FileRequest, onStage: (stage: Stage) => void = () => {}): FileResult {
  const { file, id, bytes, collection } = request;
  const spec = COLLECTIONS[collection];
  const problems: Problem[] = [];
  onStage('data');
  const read = readCheckedFile(file, id, bytes, problems);
  if (read === undefined) return { problems };
  const entry: CheckedEntry = {
    data: read.data,
    body: read.body,
    bodyStartLine: read.bodyStartLine,
    yamlStart: read.yamlStart,
    yamlLength: read.yamlLength,
    locations: read.locations,
  };
  if (read.data === undefined) return { problems, entry };
  const parsed = checkSchema(read, spec.schema, problems);
  // On the data as read, so that a schema problem elsewhere in the entry does not hide it.
  checkEnglishFields(read, read.data, problems);
  onStage('body');
  const bodyText = spec.extension === '.mdx' ? checkMdxBody(file, read.body, read.bodyStartLine, problems) : '';
  return { problems, entry, ...(parsed ? { valid: { data: parsed.data, bodyText: bodyText ?? '' } } : {}) };
}

/** The EntryFile a check returned, with its line lookups, for the cross-file checks. */
export function entryFromCheck(file: string, id: string, entry: CheckedEntry): EntryFile {
  return { file, id, ...entry, ...locator(entry.locations) };
}
