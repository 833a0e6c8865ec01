// The content loader for every collection: one file per entry in a flat folder, the file name is
// the ID. Validation with file and line has already run (the content gate), which read, parsed and
// schema-checked every file: a file whose bytes it checked is taken from it (validated-entries.ts),
// anything else is read here by the validator's own reader (src/entry/read-entry.ts), and a read
// error is unexpected and fails loudly. An MDX body is rendered to HTML here (see render-body.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readEntry } from '../entry/read-entry.ts';
import { sourceDigest } from '../entry/source-digest.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { renderBody } from './render-body.ts';
import { validatedEntry } from './validated-entries.ts';

/**
 * The code that turns a file into stored data: the schemas, the entry reader and this loader with
 * its renderer. Astro keeps loaded entries between builds and this loader skips a file whose digest
 * is unchanged, so the digest must also change when that code does; otherwise an entry would keep
 * data shaped by an old schema (a new field's default missing, say).
 */
function codeFingerprint(): string {
  const folders = ['../schemas', '../entry', '.'].map((folder) => path.join(import.meta.dirname, folder));
  const hash = createHash('sha256');
  for (const folder of folders) {
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts')).sort()) hash.update(readFileSync(path.join(folder, name)));
  }
  return hash.digest('hex');
}

/** The loader of one collection of the content folder `contentDir`. */
export function entryLoader(contentDir: string, collection: CollectionName): Loader {
  const { extension } = COLLECTIONS[collection];
  const folder = path.join(contentDir, COLLECTIONS[collection].folder);
  const code = codeFingerprint();
  return {
    name: 'case-library-entry-loader',
    load: async ({ store, parseData, generateDigest, config }) => {
      const files = readdirSync(folder, { withFileTypes: true })
        .filter((file) => file.isFile() && file.name.endsWith(extension))
        .map((file) => file.name)
        .sort();
      const seen = new Set<string>();
      for (const name of files) {
        const id = name.slice(0, -extension.length);
        const fullPath = path.join(folder, name);
        // Astro wants entry paths relative to the project root.
        const filePath = path.relative(fileURLToPath(config.root), fullPath).split(path.sep).join('/');
        const bytes = readFileSync(fullPath);
        const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
        const digest = generateDigest(`${config.base}\n${code}\n${text}`);
        seen.add(id);
        if (store.get(id)?.digest === digest) continue;
        // The body's HTML only: nothing reads an entry's Markdown from Astro's store (the search
        // index has it from the validator), and it was 40% of the store Astro writes and reads back.
        const rendered = (body: string) => (extension === '.mdx' ? { rendered: { html: renderBody(body, config.base) } } : {});
        // The schema's output as the validator made it: what parseData would make of the same data.
        const validated = validatedEntry(contentDir, collection, id, sourceDigest(bytes));
        if (validated) {
          store.set({ id, data: validated.data as Record<string, unknown>, filePath, digest, ...rendered(validated.body) });
          continue;
        }
        const entry = readEntry(text, extension);
        if (entry.errors.length > 0) {
          throw new Error(entry.errors.map(({ line, message }) => `${filePath}:${line}: ${message}`).join('\n'));
        }
        const data = await parseData({ id, data: entry.data as Record<string, unknown>, filePath });
        store.set({ id, data, filePath, digest, ...rendered(entry.body) });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
