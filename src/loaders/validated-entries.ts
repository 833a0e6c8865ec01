// The content gate's validated entries, handed to the content loader (entry-loader.ts) so that a
// build reads and parses each file once: the validator has already read every file, parsed its
// YAML and applied its collection's schema, the same schema Astro would apply again. The loader
// takes an entry from here only when the file's bytes are those the validator checked
// (ValidEntry.sourceDigest); any other file (one edited during `astro dev`, say) it reads itself.
//
// The gate runs among the build's integrations and the loader inside Vite's bundle of the content
// config: separate copies of the modules, so the entries are found under a registered symbol on
// the global object, not as a module's export (as research/citeproc-service.ts does).
import path from 'node:path';
import type { CollectionName } from '../schemas/index.ts';
import type { ValidEntries, ValidEntry } from '../validation/index.ts';

const KEY = Symbol.for('case-library:validated-entries');

type Shared = Map<string, { entries: ValidEntries; byId: Map<CollectionName, Map<string, ValidEntry>> }>;

function shared(): Shared {
  const global = globalThis as Record<symbol, Shared | undefined>;
  return (global[KEY] ??= new Map());
}

/** Offer the entries validated under `contentDir` to the content loader. */
export function shareValidatedEntries(contentDir: string, entries: ValidEntries): void {
  shared().set(path.resolve(contentDir), { entries, byId: new Map() });
}

/** Forget them (the build is done, or a test is). */
export function forgetValidatedEntries(contentDir: string): void {
  shared().delete(path.resolve(contentDir));
}

/** The validated entry `id` of a collection under `contentDir`, if the validator checked exactly these bytes. */
export function validatedEntry(contentDir: string, collection: CollectionName, id: string, digest: string): ValidEntry | undefined {
  const found = shared().get(path.resolve(contentDir));
  if (!found) return undefined;
  let byId = found.byId.get(collection);
  if (!byId) found.byId.set(collection, (byId = new Map(found.entries[collection].map((entry): [string, ValidEntry] => [entry.id, entry]))));
  const entry = byId.get(id);
  return entry?.sourceDigest === digest ? entry : undefined;
}
