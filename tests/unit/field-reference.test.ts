// The field reference in docs/content-model.md is the one the schemas' comments generate
// (scripts/lib/field-reference.ts, npm run docs:fields).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSchemaDocs, schemaDocsOf } from '../../src/editor/schema-docs.ts';
import { fieldReference, REFERENCE_END, REFERENCE_START, withFieldReference } from '../../scripts/lib/field-reference.ts';

describe('the field reference', () => {
  it('in docs/content-model.md is current (run npm run docs:fields after changing a schema comment)', () => {
    const committed = readFileSync('docs/content-model.md', 'utf8');
    expect(withFieldReference(committed, fieldReference(readSchemaDocs()))).toBe(committed);
  });

  it('has one table per schema with every documented field, pipes escaped', () => {
    const docs = schemaDocsOf(`export const aSchema = z.strictObject({
  /** The name. */
  name: z.string(),
  /** a | b */
  kind: z.enum(['a', 'b']),
});`);
    expect(fieldReference(docs)).toBe([REFERENCE_START, '', '### `aSchema`', '', '| field | meaning |', '| --- | --- |', '| `name` | The name. |', '| `kind` | a \\| b |', '', REFERENCE_END].join('\n'));
  });

  it('replaces only the marked section, and refuses a document without one', () => {
    expect(withFieldReference(`before\n${REFERENCE_START}\nold\n${REFERENCE_END}\nafter`, 'NEW')).toBe('before\nNEW\nafter');
    expect(() => withFieldReference('no markers', 'NEW')).toThrow('no section');
  });
});
