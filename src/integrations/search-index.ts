// Astro integration: after the pages are written, builds the Pagefind index from custom records
// (one per case; see lib/search-records.ts) with Pagefind's Node API, and fails the build on any
// Pagefind error. `npm run build` therefore always leaves a complete index in dist/pagefind/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { loadLibrary } from '../lib/load-library.ts';
import { caseSearchRecord, treeText } from '../lib/search-records.ts';

export function searchIndex(contentDir: string): AstroIntegration {
  return {
    name: 'case-library:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { library, bodies } = loadLibrary(path.resolve(contentDir));
        const parser = unified().use(remarkParse).use(remarkMdx);
        const fail = (step: string, errors: string[]) => {
          if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        const { index, errors } = await pagefind.createIndex({});
        try {
          fail('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          for (const entry of library.cases) {
            const bodyText = treeText(parser.parse(bodies.get(entry.id) ?? '') as never);
            const response = await index.addCustomRecord(caseSearchRecord(library, entry, bodyText));
            fail(`addCustomRecord(${entry.id})`, response.errors);
          }
          const written = await index.writeFiles({ outputPath: path.join(fileURLToPath(dir), 'pagefind') });
          fail('writeFiles', written.errors);
        } finally {
          await pagefind.close();
        }
        logger.info(`indexed ${library.cases.length} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
