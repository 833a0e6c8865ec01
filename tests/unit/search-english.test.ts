// The English index's records, the search page's words and the <html lang> the Pagefind instance
// is created under (the browser tests cover the English page itself: tests/browser/search-english.test.ts).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load-library.ts';
import { SEARCH_LANGUAGE, SEARCH_LANGUAGE_EN } from '../../src/search/filters.ts';
import { fill, SEARCH_MESSAGES } from '../../src/search/messages.ts';
import { filterLabelsEn, searchPageData } from '../../src/search/page-data.ts';
import { indexLanguage } from '../../src/search/pagefind.ts';
import { caseSearchRecord, isLatinText } from '../../src/search/records.ts';
import { BODY_START, indexText, NAME_FILLER, NAME_SPAN, pagefindQuery, queryTerms, quotedPagefindQuery, readableFields } from '../../src/search/text.ts';

const { library, bodyTexts } = loadLibrary(path.resolve('content'));

describe('English search records', () => {
  const entry = library.caseById('huizhou-huiyun-eye')!;
  const record = caseSearchRecord(library, entry, bodyTexts.get(entry.id)!, SEARCH_LANGUAGE_EN);
  const tokens = record.content.split(' ');

  it('are in the stemmed language en, link the English page and carry the English title', () => {
    expect(record.language).toBe('en');
    expect(record.url).toBe(`/en/cases/${entry.id}/`);
    expect(record.meta.title).toBe(entry.data.en?.title ?? entry.data.title);
    expect(record.meta.titleZh).toBe(entry.data.title);
  });

  it('hold the Chinese names in the Chinese index’s bigram form among the names, and no pinyin', () => {
    const names = tokens.slice(0, NAME_SPAN);
    for (const token of indexText('惠云眼').split(' ')) expect(names).toContain(token);
    expect(names).not.toContain('huiyunyan');
    expect(tokens[NAME_SPAN - 1]).toBe(NAME_FILLER);
    expect(tokens[BODY_START - 1]).toBe(NAME_FILLER);
  });

  it('read back the English summary, English keywords and English labels of its terms, and no Chinese body', () => {
    const readable = readableFields(tokens);
    expect(readable).toContain(entry.data.en!.summary.split(' ').slice(0, 3).join(' '));
    for (const keyword of entry.data.keywords.filter(isLatinText)) expect(readable.toLowerCase()).toContain(keyword.toLowerCase());
    for (const id of entry.data.domains) {
      const en = library.term('domain', id)?.en;
      expect(readable).toContain(en!);
    }
    expect(tokens.length).toBeLessThanOrEqual(BODY_START);
  });

  it('leave the Chinese record as it was (same language, URL and content as without the parameter)', () => {
    const chinese = caseSearchRecord(library, entry, bodyTexts.get(entry.id)!);
    expect(chinese.language).toBe(SEARCH_LANGUAGE);
    expect(caseSearchRecord(library, entry, bodyTexts.get(entry.id)!, SEARCH_LANGUAGE)).toEqual(chinese);
    expect(chinese.url).toBe(`/cases/${entry.id}/`);
    expect(record.filters).toEqual(chinese.filters);
  });
});

describe('isLatinText', () => {
  it('tells English words from words with Han characters', () => {
    expect(isLatinText('smart brewing')).toBe(true);
    expect(isLatinText('COVID-19')).toBe(true);
    expect(isLatinText('智能酿造')).toBe(false);
    expect(isLatinText('5G基站')).toBe(false);
  });
});

describe('pagefindQuery on the English index', () => {
  it('quotes a single word, so that Pagefind matches its stem and never a shorter prefix', () => {
    const [word] = queryTerms('audits');
    expect(pagefindQuery(word!)).toBe('audits');
    expect(quotedPagefindQuery(word!)).toBe('"audits"');
    const [han] = queryTerms('电碳地图');
    expect(quotedPagefindQuery(han!)).toBe(pagefindQuery(han!));
  });
});

describe('indexLanguage', () => {
  it('creates Pagefind under en on English pages and zxx otherwise', () => {
    expect(indexLanguage('en')).toBe('en');
    expect(indexLanguage('en-GB')).toBe('en');
    expect(indexLanguage('zh-CN')).toBe('zxx');
    expect(indexLanguage('')).toBe('zxx');
  });
});

describe('search page words', () => {
  it('fill placeholders and leave unknown ones as written', () => {
    expect(fill(SEARCH_MESSAGES.en.found, { n: 3, label: '“audit”' })).toBe('Cases found for “audit”: 3. ');
    expect(fill(SEARCH_MESSAGES.zh.found, { n: 3, label: '“审计”' })).toBe('找到 3 个与“审计”相关的案例。');
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });

  it('have the same keys in both languages, and no Chinese in the English set', () => {
    expect(Object.keys(SEARCH_MESSAGES.en).sort()).toEqual(Object.keys(SEARCH_MESSAGES.zh).sort());
    expect(JSON.stringify(SEARCH_MESSAGES.en)).not.toMatch(/\p{Script=Han}/u);
  });

  it('label filter values in English from the vocabularies and programmes', () => {
    const labels = filterLabelsEn(library);
    const domain = library.terms('domain').find((term) => term.en)!;
    expect(labels.domain?.[domain.label]).toBe(domain.en);
    const programme = library.programmes.find((p) => p.data.en?.name)!;
    expect(labels.programme?.[programme.data.name]).toBe(programme.data.en!.name);
    expect(labels.completeness?.['简目']).toBe('Stub');
  });

  it('point each page at its own index', () => {
    expect(searchPageData(library, 'zh', 1)['data-index']).toBe('pagefind/');
    // A sharded Chinese index leaves the English page's single index alone.
    expect(searchPageData(library, 'zh', 3)['data-shards']).toBe('3');
    expect(searchPageData(library, 'en', 3)['data-shards']).toBe('1');
    expect(searchPageData(library, 'en', 1)['data-index']).toBe('pagefind-en/');
    expect(searchPageData(library, 'zh', 1)['data-filter-labels']).toBeUndefined();
    const concepts = JSON.parse(searchPageData(library, 'en', 1)['data-concepts']!) as { concepts: Array<{ label: string }> };
    expect(concepts.concepts.some((c) => /^[A-Za-z]/.test(c.label))).toBe(true);
  });
});
