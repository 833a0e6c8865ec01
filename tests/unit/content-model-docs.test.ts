// docs/content-model.md and the `npm run new` template agree with the schemas: the same fields at
// every level, the same enumerations, the ID pattern the validator applies, the comparison limit.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { FILE_ID_PATTERN } from '../../src/schemas/common.ts';
import { COMPARE_CASES, COMPLETENESS, METRIC_BOUNDS, ORGANISATION_ROLES } from '../../src/schemas/constants.ts';
import { NOTED_FIELDS } from '../../src/schemas/case.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';
import { REGION_RANKS, VOCABULARIES } from '../../src/schemas/taxonomy.ts';
import { SOURCE_LANGUAGES, SOURCE_TYPES } from '../../src/schemas/source.ts';

const docs = readFileSync('docs/content-model.md', 'utf8');

/** The YAML example under `## <folder>/…` (the front matter, for an MDX example). */
function example(collection: CollectionName): string {
  const heading = docs.indexOf(`\n## ${COLLECTIONS[collection].folder}/`);
  const block = heading < 0 ? undefined : docs.slice(heading).match(/```yaml\n([\s\S]*?)\n```/)?.[1];
  if (!block) throw new Error(`docs/content-model.md has no YAML example for ${collection}`);
  return block.startsWith('---\n') ? block.split(/^---$/m)[1]! : block;
}

/** Dotted paths of every field a schema defines, arrays marked [], free-form maps not entered. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { def: { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> } }).def;
  if (def.innerType) return schemaPaths(def.innerType, prefix);
  if (def.type === 'array') return schemaPaths(def.element!, `${prefix}[]`);
  if (def.type !== 'object' || prefix.endsWith('fieldNotes')) return [];
  return Object.entries(def.shape!).flatMap(([key, field]) => {
    const here = prefix ? `${prefix}.${key}` : key;
    return [here, ...schemaPaths(field, here)];
  });
}

/** The same paths of a YAML example (array items merged). */
function examplePaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [...new Set(value.flatMap((item) => examplePaths(item, `${prefix}[]`)))];
  if (value === null || typeof value !== 'object' || value instanceof Date || prefix.endsWith('fieldNotes')) return [];
  return Object.entries(value).flatMap(([key, field]) => {
    const here = prefix ? `${prefix}.${key}` : key;
    return [here, ...examplePaths(field, here)];
  });
}

/** The comment of the first line of a YAML example that sets `key:`. */
function commentOf(collection: CollectionName, key: string): string {
  const line = example(collection).split('\n').find((l) => l.trimStart().startsWith(`${key}:`));
  return line?.split('#').slice(1).join('#').trim() ?? '';
}

describe('docs/content-model.md', () => {
  it.each(Object.keys(COLLECTIONS) as CollectionName[])('documents exactly the fields of the %s schema', (collection) => {
    const documented = examplePaths(parse(example(collection)));
    expect([...documented].sort()).toEqual([...schemaPaths(COLLECTIONS[collection].schema)].sort());
  });

  it('lists the enumerations the schemas accept', () => {
    expect(commentOf('cases', 'role')).toContain(ORGANISATION_ROLES.join(' | '));
    expect(commentOf('cases', 'bound')).toContain(METRIC_BOUNDS.join(' | '));
    expect(commentOf('cases', 'completeness')).toContain(COMPLETENESS.join(' | '));
    expect(commentOf('sources', 'type')).toContain(SOURCE_TYPES.join(' | '));
    expect(commentOf('sources', 'language')).toContain(SOURCE_LANGUAGES.join(' | '));
    expect(commentOf('taxonomies', 'rank')).toContain(REGION_RANKS.join(' | '));
    expect(docs).toContain(`Vocabularies: ${VOCABULARIES.map((v) => `\`${v}\``).join(', ')}.`);
    expect(example('cases')).toContain(`# keys: ${NOTED_FIELDS.join(', ')}`);
  });

  it('states the ID pattern the validator applies to file names', () => {
    expect(docs).toContain(`\`${FILE_ID_PATTERN.source}\``);
  });

  it('states the number of cases a comparison takes', () => {
    const range = `${COMPARE_CASES.min}–${COMPARE_CASES.max}`;
    expect(commentOf('comparisons', 'cases')).toBe(`${range} case ids`);
    expect(docs).toContain(`| ${range} cases compared`);
  });
});

describe('the `npm run new` templates', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'content-model-docs-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const content = path.join(scratch, 'content');
  cpSync('content', content, { recursive: true });
  const env = { ...process.env, CONTENT_DIR: content };
  const run = (...args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8', env });

  it.each([['case', 'cases'], ['comparison', 'comparisons']] as const)('a new %s has every field of its schema and passes validation', (kind, collection) => {
    const created = run('scripts/new-entry.ts', kind, `zz-template-${kind}`);
    expect(created.status, created.stderr).toBe(0);
    const text = readFileSync(path.join(content, collection, `zz-template-${kind}.mdx`), 'utf8');
    const frontMatter = parse(text.split(/^---$/m)[1]!);
    const topLevel = schemaPaths(COLLECTIONS[collection].schema).filter((field) => !/[.[]/.test(field));
    expect(Object.keys(frontMatter).sort()).toEqual(topLevel.sort());
    const validated = run('scripts/validate.ts', '--quiet');
    expect(validated.status, validated.stderr).toBe(0);
  });

  it('refuses an ID the validator would refuse', () => {
    const refused = run('scripts/new-entry.ts', 'case', '2022-case');
    expect(refused.status).toBe(2);
    expect(FILE_ID_PATTERN.test('2022-case')).toBe(false);
  });
});
