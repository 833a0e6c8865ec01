// Property-based tests of the validator (fast-check): random and mutated entries never make it
// throw or hang, and every problem it reports names a file and a line. Used by
// tests/unit/validate-fuzz.test.ts (a few hundred cases, fixed seed) and by
// `npm run fuzz:validate` (as many as asked).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';
import { formatProblem, validateContent, type Problem } from '../../src/validation/index.ts';

/** One generated file: where it goes in a content folder, and its bytes. */
export interface FuzzFile {
  collection: CollectionName;
  name: string;
  bytes: Uint8Array;
  /** How it was made, for the report of a failing case. */
  how: string;
}

/** A real entry to mutate. */
export interface Sample {
  collection: CollectionName;
  text: string;
}

/** Every entry under the given content folders, by collection. */
export function loadSamples(contentDirs: string[]): Sample[] {
  const samples: Sample[] = [];
  for (const dir of contentDirs) {
    for (const [collection, spec] of Object.entries(COLLECTIONS) as Array<[CollectionName, (typeof COLLECTIONS)[CollectionName]]>) {
      let names: string[] = [];
      try {
        names = readdirSync(path.join(dir, spec.folder)).filter((name) => name.endsWith(spec.extension));
      } catch {
        continue;
      }
      for (const name of names) samples.push({ collection, text: readFileSync(path.join(dir, spec.folder, name), 'utf8') });
    }
  }
  return samples;
}

/** Pieces of YAML and Markdown syntax that have broken readers before, or could. */
const TOKENS = [
  '*nowhere', '&a ', '*a', '<<: ', '<<: *a', '[', ']', '{', '}', '- ', '? ', ': ', '"', "'", '\\ud800', '"\\ud800"', '\\uFFFE',
  '\t', '\n', '\r', '---\n', '...\n', '#', '!!binary ', '!foo ', '|', '>', '%YAML 1.2\n', '2026-02-30', "'2023-13-45/2024-03-27'",
  '*_', '**', '__', '~~', '`', '```', '<abbr title="x">', '</abbr>', '<script>', '{1+1}', 'import x from "y"', '[a](javascript:x)',
  '&#xD800;', '\u202E', '\u200B', '\uFFFE', '\uFDD0', '\u0000', '> ', '1. ', '|a|\n|-|\n', '\\', '\uD800',
];

const token = fc.constantFrom(...TOKENS);
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }), token);

/** A byte-level edit of a file. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), value: text }),
  fc.record({ op: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }), times: fc.integer({ min: 2, max: 400 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(bytes: Uint8Array, edits: Mutation[]): Uint8Array {
  let out = Buffer.from(bytes);
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % (out.length + 1);
    if (edit.op === 'flip') {
      if (at < out.length) out[at] = edit.byte;
    } else if (edit.op === 'delete') {
      out = Buffer.concat([out.subarray(0, at), out.subarray(at + edit.length)]);
    } else if (edit.op === 'insert') {
      out = Buffer.concat([out.subarray(0, at), Buffer.from(edit.value, 'utf8'), out.subarray(at)]);
    } else {
      const slice = out.subarray(at, at + edit.length);
      out = Buffer.concat([out.subarray(0, at), ...Array.from({ length: edit.times }, () => slice), out.subarray(at + edit.length)]);
    }
  }
  return out;
}

/** Random YAML data, written out by the yaml library (valid YAML, any shape). */
const yamlValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('title', 'summary', 'lastReviewed', 'metrics', 'period', 'sources', 'terms')), tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** Random Markdown: nested lists and quotes, long runs of emphasis and other markers, tokens. */
function markdown(maxRun: number, maxDepth: number) {
  const run = fc
    .tuple(
      fc.constantFrom('*_', '*', '_', 'a*', '*a_', '~a', '[', '[a](', '`', '<', '\\{', '**a', '&#'),
      // Short runs, and long ones from half the longest up (which cross the body's size limit when it is high enough).
      fc.oneof(fc.integer({ min: 1, max: Math.min(maxRun, 1_000) }), fc.integer({ min: Math.ceil(maxRun / 2), max: maxRun })),
    )
    .map(([piece, times]) => piece.repeat(times));
  const nested = fc
    .tuple(fc.constantFrom('- ', '> ', '1. ', '* '), fc.integer({ min: 1, max: maxDepth }), fc.boolean())
    .map(([marker, depth, indented]) =>
      // Indented nesting grows with the square of its depth: 1,500 levels is already 2 MB.
      indented ? Array.from({ length: Math.min(depth, 1_500) }, (_, i) => `${'  '.repeat(i)}${marker}x`).join('\n') : `${marker.repeat(depth)}x`,
    );
  const part = fc.tuple(fc.oneof(run, nested, text, token), fc.constantFrom('', '\n', '\n\n')).map(([value, separator]) => value + separator);
  return fc.array(part, { maxLength: 6 }).map((parts) => parts.join(''));
}

/** A front matter that passes (from a real case) with a generated body, or generated YAML with a body. */
function entryArbitrary(samples: Sample[], options: { maxRun: number; maxDepth: number }): fc.Arbitrary<FuzzFile> {
  const names = Object.keys(COLLECTIONS) as CollectionName[];
  const sample = fc.constantFrom(...samples);
  const mutated = fc.tuple(sample, fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([from, edits]) => ({
    collection: from.collection,
    name: 'fuzz-entry',
    bytes: mutate(Buffer.from(from.text, 'utf8'), edits),
    how: `a ${from.collection} entry with byte edits ${JSON.stringify(edits).slice(0, 300)}`,
  }));
  const cases = samples.filter((s) => s.collection === 'cases');
  const withBody = fc.tuple(fc.constantFrom(...(cases.length ? cases : samples)), markdown(options.maxRun, options.maxDepth)).map(([from, body]) => {
    const frontMatter = /^---[\s\S]*?\n---\n/.exec(from.text)?.[0] ?? '---\n---\n';
    return { collection: 'cases' as const, name: 'fuzz-entry', bytes: Buffer.from(`${frontMatter}\n${body}\n`, 'utf8'), how: `a case with a generated body (${body.length} characters)` };
  });
  const randomYaml = fc.tuple(fc.constantFrom(...names), yamlValue).map(([collection, value]) => {
    let yaml: string;
    try {
      yaml = stringify(value);
    } catch {
      yaml = String(value);
    }
    const text = COLLECTIONS[collection].extension === '.mdx' ? `---\n${yaml}---\n` : yaml;
    return { collection, name: 'fuzz-entry', bytes: Buffer.from(text, 'utf8'), how: `generated YAML ${JSON.stringify(yaml.slice(0, 200))}` };
  });
  const tokenSoup = fc.tuple(fc.constantFrom(...names), fc.array(token, { minLength: 1, maxLength: 60 })).map(([collection, parts]) => {
    const text = COLLECTIONS[collection].extension === '.mdx' ? `---\n${parts.join('')}\n---\n${parts.join('')}` : parts.join('');
    return { collection, name: 'fuzz-entry', bytes: Buffer.from(text, 'utf8'), how: `YAML and Markdown tokens ${JSON.stringify(parts).slice(0, 300)}` };
  });
  return fc.oneof(mutated, withBody, randomYaml, tokenSoup);
}

/** Where a reported problem must say it is: a file (no line breaks) and a line from 1. */
const PROBLEM_LINE = /^[^\s:][^:\n]*:[1-9]\d*: [^\n]+$/;

export interface FuzzOptions {
  runs: number;
  seed: number;
  /** Folders whose entries are mutated (content/ and the test fixture, typically). */
  contentDirs: string[];
  /** The validator's time budget per file. */
  fileMilliseconds: number;
  /** Longest run of a Markdown marker and deepest nesting generated. */
  maxRun?: number;
  maxDepth?: number;
  /** Called after each case. */
  onCase?: (file: FuzzFile, problems: Problem[], milliseconds: number) => void;
}

/**
 * Check the property on `runs` generated files: validateContent never throws, ends (within a
 * generous guard; the per-file budget is what bounds it), and every problem names a file and a line.
 * Returns fast-check's details; `details.failed` says whether a counterexample was found.
 */
export function checkValidatorProperty(options: FuzzOptions): fc.RunDetails<[FuzzFile]> {
  const samples = loadSamples(options.contentDirs);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'case-library-fuzz-'));
  // A hang guard far above the budget: one file, so budget plus reading and cross-checks.
  const guard = options.fileMilliseconds + 60_000;
  try {
    const property = fc.property(entryArbitrary(samples, { maxRun: options.maxRun ?? 3_000, maxDepth: options.maxDepth ?? 3_000 }), (file) => {
      rmSync(dir, { recursive: true, force: true });
      const folder = path.join(dir, COLLECTIONS[file.collection].folder);
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, `${file.name}${COLLECTIONS[file.collection].extension}`), file.bytes);
      const started = performance.now();
      const { problems } = validateContent(dir, dir, { fileMilliseconds: options.fileMilliseconds });
      const milliseconds = performance.now() - started;
      options.onCase?.(file, problems, milliseconds);
      if (milliseconds > guard) throw new Error(`the validator took ${Math.round(milliseconds)} ms (guard ${guard} ms) on ${file.how}`);
      for (const problem of problems) {
        const line = formatProblem(problem);
        if (!PROBLEM_LINE.test(line) || !Number.isInteger(problem.line) || problem.line < 1) {
          throw new Error(`a problem without a file and a line: ${JSON.stringify(line)} for ${file.how}`);
        }
      }
    });
    return fc.check(property, { numRuns: options.runs, seed: options.seed, endOnFailure: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
