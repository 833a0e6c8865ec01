// The bilingual site's gates over dist/: every Chinese page has its English twin and the reverse,
// each page says its language in <html lang> and lists both versions (and x-default) as hreflang
// alternates that resolve to the twin, and English pages mark every Chinese run lang="zh-CN".
// Used by scripts/check-dist.ts; pure over parsed pages, so tests feed it small documents.
import { Parser } from 'htmlparser2';

export interface LanguageScan {
  /** <html lang>. */
  lang: string | undefined;
  /** <link rel="alternate" hreflang> in the head: hreflang → href. */
  alternates: Map<string, string>;
  /** Text with Han characters whose nearest lang="" (or the page's) is not Chinese; a few characters each. */
  unmarkedChinese: string[];
}

const HAN = /\p{Script=Han}/u;
/** Elements whose text is not page text a reader meets as such (or cannot carry lang on a part). */
const SKIPPED = new Set(['script', 'style', 'template', 'title', 'textarea', 'noscript']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export function scanLanguage(html: string): LanguageScan {
  const scan: LanguageScan = { lang: undefined, alternates: new Map(), unmarkedChinese: [] };
  // The language of each open element, innermost last.
  const stack: Array<{ name: string; lang: string | undefined; skipped: boolean }> = [];
  const current = () => stack.at(-1);
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html') scan.lang = attributes.lang;
        if (name === 'link' && attributes.rel === 'alternate' && attributes.hreflang && attributes.href) scan.alternates.set(attributes.hreflang, attributes.href);
        if (VOID.has(name)) return;
        const parent = current();
        stack.push({ name, lang: attributes.lang ?? parent?.lang, skipped: SKIPPED.has(name) || Boolean(parent?.skipped) });
      },
      ontext(text) {
        const element = current();
        if (!element || element.skipped || !HAN.test(text)) return;
        if (!element.lang?.startsWith('zh')) scan.unmarkedChinese.push(`<${element.name}> ${text.trim().slice(0, 24)}`);
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        // Pop to the matching element (htmlparser2 reports implied closes too).
        const at = stack.map((e) => e.name).lastIndexOf(name);
        if (at >= 0) stack.length = at;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return scan;
}

/** A page's path under the site (its file under dist/ without index.html), and its twin's. */
export function twinOf(page: string): string {
  if (page === '404.html') return 'en/404/';
  if (page === 'en/404/') return '404.html';
  return page.startsWith('en/') ? page.slice(3) : page === 'en' ? '' : `en/${page}`;
}

/**
 * Findings over the site's pages (path under the site → scan; the web editor left out): missing
 * twins, a wrong <html lang>, hreflang alternates that are missing or do not point at the page and
 * its twin, and Chinese text not marked on English pages. `base` is the site's base path; the
 * alternates' paths are compared, whatever origin they name.
 */
export function languageFindings(pages: ReadonlyMap<string, LanguageScan>, base = '/'): string[] {
  const url = (sitePath: string) => `${base}${sitePath}`;
  const out: string[] = [];
  for (const [page, scan] of pages) {
    const english = page === 'en/' || page.startsWith('en/');
    const twin = twinOf(page);
    const where = page || '/';
    if (!pages.has(twin)) out.push(`${where}: has no ${english ? 'Chinese' : 'English'} twin (${twin || '/'})`);
    const expectedLang = english ? 'en' : 'zh-CN';
    if (scan.lang !== expectedLang) out.push(`${where}: <html lang="${scan.lang ?? ''}">, expected "${expectedLang}"`);
    const zhPage = english ? twin : page;
    const enPage = english ? page : twin;
    const expected: Array<[string, string]> = [['zh-CN', zhPage], ['en', enPage], ['x-default', zhPage]];
    for (const [hreflang, target] of expected) {
      const href = scan.alternates.get(hreflang);
      if (href === undefined) out.push(`${where}: no hreflang="${hreflang}" alternate`);
      else if (new URL(href, 'http://site').pathname !== url(target)) out.push(`${where}: hreflang="${hreflang}" points to ${href}, expected the path ${url(target)}`);
    }
    if (english) for (const text of scan.unmarkedChinese.slice(0, 3)) out.push(`${where}: Chinese text without lang="zh-CN": ${text}`);
  }
  return out;
}
