// npm run docs:fields: regenerate the field reference in docs/content-model.md from the schemas'
// JSDoc comments (src/schemas/*.ts), or with --check say whether the committed one is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseCommandLine } from './lib/cli.ts';

const USAGE = `Usage: npm run docs:fields [-- --check]

Rewrites the field reference section of docs/content-model.md from the JSDoc comment of every
schema field in src/schemas/. With --check, writes nothing and exits 1 if the section is out of
date (run npm run docs:fields and commit the result).`;

const { values: options } = parseCommandLine({ name: 'docs:fields', usage: USAGE, options: { check: { type: 'boolean' } } });
// Loaded once the command line is known to be good: reading the schemas' comments loads TypeScript.
const { readSchemaDocs } = await import('../src/editor/schema-docs.ts');
const { fieldReference, withFieldReference } = await import('./lib/field-reference.ts');
const file = 'docs/content-model.md';
const current = readFileSync(file, 'utf8');
const updated = withFieldReference(current, fieldReference(readSchemaDocs()));
if (options.check) {
  if (updated !== current) {
    console.error(`${file}: the field reference is out of date: run npm run docs:fields`);
    process.exit(1);
  }
  console.log(`${file}: the field reference is current`);
} else if (updated !== current) {
  writeFileSync(file, updated);
  console.log(`${file}: field reference rewritten`);
} else console.log(`${file}: field reference already current`);
