// The bilingual gates check-dist runs over dist/ (scripts/lib/language-pages.ts), on small pages.
import { describe, expect, it } from 'vitest';
import { languageFindings, scanLanguage, twinOf } from '../../scripts/lib/language-pages.ts';

const page = (lang: string, path: string, body: string, alternates?: Record<string, string>) => {
  const links = alternates ?? { 'zh-CN': `/${path.replace(/^en\//, '')}`, en: `/en/${path.replace(/^en\//, '')}`, 'x-default': `/${path.replace(/^en\//, '')}` };
  const head = Object.entries(links).map(([hreflang, href]) => `<link rel="alternate" hreflang="${hreflang}" href="https://example.org${href}">`).join('');
  return `<!doctype html><html lang="${lang}"><head><title>标题</title>${head}</head><body>${body}</body></html>`;
};

describe('languageFindings', () => {
  it('finds nothing on a pair of twins that say their language and point at each other', () => {
    const pages = new Map([
      ['cases/x/', scanLanguage(page('zh-CN', 'cases/x/', '<h1>武汉</h1>'))],
      ['en/cases/x/', scanLanguage(page('en', 'en/cases/x/', '<h1>Wuhan <span lang="zh-CN">武汉</span></h1><script>var a = "武汉";</script>'))],
    ]);
    expect(languageFindings(pages)).toEqual([]);
  });

  it('reports a page without its twin, in either direction', () => {
    const onlyChinese = new Map([['years/', scanLanguage(page('zh-CN', 'years/', ''))]]);
    expect(languageFindings(onlyChinese)).toEqual(['years/: has no English twin (en/years/)']);
    const onlyEnglish = new Map([['en/years/', scanLanguage(page('en', 'en/years/', ''))]]);
    expect(languageFindings(onlyEnglish)).toEqual(['en/years/: has no Chinese twin (years/)']);
  });

  it('reports a wrong <html lang> and a missing or misdirected hreflang', () => {
    const pages = new Map([
      ['a/', scanLanguage(page('en', 'a/', ''))],
      ['en/a/', scanLanguage(page('en', 'en/a/', '', { 'zh-CN': '/b/', en: '/en/a/' }))],
    ]);
    expect(languageFindings(pages)).toEqual([
      'a/: <html lang="en">, expected "zh-CN"',
      'en/a/: hreflang="zh-CN" points to https://example.org/b/, expected the path /a/',
      'en/a/: no hreflang="x-default" alternate',
    ]);
  });

  it('reports Chinese text on an English page that is not inside lang="zh-CN"', () => {
    const pages = new Map([
      ['a/', scanLanguage(page('zh-CN', 'a/', ''))],
      ['en/a/', scanLanguage(page('en', 'en/a/', '<p>Run by <b>武汉市</b>.</p><p lang="zh-CN"><i>湖北</i></p><textarea>武汉</textarea>'))],
    ]);
    expect(languageFindings(pages)).toEqual(['en/a/: Chinese text without lang="zh-CN": <b> 武汉市']);
  });

  it('pairs the host’s /404.html with /en/404/, and the home pages', () => {
    expect(twinOf('404.html')).toBe('en/404/');
    expect(twinOf('en/404/')).toBe('404.html');
    expect(twinOf('')).toBe('en/');
    expect(twinOf('en/')).toBe('');
  });
});
