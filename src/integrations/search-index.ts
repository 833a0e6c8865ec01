// Astro integration: after the pages are written, builds the Pagefind index from custom records
// (one per case; see lib/search-records.ts) with Pagefind's Node API, and fails the build on any
// Pagefind error. `npm run build` therefore always leaves a complete index in dist/pagefind/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadLibrary } from '../lib/load-library.ts';
import { caseSearchRecord } from '../lib/search-records.ts';

export function searchIndex(contentDir: string): AstroIntegration {
  return {
    name: 'case-library:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { library, bodyTexts } = loadLibrary(path.resolve(contentDir));
        const fail = (step: string, errors: string[]) => {
          if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        const { index, errors } = await pagefind.createIndex({});
        try {
          fail('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          // Records go to the Pagefind process in batches, not one round trip at a time.
          const BATCH = 64;
          for (let start = 0; start < library.cases.length; start += BATCH) {
            const batch = library.cases.slice(start, start + BATCH);
            const responses = await Promise.all(batch.map((entry) => index.addCustomRecord(caseSearchRecord(library, entry, bodyTexts.get(entry.id) ?? ''))));
            responses.forEach((response, i) => fail(`addCustomRecord(${batch[i].id})`, response.errors));
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
