// The worker thread that formats the case pages' citations for citation-service.ts: citeproc-js
// with the vendored styles, read from vendor/csl/ (the pages' own copy has them from Vite's ?raw
// imports; tests/unit/citation-service.test.ts checks that both print the same). It prepares the
// Chinese pages' engines as soon as it starts, then answers each request with the entries by ID.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { CSL_FILES, cslRenderer, pageLocale, styleKeys, type CslLocale, type CslStyleKey } from '../research/citation-engine.ts';
import type { CslItem } from '../research/citation.ts';

export interface CitationRequest {
  id: number;
  items: CslItem[];
  style: CslStyleKey;
  locale: CslLocale;
}

export type CitationAnswer = { id: number; ids: string[]; texts: string[] } | { id: number; error: string };

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');
const renderer = cslRenderer({
  styles: { 'gbt7714-2025': read(CSL_FILES.styles['gbt7714-2025']), 'gbt7714-2015': read(CSL_FILES.styles['gbt7714-2015']), apa: read(CSL_FILES.styles.apa) },
  locales: { 'zh-CN': read(CSL_FILES.locales['zh-CN']), 'en-US': read(CSL_FILES.locales['en-US']) },
});

const port = parentPort!;
port.on('message', ({ id, items, style, locale }: CitationRequest) => {
  let answer: CitationAnswer;
  try {
    const texts = renderer.renderMany(items, style, locale);
    answer = { id, ids: [...texts.keys()], texts: [...texts.values()] };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});

// The Chinese pages' engines (their chunks come first); requests that arrive meanwhile wait in the queue.
for (const style of styleKeys('zh')) renderer.prepare(style, pageLocale('zh'));
