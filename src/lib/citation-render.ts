// The page's citation boxes, rendered at build time by citeproc-js (the engine inside Zotero and
// Mendeley) with the official CSL styles and locales vendored in vendor/csl/. A reference manager
// that imports the case's CSL-JSON (lib/citation.ts cslItem) and formats it in the same style
// prints the same text. Node only: nothing here reaches the browser.
import CSL from 'citeproc';
import gbt2015Style from '../../vendor/csl/styles/china-national-standard-gb-t-7714-2015-numeric.csl?raw';
import gbt2025Style from '../../vendor/csl/styles/china-national-standard-gb-t-7714-2025-numeric.csl?raw';
import apaStyle from '../../vendor/csl/styles/apa.csl?raw';
import enUSLocale from '../../vendor/csl/locales/locales-en-US.xml?raw';
import zhCNLocale from '../../vendor/csl/locales/locales-zh-CN.xml?raw';
import { caseCitable } from './case-metadata.ts';
import { bibtex, ris, type CitableEntry, type CitationLanguage, type CslItem, cslItem } from './citation.ts';
import type { CaseEntry, Library } from './library.ts';

export type CslStyleKey = 'gbt7714-2025' | 'gbt7714-2015' | 'apa';

/** The offered styles, each rendered in its own default locale (`default-locale` of the style, en-US for APA). */
export const CSL_STYLES: Record<CslStyleKey, { label: string; xml: string; locale: 'zh-CN' | 'en-US' }> = {
  'gbt7714-2025': { label: 'GB/T 7714-2025', xml: gbt2025Style, locale: 'zh-CN' },
  'gbt7714-2015': { label: 'GB/T 7714-2015', xml: gbt2015Style, locale: 'zh-CN' },
  apa: { label: 'APA 7', xml: apaStyle, locale: 'en-US' },
};

const LOCALES: Record<string, string> = { 'zh-CN': zhCNLocale, 'en-US': enUSLocale };

/** One engine per style, reused: the item to render is swapped in before each bibliography. */
const engines = new Map<CslStyleKey, { engine: CSL.Engine; items: Map<string, CslItem> }>();

function engineFor(style: CslStyleKey) {
  let entry = engines.get(style);
  if (!entry) {
    const items = new Map<string, CslItem>();
    const sys = {
      retrieveLocale: (lang: string) => LOCALES[lang] ?? LOCALES['en-US'],
      retrieveItem: (id: string) => items.get(id),
    };
    entry = { engine: new CSL.Engine(sys, CSL_STYLES[style].xml, CSL_STYLES[style].locale, true), items };
    entry.engine.setOutputFormat('text');
    engines.set(style, entry);
  }
  return entry;
}

/**
 * One item's bibliography entry in a style, as plain text: what citeproc-js prints for a reference
 * list with this one item, without the numeric styles' label "[1]" and the trailing newline.
 */
export function renderCsl(item: CslItem, style: CslStyleKey): string {
  const { engine, items } = engineFor(style);
  items.clear();
  items.set(item.id, item);
  engine.updateItems([item.id]);
  const [, entries] = engine.makeBibliography() as [unknown, string[]];
  return entries.join('').trim().replace(/^\[1\]\s*/, '');
}

export interface CitationBoxFormat {
  key: string;
  label: string;
  text: string;
}

/**
 * The formats a case page offers, in order. Chinese pages: GB/T 7714-2025, GB/T 7714-2015, APA 7,
 * BibTeX, RIS. English pages: APA 7 with the bracketed English title, and the English BibTeX and RIS.
 */
export function citationBoxFormats(entry: CitableEntry, language: CitationLanguage = 'zh'): CitationBoxFormat[] {
  const item = cslItem(entry, language);
  const styles: CslStyleKey[] = language === 'zh' ? ['gbt7714-2025', 'gbt7714-2015', 'apa'] : ['apa'];
  return [
    ...styles.map((style) => ({ key: style, label: CSL_STYLES[style].label, text: renderCsl(item, style) })),
    { key: 'bibtex', label: 'BibTeX', text: bibtex(entry, language) },
    { key: 'ris', label: 'RIS', text: ris(entry, language) },
  ];
}

/**
 * A case's citation boxes for a page in `language`, and the access date the data carries. The
 * English pages call this with 'en' (CitationBox.astro lang="en").
 */
export function caseCitationBoxes(library: Library, entry: CaseEntry, siteUrl: string, language: CitationLanguage = 'zh') {
  const citable = caseCitable(library, entry, siteUrl);
  return { formats: citationBoxFormats(citable, language), accessed: citable.accessed };
}
