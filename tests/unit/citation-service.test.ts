// The build's citation worker (src/integrations/citation-service.ts): it reads the vendored CSL files
// itself, so this checks that it prints exactly what the pages print with their own copy, for every
// real case in both languages, and that the pages fall back to formatting themselves if it fails.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startCitationWorker } from '../../src/integrations/citation-service.ts';
import { cslFilePath } from '../../src/integrations/csl-files.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { caseCitable } from '../../src/research/case-metadata.ts';
import { citationFiles, cslItem } from '../../src/research/citation.ts';
import { pageLocale, styleKeys } from '../../src/research/citation-engine.ts';
import { caseCitationBoxes, renderCslAll } from '../../src/research/citation-render.ts';
import { setCiteprocService } from '../../src/research/citeproc-service.ts';

const SITE = 'https://example.org/';
const worker = startCitationWorker();
afterAll(async () => {
  setCiteprocService(undefined);
  await worker.close();
});

describe('citation worker', { timeout: 120_000 }, () => {
  it('formats every real case as the pages do, in every style of both languages', async () => {
    const { library } = loadLibrary('content');
    expect(library.cases.length).toBeGreaterThan(0);
    for (const language of ['zh', 'en'] as const) {
      const items = library.cases.map((entry) => cslItem(caseCitable(library, entry, SITE), language));
      for (const style of styleKeys(language)) {
        const fromWorker = await worker.render(items, style, pageLocale(language));
        const here = renderCslAll(items, style, pageLocale(language));
        expect(fromWorker.size).toBe(items.length);
        expect([...fromWorker]).toEqual([...here]);
      }
    }
  });

  it('gives the pages the same boxes as formatting them in the page', async () => {
    const pageLibrary = loadLibrary('content').library;
    let requests = 0;
    setCiteprocService({ render: (...request) => (requests++, worker.render(...request)), finished: () => {} });
    const withWorker = await Promise.all(pageLibrary.cases.map((entry) => caseCitationBoxes(pageLibrary, entry, SITE, 'en')));
    setCiteprocService(undefined);
    const alone = loadLibrary('content').library;
    const without = await Promise.all(alone.cases.map((entry) => caseCitationBoxes(alone, entry, SITE, 'en')));
    expect(requests).toBeGreaterThan(0);
    expect(withWorker).toEqual(without);
    expect(withWorker[0].formats[0].text).toMatch(/^治理案例库\. \(\d{4}\)\./);
  });

  it('falls back to formatting in the page when the worker fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    setCiteprocService({ render: () => Promise.reject(new Error('worker gone')), finished: () => {} });
    const failing = loadLibrary('content').library;
    const boxes = await caseCitationBoxes(failing, failing.cases[0], SITE, 'zh');
    setCiteprocService(undefined);
    const alone = loadLibrary('content').library;
    expect(boxes).toEqual(await caseCitationBoxes(alone, alone.cases[0], SITE, 'zh'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('worker gone'));
    warn.mockRestore();
  });

  it('rejects requests once the worker has stopped, or was told it is finished', async () => {
    for (const stop of [(service: ReturnType<typeof startCitationWorker>) => service.close(), (service: ReturnType<typeof startCitationWorker>) => service.finished()]) {
      const stopped = startCitationWorker();
      await stop(stopped);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(stopped.render([], 'apa', 'en-US')).rejects.toThrow(/stopped/);
    }
  });

  it("writes every case's CSL-JSON files as the endpoints do, and moves them into the site", async () => {
    const { library } = loadLibrary('content');
    const site = mkdtempSync(path.join(os.tmpdir(), 'csl-site-'));
    const service = startCitationWorker();
    try {
      for (const language of ['zh', 'en'] as const) service.writeCslFiles(library.cases.map((entry) => cslItem(caseCitable(library, entry, SITE), language)), language);
      expect(await service.moveCslFiles(site)).toBe(2 * library.cases.length);
      for (const entry of library.cases) {
        const citable = caseCitable(library, entry, SITE);
        expect(readFileSync(path.join(site, 'cases', entry.id, 'csl.json'), 'utf8')).toBe(citationFiles.csl([citable]));
        expect(readFileSync(path.join(site, 'cases', entry.id, 'csl.en.json'), 'utf8')).toBe(citationFiles.csl([citable], 'en'));
      }
      expect(readdirSync(path.join(site, 'cases'))).toHaveLength(library.cases.length);
    } finally {
      await service.close();
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('writes the CSL-JSON files itself when the worker has stopped', async () => {
    const { library } = loadLibrary('content');
    const site = mkdtempSync(path.join(os.tmpdir(), 'csl-site-'));
    const service = startCitationWorker();
    try {
      service.finished();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const entry = library.cases[0];
      service.writeCslFiles([cslItem(caseCitable(library, entry, SITE), 'en')], 'en');
      expect(await service.moveCslFiles(site)).toBe(1);
      expect(readFileSync(path.join(site, cslFilePath(entry.id, 'en')), 'utf8')).toBe(citationFiles.csl([caseCitable(library, entry, SITE)], 'en'));
    } finally {
      await service.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});
