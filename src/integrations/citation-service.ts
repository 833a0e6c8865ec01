// Astro integration: a worker thread (citation-worker.ts) that formats the case pages' GB/T 7714 and
// APA citations with citeproc-js while Astro renders pages on the main thread. citeproc-js was the
// largest single cost of the pages (about 2.5 ms per case; docs/search.md, "Where the build's time
// goes"); the worker starts when the build is configured, so its engines are built before the first
// case page, and the pages find it through research/citeproc-service.ts. The text is the same as
// the pages would print themselves (tests/unit/citation-service.test.ts).
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { CslLocale, CslStyleKey } from '../research/citation-engine.ts';
import type { CslItem } from '../research/citation.ts';
import { setCiteprocService, type CiteprocService } from '../research/citeproc-service.ts';
import type { CitationAnswer, CitationRequest } from './citation-worker.ts';

const WORKER_HEAP_MB = 256;

export interface CitationWorker extends CiteprocService {
  close(): Promise<void>;
}

/** Start the worker. Requests are answered in order; if the worker stops, every waiting request fails. */
export function startCitationWorker(): CitationWorker {
  // citeproc-js needs about 110 MB (one APA engine holds 90): the cap makes the worker collect its
  // garbage instead of growing to twice that beside the pages. Were it reached, the worker would
  // stop and the pages format the rest themselves.
  const worker = new Worker(new URL('./citation-worker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  // A build that fails elsewhere is not kept waiting for it.
  worker.unref();
  const waiting = new Map<number, { resolve(texts: Map<string, string>): void; reject(error: Error): void }>();
  let nextId = 0;
  let stopped: Error | undefined;
  const failAll = (error: Error) => {
    stopped ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on('message', (answer: CitationAnswer) => {
    const request = waiting.get(answer.id);
    if (!request) return;
    waiting.delete(answer.id);
    if ('error' in answer) request.reject(new Error(answer.error));
    else request.resolve(new Map(answer.ids.map((id, i) => [id, answer.texts[i]])));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the citation worker stopped (exit code ${code})`)));
  return {
    render(items: CslItem[], style: CslStyleKey, locale: CslLocale) {
      if (stopped) return Promise.reject(stopped);
      const id = nextId++;
      const answer = new Promise<Map<string, string>>((resolve, reject) => waiting.set(id, { resolve, reject }));
      worker.postMessage({ id, items, style, locale } satisfies CitationRequest);
      return answer;
    },
    finished() {
      // Its memory (citeproc-js's engines, some 300 MB) is not needed for the rest of the build.
      void worker.terminate();
    },
    async close() {
      await worker.terminate();
    },
  };
}

export function citationService(): AstroIntegration {
  let worker: CitationWorker | undefined;
  const stop = async () => {
    setCiteprocService(undefined);
    await worker?.close();
    worker = undefined;
  };
  return {
    name: 'case-library:citation-service',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        worker = startCitationWorker();
        setCiteprocService(worker);
      },
      'astro:build:done': stop,
    },
  };
}
