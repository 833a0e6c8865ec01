// Builds a throw-away content directory from tests/fixtures/valid with some files changed, and
// runs the validator on it. Messages name files relative to the temporary content directory.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblem, validateContent, type ValidateOptions } from '../../src/validation/index.ts';

export const VALID_FIXTURE = path.resolve(import.meta.dirname, '../fixtures/valid');

export type Change = string | Buffer | ((text: string) => string) | null;

/**
 * Validate the valid fixture with `changes` applied (path → new content, edit function, or null to
 * delete). `options` are the validator's (the day it runs, its time budget per file).
 */
export function validateWith(changes: Record<string, Change> = {}, options: ValidateOptions = {}): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'case-library-'));
  try {
    cpSync(VALID_FIXTURE, dir, { recursive: true });
    for (const [file, change] of Object.entries(changes)) {
      const full = path.join(dir, file);
      if (change === null) rmSync(full);
      else if (typeof change === 'function') writeFileSync(full, change(readFileSync(full, 'utf8')));
      else writeFileSync(full, change);
    }
    return validateContent(dir, dir, options).problems.map(formatProblem);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Replace the first occurrence of `from` in a file's text (fails loudly if it is absent). */
export function replace(from: string, to: string): (text: string) => string {
  return (text) => {
    if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
    return text.replace(from, to);
  };
}
