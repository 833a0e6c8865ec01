import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../src/text/chinese-script.ts';
import { excerpt, indexText, NAME_FILLER, pagefindQuery, queryTerms, readableText, termNeedles } from '../../src/search/text.ts';

describe('indexText', () => {
  it('turns a Han run into bigrams plus its final character', () => {
    expect(indexText('大数据平台')).toBe('大数 数据 据平 平台 台');
  });

  it('keeps a one-character run as itself', () => {
    expect(indexText('市')).toBe('市');
  });

  it('does not join bigrams across punctuation, and attaches punctuation to the token before it', () => {
    expect(indexText('数据。据平台')).toBe('数据 据。 据平 平台 台');
  });

  it('keeps Latin words and numbers as words, normalising full-width letters', () => {
    expect(indexText('武汉电信5G＋智慧')).toBe('武汉 汉电 电信 信 5G＋ 智慧 慧');
    expect(indexText('ＡＩ智能')).toBe('AI 智能 能');
  });

  it('keeps decimal numbers whole', () => {
    expect(indexText('超8.6亿次')).toBe('超 8.6 亿次 次');
    expect(queryTerms('8.6亿')[0].tokens).toEqual(['8.6', '亿']);
  });
});

describe('queryTerms', () => {
  it('makes a phrase of the bigrams of a Han term', () => {
    expect(queryTerms('数据共享')).toEqual([{ text: '数据共享', tokens: ['数据', '据共', '共享'], exact: true }]);
  });

  it('treats a one-character term as a prefix search, not a phrase', () => {
    expect(queryTerms('惠')).toEqual([{ text: '惠', tokens: ['惠'], exact: false }]);
  });

  it('splits on spaces into terms that are ANDed', () => {
    expect(queryTerms('大数据  沈阳').map((t) => t.tokens)).toEqual([['大数', '数据'], ['沈阳']]);
  });

  it('lower-cases Latin terms and keeps digits', () => {
    expect(queryTerms('5G AI').map((t) => t.tokens)).toEqual([['5g'], ['ai']]);
  });

  it('ignores emoji and punctuation-only input', () => {
    expect(queryTerms('😀 ！？ ...')).toEqual([]);
  });

  it('reads HTML-looking input as plain words', () => {
    expect(queryTerms('<script>alert(1)</script>').flatMap((t) => t.tokens)).toEqual(['script', 'alert', '1', 'script']);
  });

  it('finds the same bigrams for a Traditional query once converted', () => {
    expect(queryTerms(toSimplified('數據共享'))).toEqual(queryTerms('数据共享'));
  });
});

describe('pagefindQuery', () => {
  it('searches a term of two or more Han characters exactly, as a quoted phrase of its bigrams', () => {
    expect(queryTerms('数据共享').map(pagefindQuery)).toEqual(['"数据 据共 共享"']);
    expect(queryTerms('数据').map(pagefindQuery)).toEqual(['"数据"']);
  });

  it('searches one Han character and Latin words as prefixes', () => {
    expect(queryTerms('惠 5G').map(pagefindQuery)).toEqual(['惠', '5g']);
  });
});

describe('readableText', () => {
  const tokens = (text: string) => indexText(text).split(' ');

  it('turns bigram text back into the original string', () => {
    expect(readableText(tokens('大数据平台，服务群众'))).toBe('大数据平台，服务群众');
  });

  it('keeps numbers, Latin words and punctuation', () => {
    expect(readableText(tokens('上线“5G AI”平台，覆盖8.6万人。'))).toBe('上线“5G AI”平台，覆盖8.6万人。');
  });

  it('gives English text back its spaces around punctuation, quotes, dashes and Chinese names, only when asked', () => {
    const english = [
      'At the end of April 2022 the "Hubei Electricity–Carbon Map" (湖北电碳地图) of State Grid went live.',
      'The “电碳地图” platform of 国网湖北电力 tracks carbon; 5G: yes!',
      'Audit [审计] and (big) data, named an outstanding case (优秀案例) of the 2022 Chuzhi (楚治) awards.',
      'He said "yes" and "no".',
    ];
    for (const text of english) expect(readableText(tokens(text), true)).toBe(text);
    // Where a record's fields meet, a Chinese full stop follows English text.
    expect(readableText(tokens('province-level, County/district, Hubei Province。国网湖北省电力有限公司。湖北省'), true)).toBe(
      'province-level, County/district, Hubei Province. 国网湖北省电力有限公司。湖北省',
    );
    // Chinese text keeps its own spacing (none between Han and Latin) unless English is asked for.
    expect(readableText(tokens('Grid, a (湖北) map'))).toBe('Grid,a(湖北)map');
    expect(readableText(tokens('上线“5G AI”平台，覆盖8.6万人。'), true)).toBe('上线 “5G AI” 平台，覆盖 8.6 万人。');
  });

  it('restores the last character when a window ends inside a run, and drops name fillers', () => {
    expect(readableText(['大数', '数据', '据平'])).toBe('大数据平');
    expect(readableText(['惠云', '云眼', '眼', NAME_FILLER, NAME_FILLER, '平台', '台'])).toBe('惠云眼平台');
  });
});

describe('excerpt', () => {
  const text = `${'甲'.repeat(200)}推进数据共享，数据共享平台${'乙'.repeat(200)}`;

  it('cuts a window around the first match and marks every match in it', () => {
    const parts = excerpt(text, ['数据共享'], 60);
    expect(parts[0]).toEqual({ text: '…', marked: false });
    expect(parts.at(-1)).toEqual({ text: '…', marked: false });
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['数据共享', '数据共享']);
    expect(parts.map((p) => p.text).join('').length).toBe(62);
  });

  it('matches Latin text without regard to case', () => {
    expect(excerpt('采用AI与5G技术', ['ai']).filter((p) => p.marked)).toEqual([{ text: 'AI', marked: true }]);
  });

  it('falls back to the start of the text when nothing matches', () => {
    expect(excerpt(text, ['不存在'], 10)).toEqual([{ text: '甲'.repeat(10), marked: false }, { text: '…', marked: false }]);
  });

  it('marks the parts of a term as typed', () => {
    expect(queryTerms('惠云眼，平台').flatMap(termNeedles)).toEqual(['惠云眼', '平台']);
  });
});
