// The page's citation boxes, rendered at build time by citeproc-js (the engine inside Zotero and
// Mendeley) with the official CSL styles and locales vendored in vendor/csl/. A reference manager
// that imports the case's CSL-JSON (research/citation.ts cslItem) and formats it in the same style
// prints the same text. Node only: nothing here reaches the browser.
import CSL from 'citeproc';
import gbt2015Style from '../../vendor/csl/styles/china-national-standard-gb-t-7714-2015-numeric.csl?raw';
import gbt2025Style from '../../vendor/csl/styles/china-national-standard-gb-t-7714-2025-numeric.csl?raw';
import apaStyle from '../../vendor/csl/styles/apa.csl?raw';
import enUSLocale from '../../vendor/csl/locales/locales-en-US.xml?raw';
import zhCNLocale from '../../vendor/csl/locales/locales-zh-CN.xml?raw';
import { caseCitable } from './case-metadata.ts';
import { bibtex, ris, type CitableEntry, type CitationLanguage, type CslItem, cslItem } from './citation.ts';
import type { CaseEntry, Library } from '../library/library.ts';

export type CslStyleKey = 'gbt7714-2025' | 'gbt7714-2015' | 'apa';

/** The offered styles. */
export const CSL_STYLES: Record<CslStyleKey, { label: string; xml: string }> = {
  'gbt7714-2025': { label: 'GB/T 7714-2025', xml: gbt2025Style },
  'gbt7714-2015': { label: 'GB/T 7714-2015', xml: gbt2015Style },
  apa: { label: 'APA 7', xml: apaStyle },
};

export type CslLocale = 'zh-CN' | 'en-US';

/**
 * The locale a page renders in, as a reference manager set to the page's language would: zh-CN on
 * Chinese pages (so APA keeps a full stop outside Chinese quotation marks), en-US on English pages
 * (American punctuation, as APA prescribes for English text).
 */
export const pageLocale = (language: CitationLanguage): CslLocale => (language === 'en' ? 'en-US' : 'zh-CN');

const LOCALES: Record<string, string> = { 'zh-CN': zhCNLocale, 'en-US': enUSLocale };

type Engine = { engine: CSL.Engine; items: Map<string, CslItem> };

/** Engines by style and use, built once: building one costs about a second of CPU (APA more). */
const engines = new Map<string, Engine>();

function engineFor(style: CslStyleKey, locale: CslLocale, batch: boolean): Engine {
  const key = `${style}:${locale}:${batch}`;
  let entry = engines.get(key);
  if (!entry) {
    const items = new Map<string, CslItem>();
    const sys = {
      // Only the two vendored locales; a style's other xml:lang blocks are skipped.
      retrieveLocale: (lang: string) => LOCALES[lang] ?? (false as unknown as string),
      retrieveItem: (id: string) => items.get(id),
    };
    entry = { engine: new CSL.Engine(sys, CSL_STYLES[style].xml, locale, true), items };
    entry.engine.setOutputFormat('text');
    if (batch) {
      // Many items in one reference list would be disambiguated against each other (APA's 2026a,
      // 2026b: every case has the same author and year). Each case is cited alone, so the batch
      // engine turns disambiguation off; the result is each item's one-item list, which
      // tests/content/citations.test.ts checks against renderCsl() case by case.
      const opt = (entry.engine as unknown as { opt: Record<string, unknown> }).opt;
      for (const name of ['disambiguate-add-year-suffix', 'disambiguate-add-names', 'disambiguate-add-givenname', 'has_disambiguate']) opt[name] = false;
      // The disambiguator reads those options once, when the engine is built.
      (entry.engine as unknown as { disambiguate: { configModes(): void } }).disambiguate.configModes();
    }
    engines.set(key, entry);
  }
  return entry;
}

/** A bibliography entry as the box shows it: without the numeric styles' label "[n]" and the final newline. */
const entryText = (text: string) => text.trim().replace(/^\[\d+\]\s*/, '');

/**
 * One item's bibliography entry in a style, as plain text: exactly what citeproc-js prints for a
 * reference list holding this one item (as Zotero does when it formats one item), without the
 * numeric styles' label "[1]" and the trailing newline.
 */
export function renderCsl(item: CslItem, style: CslStyleKey, locale: CslLocale): string {
  const { engine, items } = engineFor(style, locale, false);
  items.clear();
  items.set(item.id, item);
  // The engine keeps items it has seen by ID; emptying its registry makes it read this one afresh.
  engine.updateItems([]);
  engine.updateItems([item.id]);
  const [, entries] = engine.makeBibliography() as [unknown, string[]];
  return entryText(entries.join(''));
}

/** Many items' entries at once (one engine pass, about ten times faster than one by one), by item ID. */
export function renderCslAll(list: CslItem[], style: CslStyleKey, locale: CslLocale): Map<string, string> {
  const { engine, items } = engineFor(style, locale, true);
  items.clear();
  for (const item of list) items.set(item.id, item);
  engine.updateItems([]);
  // No sorting (citeproc's nosort argument): the entries are returned by ID, so the list's order
  // does not matter, and computing APA's sort keys cost about a third of the batch.
  engine.updateItems(list.map((item) => item.id), true);
  const [meta, entries] = engine.makeBibliography() as [{ entry_ids: string[][] }, string[]];
  return new Map(meta.entry_ids.map(([id], i) => [id, entryText(entries[i])]));
}

export interface CitationBoxFormat {
  key: string;
  label: string;
  text: string;
}

const styleKeys = (language: CitationLanguage): CslStyleKey[] => (language === 'zh' ? ['gbt7714-2025', 'gbt7714-2015', 'apa'] : ['apa']);

/**
 * The formats a case page offers, in order, for one entry. Chinese pages: GB/T 7714-2025,
 * GB/T 7714-2015, APA 7, BibTeX, RIS. English pages: APA 7 with the bracketed English title, and
 * the English BibTeX and RIS.
 */
export function citationBoxFormats(entry: CitableEntry, language: CitationLanguage = 'zh', rendered?: Map<CslStyleKey, Map<string, string>>): CitationBoxFormat[] {
  const item = cslItem(entry, language);
  return [
    ...styleKeys(language).map((style) => ({ key: style, label: CSL_STYLES[style].label, text: rendered?.get(style)?.get(entry.id) ?? renderCsl(item, style, pageLocale(language)) })),
    { key: 'bibtex', label: 'BibTeX', text: bibtex(entry, language) },
    { key: 'ris', label: 'RIS', text: ris(entry, language) },
  ];
}

/** Every case's rendered style entries, per library, site and language: one batch per style. */
const renderedByLibrary = new WeakMap<Library, Map<string, Map<CslStyleKey, Map<string, string>>>>();

function renderedFor(library: Library, siteUrl: string, language: CitationLanguage) {
  let byKey = renderedByLibrary.get(library);
  if (!byKey) renderedByLibrary.set(library, (byKey = new Map()));
  const key = `${language} ${siteUrl}`;
  let rendered = byKey.get(key);
  if (!rendered) {
    const items = library.cases.map((entry) => cslItem(caseCitable(library, entry, siteUrl), language));
    rendered = new Map(styleKeys(language).map((style) => [style, renderCslAll(items, style, pageLocale(language))]));
    byKey.set(key, rendered);
  }
  return rendered;
}

/**
 * A case's citation boxes for a page in `language`, and the access date the data carries. The
 * English pages call this with 'en' (CitationBox.astro lang="en").
 */
export function caseCitationBoxes(library: Library, entry: CaseEntry, siteUrl: string, language: CitationLanguage = 'zh') {
  const citable = caseCitable(library, entry, siteUrl);
  return { formats: citationBoxFormats(citable, language, renderedFor(library, siteUrl, language)), accessed: citable.accessed };
}
