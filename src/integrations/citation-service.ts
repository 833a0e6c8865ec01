// Astro integration: a worker thread (citation-worker.ts) that formats the case pages' GB/T 7714 and
// APA citations with citeproc-js while Astro renders pages on the main thread. citeproc-js was the
// largest single cost of the pages (about 2.5 ms per case; docs/search.md, "Where the build's time
// goes"); the worker starts when the build is configured, so its engines are built before the first
// case page, and the pages find it through research/citeproc-service.ts. The text is the same as
// the pages would print themselves (tests/unit/citation-service.test.ts).
//
// It also writes the cases' CSL-JSON files (cases/<id>/csl.json and csl.en.json) from the items the
// pages hand it, into a staging folder that build:done moves into the output. Astro wrote them as
// endpoints between the pages: 10,000 files at 5,000 cases, about 8 s of the pages' thread. Where the
// worker fails, the files of the items it had are written here at build:done.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { CslLocale, CslStyleKey } from '../research/citation-engine.ts';
import type { CitationLanguage, CslItem } from '../research/citation.ts';
import { setCiteprocService, type CiteprocService } from '../research/citeproc-service.ts';
import type { CitationAnswer, CitationRequest } from './citation-worker.ts';
import { sitePathOf, writeCslFileSet } from './csl-files.ts';

const WORKER_HEAP_MB = 256;

export interface CitationWorker extends CiteprocService {
  writeCslFiles(items: CslItem[], language: CitationLanguage): void;
  /**
   * Move the CSL-JSON files into `site` (the build's output), once every file request is answered;
   * those the worker could not write are written here first. Returns how many were moved.
   */
  moveCslFiles(site: string): Promise<number>;
  close(): Promise<void>;
}

/** Start the worker. Requests are answered in order; if the worker stops, every waiting request fails. */
export function startCitationWorker(): CitationWorker {
  const cslFolder = mkdtempSync(path.join(os.tmpdir(), 'case-library-csl-'));
  // citeproc-js needs about 110 MB (one APA engine holds 90): the cap makes the worker collect its
  // garbage instead of growing to twice that beside the pages. Were it reached, the worker would
  // stop and the pages format the rest themselves.
  const worker = new Worker(new URL('./citation-worker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB }, workerData: { cslFolder } });
  // A build that fails elsewhere is not kept waiting for it.
  worker.unref();
  const waiting = new Map<number, { resolve(texts?: Map<string, string>): void; reject(error: Error): void }>();
  /** The file requests, so that build:done can write what the worker did not. */
  const fileRequests: Array<{ items: CslItem[]; language: CitationLanguage; written: Promise<unknown> }> = [];
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
    else if ('texts' in answer) request.resolve(new Map(answer.ids.map((id, i) => [id, answer.texts[i]])));
    else request.resolve();
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the citation worker stopped (exit code ${code})`)));
  const ask = <T>(request: CitationRequest): Promise<T> => {
    if (stopped) return Promise.reject(stopped);
    const answer = new Promise<T>((resolve, reject) => waiting.set(request.id, { resolve: resolve as (texts?: Map<string, string>) => void, reject }));
    worker.postMessage(request);
    return answer;
  };
  return {
    render(items: CslItem[], style: CslStyleKey, locale: CslLocale) {
      return ask<Map<string, string>>({ kind: 'render', id: nextId++, items, style, locale });
    },
    writeCslFiles(items: CslItem[], language: CitationLanguage) {
      const written = ask<void>({ kind: 'files', id: nextId++, items, language });
      // Waited for, and made up for, in moveCslFiles.
      written.catch(() => {});
      fileRequests.push({ items, language, written });
    },
    async moveCslFiles(site: string) {
      for (const { items, language, written } of fileRequests) await written.catch(() => writeCslFileSet(cslFolder, items, language));
      fileRequests.length = 0;
      return moveFiles(cslFolder, site);
    },
    finished() {
      // Its memory (citeproc-js's engines, some 300 MB) is not needed for the rest of the build.
      void worker.terminate();
    },
    async close() {
      await worker.terminate();
      rmSync(cslFolder, { recursive: true, force: true });
    },
  };
}

/** Move the staged files into their places under `to` (renamed, or copied across file systems); returns how many. */
function moveFiles(from: string, to: string): number {
  let moved = 0;
  for (const name of readdirSync(from)) {
    const target = path.join(to, sitePathOf(name));
    mkdirSync(path.dirname(target), { recursive: true });
    const source = path.join(from, name);
    try {
      renameSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      cpSync(source, target);
    }
    moved++;
  }
  return moved;
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
      'astro:build:done': async ({ dir, logger }) => {
        if (worker) logger.info(`wrote ${await worker.moveCslFiles(fileURLToPath(dir))} CSL-JSON files beside the pages`);
        await stop();
      },
    },
  };
}
