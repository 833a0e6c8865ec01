// The page's citation boxes, rendered at build time by citeproc-js (the engine inside Zotero and
// Mendeley) with the official CSL styles and locales vendored in vendor/csl/. A reference manager
// that imports the case's CSL-JSON (research/citation.ts cslItem) and formats it in the same style
// prints the same text. During a build the build's worker thread formats them beside the pages
// (integrations/citation-service.ts); elsewhere (astro dev, tests) this module does. Node only:
// nothing here reaches the browser.
import gbt2015Style from '../../vendor/csl/styles/china-national-standard-gb-t-7714-2015-numeric.csl?raw';
import gbt2025Style from '../../vendor/csl/styles/china-national-standard-gb-t-7714-2025-numeric.csl?raw';
import apaStyle from '../../vendor/csl/styles/apa.csl?raw';
import enUSLocale from '../../vendor/csl/locales/locales-en-US.xml?raw';
import zhCNLocale from '../../vendor/csl/locales/locales-zh-CN.xml?raw';
import { caseCitable } from './case-metadata.ts';
import { bibtex, ris, type CitableEntry, type CitationLanguage, type CslItem, cslItem } from './citation.ts';
import { cslRenderer, pageLocale, styleKeys, type CslLocale, type CslStyleKey } from './citation-engine.ts';
import { citeprocService } from './citeproc-service.ts';
import type { CaseEntry, Library } from '../library/library.ts';

export { pageLocale, type CslLocale, type CslStyleKey };

/** The offered styles. */
export const CSL_STYLES: Record<CslStyleKey, { label: string; xml: string }> = {
  'gbt7714-2025': { label: 'GB/T 7714-2025', xml: gbt2025Style },
  'gbt7714-2015': { label: 'GB/T 7714-2015', xml: gbt2015Style },
  apa: { label: 'APA 7', xml: apaStyle },
};

const renderer = cslRenderer({
  styles: { 'gbt7714-2025': gbt2025Style, 'gbt7714-2015': gbt2015Style, apa: apaStyle },
  locales: { 'zh-CN': zhCNLocale, 'en-US': enUSLocale },
});

/**
 * One item's bibliography entry in a style, as plain text: exactly what citeproc-js prints for a
 * reference list holding this one item (as Zotero does when it formats one item), without the
 * numeric styles' label "[1]" and the trailing newline.
 */
export function renderCsl(item: CslItem, style: CslStyleKey, locale: CslLocale): string {
  return renderer.renderOne(item, style, locale);
}

/** Many items' entries at once (one engine pass, about ten times faster than one by one), by item ID. */
export function renderCslAll(list: CslItem[], style: CslStyleKey, locale: CslLocale): Map<string, string> {
  return renderer.renderMany(list, style, locale);
}

export interface CitationBoxFormat {
  key: string;
  label: string;
  text: string;
}

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

/** Rendered style entries: each style's text by case ID. */
type StyleTexts = Map<CslStyleKey, Map<string, string>>;

/** Cases of one language whose entries are formatted together; their texts, once handed to the worker or first needed by a page. */
interface Chunk {
  language: CitationLanguage;
  items: CslItem[];
  texts?: Promise<StyleTexts>;
}

/**
 * Cases per chunk when the build's worker formats them: the first case page waits only for its
 * own chunk, and the worker keeps ahead of the pages. (Letting the pages format the chunks the
 * worker had not reached yet took no less time, and put a second set of engines, about 200 MB, in
 * the pages' thread.) Without the worker, a chunk is a whole language: one engine pass per style,
 * as fast as citeproc-js goes.
 */
const CHUNK_CASES = 200;

/** Each case's chunk, per library, site and language. */
const chunksByLibrary = new WeakMap<Library, Map<string, Map<string, Chunk>>>();

function chunkOf(library: Library, siteUrl: string, language: CitationLanguage, id: string): Chunk | undefined {
  let byKey = chunksByLibrary.get(library);
  if (!byKey) chunksByLibrary.set(library, (byKey = new Map()));
  let chunks = byKey.get(`${language} ${siteUrl}`);
  if (!chunks) {
    const service = citeprocService();
    // With the worker, both languages are handed over at once, in the order Astro renders the
    // pages: the Chinese ones, then the English ones (so the worker needs one APA engine at a time).
    const languages: CitationLanguage[] = service ? ['zh', 'en'] : [language];
    const size = service ? CHUNK_CASES : library.cases.length;
    const all: Chunk[] = [];
    const byLanguage = new Map(languages.map((lang) => [lang, new Map<string, Chunk>()]));
    for (const lang of languages) {
      for (let start = 0; start < library.cases.length; start += size) {
        const cases = library.cases.slice(start, start + size);
        const chunk: Chunk = { language: lang, items: cases.map((entry) => cslItem(caseCitable(library, entry, siteUrl), lang)) };
        if (service) {
          // The same items are the cases' CSL-JSON files.
          service.writeCslFiles?.(chunk.items, lang);
          chunk.texts = renderInWorker(chunk.items, lang);
        }
        all.push(chunk);
        for (const entry of cases) byLanguage.get(lang)!.set(entry.id, chunk);
      }
    }
    for (const lang of languages) byKey.set(`${lang} ${siteUrl}`, byLanguage.get(lang)!);
    chunks = byLanguage.get(language)!;
    // Every case's entries are asked for: the worker's memory can go before the pages are done.
    if (service) void Promise.allSettled(all.map((chunk) => chunk.texts)).then(() => service.finished());
  }
  return chunks.get(id);
}

const renderHere = (items: CslItem[], language: CitationLanguage): StyleTexts =>
  new Map(styleKeys(language).map((style) => [style, renderCslAll(items, style, pageLocale(language))]));

/** The same texts from the build's worker; should it fail, the pages' thread formats them itself. */
async function renderInWorker(items: CslItem[], language: CitationLanguage): Promise<StyleTexts> {
  try {
    const texts = await Promise.all(styleKeys(language).map((style) => citeprocService()!.render(items, style, pageLocale(language))));
    return new Map(styleKeys(language).map((style, i) => [style, texts[i]]));
  } catch (error) {
    console.warn(`citation worker failed (${String(error)}); formatting the citations in the page instead`);
    return renderHere(items, language);
  }
}

/** A case's rendered entries: its chunk's (formatted here when there is no worker). */
function renderedEntries(library: Library, siteUrl: string, language: CitationLanguage, id: string): Promise<StyleTexts> | undefined {
  const chunk = chunkOf(library, siteUrl, language, id);
  if (!chunk) return undefined;
  chunk.texts ??= Promise.resolve(renderHere(chunk.items, chunk.language));
  return chunk.texts;
}

/**
 * A case's citation boxes for a page in `language`, and the access date the data carries. The
 * English pages call this with 'en' (CitationBox.astro lang="en").
 */
export async function caseCitationBoxes(library: Library, entry: CaseEntry, siteUrl: string, language: CitationLanguage = 'zh') {
  const citable = caseCitable(library, entry, siteUrl);
  const rendered = await renderedEntries(library, siteUrl, language, entry.id);
  return { formats: citationBoxFormats(citable, language, rendered), accessed: citable.accessed };
}
