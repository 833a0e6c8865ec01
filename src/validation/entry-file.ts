// One content file as the validator sees it: its strict UTF-8 decoding and the entry reader's
// result (src/entry/read-entry.ts) with the file's name and ID, its read errors turned into Problems.
import { checkFileSize } from '../entry/limits.ts';
import { readEntry, type ReadEntry } from '../entry/read-entry.ts';
import type { Problem } from './problem.ts';
import { checkTextSafety } from './text-safety.ts';

export interface EntryFile extends Omit<ReadEntry, 'errors'> {
  /** Project-relative path, e.g. content/cases/foo.mdx. */
  file: string;
  /** Entry ID: the file name without extension. */
  id: string;
}

/** Decode bytes as strict UTF-8; on failure report the line of the first bad byte. */
export function decodeUtf8(file: string, bytes: Uint8Array, problems: Problem[]): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const goodPrefix = new TextDecoder('utf-8').decode(bytes).split('\uFFFD')[0];
    const line = goodPrefix.split('\n').length;
    problems.push({ file, line, field: '', message: 'is not valid UTF-8 text: save the file as UTF-8 (without a BOM)' });
    return undefined;
  }
}

export function readEntryFile(file: string, id: string, text: string, problems: Problem[]): EntryFile {
  const { errors, ...entry } = readEntry(text, file.endsWith('.mdx') ? '.mdx' : '.yaml');
  for (const { line, message } of errors) problems.push({ file, line, field: '', message });
  return { file, id, ...entry };
}

/**
 * A content file's bytes as an entry: strictly decoded, read, and checked for invisible or spoofing
 * characters, each problem reported. Undefined when the file is too large or its bytes are not UTF-8.
 */
export function readCheckedFile(file: string, id: string, bytes: Uint8Array, problems: Problem[]): EntryFile | undefined {
  const tooLarge = checkFileSize(bytes.length);
  if (tooLarge) {
    problems.push({ file, field: '', ...tooLarge });
    return undefined;
  }
  const text = decodeUtf8(file, bytes, problems);
  if (text === undefined) return undefined;
  const withoutBom = text.replace(/^\uFEFF/, '');
  const entry = readEntryFile(file, id, withoutBom, problems);
  checkTextSafety(entry, withoutBom, problems);
  return entry;
}
