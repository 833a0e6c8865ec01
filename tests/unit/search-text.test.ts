import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../src/lib/chinese-script.ts';
import { decodeExcerpt, indexText, queryTerms } from '../../src/lib/search-text.ts';

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
    expect(queryTerms('数据共享')).toEqual([{ text: '数据共享', tokens: ['数据', '据共', '共享'], phrase: true }]);
  });

  it('treats a one-character term as a prefix search, not a phrase', () => {
    expect(queryTerms('惠')).toEqual([{ text: '惠', tokens: ['惠'], phrase: false }]);
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

describe('decodeExcerpt', () => {
  it('turns bigram text back into the original string', () => {
    expect(decodeExcerpt(indexText('大数据平台，服务群众'))).toEqual([{ text: '大数据平台，服务群众', marked: false }]);
  });

  it('highlights exactly the matched characters', () => {
    const parts = decodeExcerpt('建设 设数 <mark>数据</mark> <mark>据共</mark> <mark>共享</mark> 享平 平台 台');
    expect(parts).toEqual([
      { text: '建设', marked: false },
      { text: '数据共享', marked: true },
      { text: '平台', marked: false },
    ]);
  });

  it('restores the last character when the excerpt window ends inside a run', () => {
    expect(decodeExcerpt('大数 数据 据平')).toEqual([{ text: '大数据平', marked: false }]);
  });

  it('unescapes entities without producing markup', () => {
    expect(decodeExcerpt('a&lt;b&gt; &amp;')).toEqual([{ text: 'a<b> &', marked: false }]);
  });
});
