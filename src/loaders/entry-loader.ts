// The content loader for every collection: one file per entry in a flat folder, the file name is
// the ID. Entries are read by the validator's own reader (src/entry/read-entry.ts); an MDX body is
// rendered to HTML here (see render-body.ts). Validation with file and line has already run (the
// content gate), so a read error here is unexpected and fails loudly.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readEntry } from '../entry/read-entry.ts';
import { renderBody } from './render-body.ts';

export function entryLoader(folder: string, extension: '.mdx' | '.yaml'): Loader {
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
        const text = readFileSync(fullPath, 'utf8').replace(/^\uFEFF/, '');
        const digest = generateDigest(`${config.base}\n${text}`);
        seen.add(id);
        if (store.get(id)?.digest === digest) continue;
        const entry = readEntry(text, extension);
        if (entry.errors.length > 0) {
          throw new Error(entry.errors.map(({ line, message }) => `${filePath}:${line}: ${message}`).join('\n'));
        }
        const body = extension === '.mdx' ? entry.body : undefined;
        const raw = entry.data as Record<string, unknown>;
        const data = await parseData({ id, data: raw, filePath });
        store.set({ id, data, body, filePath, digest, ...(body !== undefined ? { rendered: { html: renderBody(body, config.base) } } : {}) });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
