// The build's citeproc-js worker, as the pages see it. The build starts it when it is configured
// (integrations/citation-service.ts), so that its engines are ready before the first case page;
// the pages then hand it their items and go on rendering while it formats them on the other core.
// Pages and the build's integrations are loaded as separate copies of the modules (Vite bundles the
// pages), so the handle is found under a registered symbol on the global object, not as a module's
// export. Without it (astro dev, unit tests), citation-render.ts formats the items itself.
import type { CslLocale, CslStyleKey } from './citation-engine.ts';
import type { CitationLanguage, CslItem } from './citation.ts';

export interface CiteprocService {
  /** The items' entries in one style (the same text as cslRenderer's renderMany), by item ID. */
  render(items: CslItem[], style: CslStyleKey, locale: CslLocale): Promise<Map<string, string>>;
  /** No more requests will come: the worker may stop (a later request fails, and the page formats it). */
  finished(): void;
  /**
   * Write each item's CSL-JSON file (its case's csl.json, or csl.en.json for English items) for
   * the build's output. Where the service does, the endpoints that would write them
   * (pages/cases/[id]/csl.json.ts, csl.en.json.ts) give no paths: 10,000 files at 5,000 cases
   * are written beside the pages instead of between them.
   */
  writeCslFiles?(items: CslItem[], language: CitationLanguage): void;
}

const KEY = Symbol.for('case-library:citeproc-service');

export function citeprocService(): CiteprocService | undefined {
  return (globalThis as Record<symbol, CiteprocService | undefined>)[KEY];
}

export function setCiteprocService(service: CiteprocService | undefined): void {
  const global = globalThis as Record<symbol, CiteprocService | undefined>;
  if (service) global[KEY] = service;
  else delete global[KEY];
}
