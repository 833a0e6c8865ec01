// Checks one entry's data against its collection's Zod schema and turns every issue into a Problem
// with the line of the offending field and a message an editor can act on.
import type { z } from 'astro/zod';
import type { EntryFile } from './entry-file.ts';
import { fieldPath, type Problem } from './problem.ts';
import { didYouMean, knownList } from './suggest.ts';

/** The entry's data as `schema` parses it, or undefined (and Problems) when it does not pass. */
export function checkSchema<S extends z.ZodType>(entry: EntryFile, schema: S, problems: Problem[]): { data: z.output<S> } | undefined {
  const result = schema.safeParse(entry.data ?? {});
  if (result.success) return { data: result.data };
  const knownKeys = collectKeys(schema);
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          file: entry.file,
          line: entry.lineOfKey(issue.path, key),
          field: fieldPath([...issue.path, key]),
          // A key the schema knows elsewhere (summary inside fieldNotes) is not its own suggestion.
          message: `unknown field${didYouMean(key, [...knownKeys].filter((known) => known !== key))}`,
        });
      }
      continue;
    }
    problems.push({
      file: entry.file,
      line: entry.lineOf(issue.path),
      field: fieldPath(issue.path) || '(front matter)',
      message: describeIssue(issue, valueAt(entry.data, issue.path)),
    });
  }
  return undefined;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return 'is required';
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${article(issue.expected)}, not ${describeValue(value)}`;
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const shown = typeof value === 'string' ? `"${value}"` : describeValue(value);
      return `${shown} is not allowed (allowed: ${knownList(allowed, 10)})${typeof value === 'string' ? didYouMean(value, allowed) : ''}`;
    }
    case 'too_small':
    case 'too_big': {
      const message = issue.message.startsWith('must')
        ? issue.message
        : `must be ${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)}`;
      if (typeof value === 'string') return `${message} (has ${[...value].length})`;
      if (Array.isArray(value)) return `${message} (has ${value.length})`;
      return message;
    }
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping of fields',
  };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Every object key a schema mentions at any depth, for "did you mean" on unknown fields. */
function collectKeys(schema: z.ZodType, keys = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (seen.has(schema)) return keys;
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.shape && typeof def.shape === 'object') {
    for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      keys.add(key);
      collectKeys(child, keys, seen);
    }
  }
  for (const name of ['element', 'innerType', 'in', 'out', 'schema']) {
    const child = def[name];
    if (child && typeof child === 'object' && '_zod' in child) collectKeys(child as z.ZodType, keys, seen);
  }
  return keys;
}
