// The content loader for every collection: one file per entry in a flat folder, the file name is
// the ID. YAML files are data; MDX files are YAML front matter plus a body rendered to HTML here
// (see render-body.ts). Validation with file and line has already run (the content gate), so a
// parse error here is unexpected and fails loudly.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { load as parseYaml } from 'js-yaml';
import { renderBody } from './render-body.ts';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

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
        let yamlText = text;
        let body: string | undefined;
        if (extension === '.mdx') {
          const match = FRONT_MATTER.exec(text);
          if (!match || match.index !== 0) throw new Error(`${filePath}: no YAML front matter`);
          yamlText = match[1];
          body = text.slice(match[0].length);
        }
        const raw = (parseYaml(yamlText) ?? {}) as Record<string, unknown>;
        const data = await parseData({ id, data: raw, filePath });
        store.set({ id, data, body, filePath, digest, ...(body !== undefined ? { rendered: { html: renderBody(body, config.base) } } : {}) });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
