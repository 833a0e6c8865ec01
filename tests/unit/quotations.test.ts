// The quotation check the content tests use (tests/support/quotations.ts).
import { describe, expect, it } from 'vitest';
import { foldForQuotation, quotations, quotedIn } from '../support/quotations.ts';

describe('quotations()', () => {
  it('finds the outermost “…” spans, nested quotes kept inside', () => {
    expect(quotations('在“楚治——2022‘荆楚杯’大数据”评选中，“电碳地图”获奖')).toEqual(['楚治——2022‘荆楚杯’大数据', '电碳地图']);
    expect(quotations('甲“乙“丙”丁”戊')).toEqual(['乙“丙”丁']);
  });

  it('returns an unclosed quotation to the end of the text rather than skipping it', () => {
    expect(quotations('他说“没有结尾')).toEqual(['没有结尾']);
  });
});

describe('quotedIn()', () => {
  const seed003 = '80%以上政务服务事项实现“掌上可办”,掌上执法';
  const seed004 = '“惠云眼”著重突出“一次採集,多次共享”的數(shù)據(jù)復用';
  const seed001 = '附:楚治——2022“荆楚杯”大数据驱动地方治理现代化创新应用十佳案例征集评选结果';

  it('accepts a quotation across Traditional and Simplified, full- and half-width commas, and a garbled reprint', () => {
    expect(quotedIn('一次采集，多次共享', [seed004])).toBe(true);
    expect(quotedIn('数据复用', [seed004])).toBe(true);
    expect(quotedIn('楚治——2022‘荆楚杯’大数据驱动地方治理现代化创新应用十佳案例', [seed001])).toBe(true);
  });

  it('refuses the audit’s misquotes: a dropped word, 、 for a comma, a dropped year', () => {
    expect(quotedIn('掌上办', [seed003])).toBe(false);
    expect(quotedIn('一次采集、多次共享', [seed004])).toBe(false);
    expect(quotedIn('楚治——‘荆楚杯’大数据驱动地方治理现代化创新应用十佳案例', [seed001])).toBe(false);
  });

  it('lets an elision stand for a run of the source, in order', () => {
    expect(quotedIn('楚治……十佳案例', [seed001])).toBe(true);
    expect(quotedIn('十佳案例……楚治', [seed001])).toBe(false);
  });

  it('folds only typesetting, never words or figures', () => {
    expect(foldForQuotation('“數據”，（一） 二')).toBe('"数据",(一)二');
    expect(foldForQuotation('80%')).not.toBe(foldForQuotation('90%'));
  });
});
