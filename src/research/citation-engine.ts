// citeproc-js engines for the page's citation boxes, given the CSL styles and locales as text.
// Two callers share it, so that both print the same text: citation-render.ts (pages and tests, the
// XML bundled with Vite's ?raw imports) and citation-worker.ts (the build's worker thread, the same
// files read from vendor/csl/).
import CSL from 'citeproc';
import type { CitationLanguage, CslItem } from './citation.ts';

export type CslStyleKey = 'gbt7714-2025' | 'gbt7714-2015' | 'apa';
export type CslLocale = 'zh-CN' | 'en-US';

/** The styles a page in `language` offers, in order: GB/T 7714-2025, GB/T 7714-2015 and APA 7 on Chinese pages, APA 7 on English ones. */
export const styleKeys = (language: CitationLanguage): CslStyleKey[] => (language === 'zh' ? ['gbt7714-2025', 'gbt7714-2015', 'apa'] : ['apa']);

/**
 * The locale a page renders in, as a reference manager set to the page's language would: zh-CN on
 * Chinese pages (so APA keeps a full stop outside Chinese quotation marks), en-US on English pages
 * (American punctuation, as APA prescribes for English text).
 */
export const pageLocale = (language: CitationLanguage): CslLocale => (language === 'en' ? 'en-US' : 'zh-CN');

/** The vendored style and locale files, as text. */
export interface CslSources {
  styles: Record<CslStyleKey, string>;
  locales: Record<CslLocale, string>;
}

/** Where each vendored file lives, from the project's root (for readers outside Vite). */
export const CSL_FILES: { styles: Record<CslStyleKey, string>; locales: Record<CslLocale, string> } = {
  styles: {
    'gbt7714-2025': 'vendor/csl/styles/china-national-standard-gb-t-7714-2025-numeric.csl',
    'gbt7714-2015': 'vendor/csl/styles/china-national-standard-gb-t-7714-2015-numeric.csl',
    apa: 'vendor/csl/styles/apa.csl',
  },
  locales: { 'zh-CN': 'vendor/csl/locales/locales-zh-CN.xml', 'en-US': 'vendor/csl/locales/locales-en-US.xml' },
};

export interface CslRenderer {
  /** One item's entry, exactly as citeproc-js prints a reference list of this one item. */
  renderOne(item: CslItem, style: CslStyleKey, locale: CslLocale): string;
  /** Many items' entries in one engine pass (about ten times faster than one by one), by item ID. */
  renderMany(list: CslItem[], style: CslStyleKey, locale: CslLocale): Map<string, string>;
  /** Build renderMany's engine for a style and locale now, before any item is known. */
  prepare(style: CslStyleKey, locale: CslLocale): void;
}

type Engine = { engine: CSL.Engine; items: Map<string, CslItem>; locale: CslLocale };

/** A bibliography entry as the box shows it: without the numeric styles' label "[n]" and the final newline. */
const entryText = (text: string) => text.trim().replace(/^\[\d+\]\s*/, '');

export function cslRenderer(sources: CslSources): CslRenderer {
  /** Engines by style and use: building one costs about a second of CPU (APA more). */
  const engines = new Map<string, Engine>();

  function engineFor(style: CslStyleKey, locale: CslLocale, batch: boolean): Engine {
    // One engine per style and use: another locale replaces it. An APA engine holds about 90 MB,
    // and a build formats one language's pages after the other's.
    const key = `${style}:${batch}`;
    let entry = engines.get(key);
    if (entry && entry.locale !== locale) {
      // Let the old engine go before the new one is built, not after.
      engines.delete(key);
      entry = undefined;
    }
    if (!entry) {
      const items = new Map<string, CslItem>();
      const sys = {
        // Only the two vendored locales; a style's other xml:lang blocks are skipped.
        retrieveLocale: (lang: string) => sources.locales[lang as CslLocale] ?? (false as unknown as string),
        retrieveItem: (id: string) => items.get(id),
      };
      entry = { engine: new CSL.Engine(sys, sources.styles[style], locale, true), items, locale };
      entry.engine.setOutputFormat('text');
      if (batch) {
        // Many items in one reference list would be disambiguated against each other (APA's 2026a,
        // 2026b: every case has the same author and year). Each case is cited alone, so the batch
        // engine turns disambiguation off; the result is each item's one-item list, which
        // tests/unit/citation-render.test.ts checks against renderOne() case by case.
        const opt = (entry.engine as unknown as { opt: Record<string, unknown> }).opt;
        for (const name of ['disambiguate-add-year-suffix', 'disambiguate-add-names', 'disambiguate-add-givenname', 'has_disambiguate']) opt[name] = false;
        // The disambiguator reads those options once, when the engine is built.
        (entry.engine as unknown as { disambiguate: { configModes(): void } }).disambiguate.configModes();
      }
      engines.set(key, entry);
    }
    return entry;
  }

  return {
    renderOne(item, style, locale) {
      const { engine, items } = engineFor(style, locale, false);
      items.clear();
      items.set(item.id, item);
      // The engine keeps items it has seen by ID; emptying its registry makes it read this one afresh.
      engine.updateItems([]);
      engine.updateItems([item.id]);
      const [, entries] = engine.makeBibliography() as [unknown, string[]];
      return entryText(entries.join(''));
    },
    renderMany(list, style, locale) {
      const { engine, items } = engineFor(style, locale, true);
      items.clear();
      for (const item of list) items.set(item.id, item);
      engine.updateItems([]);
      // No sorting (citeproc's nosort argument): the entries are returned by ID, so the list's order
      // does not matter, and computing APA's sort keys cost about a third of the batch.
      engine.updateItems(list.map((item) => item.id), true);
      const [meta, entries] = engine.makeBibliography() as [{ entry_ids: string[][] }, string[]];
      return new Map(meta.entry_ids.map(([id], i) => [id, entryText(entries[i])]));
    },
    prepare(style, locale) {
      engineFor(style, locale, true);
    },
  };
}
