// Organisation types are recorded only where the name proves them (src/schemas/org-type-names.ts)
// or a source states them, which the case's organisations note must then say.
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load-library.ts';
import { typeProvedByName } from '../../src/schemas/org-type-names.ts';

const { library } = loadLibrary(path.resolve(import.meta.dirname, '../../content'));

it('every organisation type is proved by the name, or the organisations note names the organisation and its source', () => {
  const unproved: string[] = [];
  for (const entry of library.cases) {
    for (const organisation of entry.data.organisations) {
      if (organisation.type === undefined || typeProvedByName(organisation.name) === organisation.type) continue;
      const note = entry.data.fieldNotes.organisations ?? '';
      if (!(note.includes(organisation.name) && note.includes('来源'))) unproved.push(`${entry.id}: ${organisation.name} → ${organisation.type}`);
    }
  }
  expect(unproved).toEqual([]);
});
