// The worker thread that formats the case pages' citations for citation-service.ts: citeproc-js
// with the vendored styles, read from vendor/csl/ (the pages' own copy has them from Vite's ?raw
// imports; tests/unit/citation-service.test.ts checks that both print the same). It prepares the
// Chinese pages' engines as soon as it starts, then answers each request with the entries by ID.
// It also writes the cases' CSL-JSON files from the same items, into the staging folder it is given.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { CSL_FILES, cslRenderer, pageLocale, styleKeys, type CslLocale, type CslStyleKey } from '../research/citation-engine.ts';
import type { CitationLanguage, CslItem } from '../research/citation.ts';
import { writeCslFileSet } from './csl-files.ts';

/** Format the items in a style, or write their CSL-JSON files (into the staging folder the worker is given). */
export type CitationRequest = { kind: 'render'; id: number; items: CslItem[]; style: CslStyleKey; locale: CslLocale } | { kind: 'files'; id: number; items: CslItem[]; language: CitationLanguage };

export type CitationAnswer = { id: number; ids: string[]; texts: string[] } | { id: number; written: number } | { id: number; error: string };

const { cslFolder } = workerData as { cslFolder: string };

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');
const renderer = cslRenderer({
  styles: { 'gbt7714-2025': read(CSL_FILES.styles['gbt7714-2025']), 'gbt7714-2015': read(CSL_FILES.styles['gbt7714-2015']), apa: read(CSL_FILES.styles.apa) },
  locales: { 'zh-CN': read(CSL_FILES.locales['zh-CN']), 'en-US': read(CSL_FILES.locales['en-US']) },
});

const port = parentPort!;
port.on('message', (request: CitationRequest) => {
  const { id, items } = request;
  let answer: CitationAnswer;
  try {
    if (request.kind === 'files') {
      answer = { id, written: writeCslFileSet(cslFolder, items, request.language) };
    } else {
      const texts = renderer.renderMany(items, request.style, request.locale);
      answer = { id, ids: [...texts.keys()], texts: [...texts.values()] };
    }
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});

// The Chinese pages' engines (their chunks come first); requests that arrive meanwhile wait in the queue.
for (const style of styleKeys('zh')) renderer.prepare(style, pageLocale('zh'));
