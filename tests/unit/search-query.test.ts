// Query understanding (lib/search-query.ts): pieces, segmentation, synonyms, pinyin syllables,
// backoff and suggestions.
import { describe, expect, it } from 'vitest';
import { backoffCandidates, icuSegmenter, isPinyinSyllable, queryPieces, segmentHan, suggestions, understand, type QueryContext } from '../../src/search/query.ts';

const context: QueryContext = {
  words: new Set(['湖北', '湖北省', '沈阳', '沈阳市', '武汉', '武汉市', '华科', '华中科技大学']),
  synonyms: { 华科: ['华中科技大学'], ai: ['人工智能'], 纪委: ['纪委监委'], 纪委监委: ['纪委'] },
  segment: icuSegmenter(),
};

describe('queryPieces', () => {
  it('splits at spaces and at every kind of punctuation a pasted title carries', () => {
    expect(queryPieces('国网湖北省电力有限公司:国网湖北电力“电碳地图”助力湖北实现“双碳”目标')).toEqual(['国网湖北省电力有限公司', '国网湖北电力', '电碳地图', '助力湖北实现', '双碳', '目标']);
    expect(queryPieces('平安指数（武昌） 5G+智慧')).toEqual(['平安指数', '武昌', '5g', '智慧']);
    expect(queryPieces('"大数据"')).toEqual(['大数据']);
  });

  it('drops a list line number, keeps numbers with a decimal point whole', () => {
    expect(queryPieces('7. 湖北交警“云哨金钟罩”')).toEqual(['湖北交警', '云哨金钟罩']);
    expect(queryPieces('（三）优秀案例')).toEqual(['优秀案例']);
    expect(queryPieces('超8.6亿次')).toEqual(['超8.6亿次']);
  });

  it('drops function words standing alone, and repeated pieces', () => {
    expect(queryPieces('武汉 的 税务 和 武汉')).toEqual(['武汉', '税务']);
  });

  it('joins spaced pinyin syllables into one word, but not separate multi-syllable words', () => {
    expect(queryPieces('hui yun yan')).toEqual(['huiyunyan']);
    expect(queryPieces('dtdt, hubei')).toEqual(['dtdt', 'hubei']);
    expect(queryPieces('zhejiang hangzhou')).toEqual(['zhejiang', 'hangzhou']);
    expect(isPinyinSyllable('zhuang')).toBe(true);
    expect(isPinyinSyllable('dtdt')).toBe(false);
  });

  it('normalises full-width letters and case, and cuts very long input', () => {
    expect(queryPieces('ＡＩ')).toEqual(['ai']);
    expect(queryPieces('大'.repeat(10_000))[0]).toHaveLength(100);
  });
});

describe('segmentation', () => {
  it('splits region + topic with the known words first, then ICU', () => {
    expect(segmentHan('沈阳市民政排查', context)[0]).toBe('沈阳市');
    expect(segmentHan('沈阳市民政排查', context)).not.toContain('市民');
    expect(segmentHan('武汉税务', context)).toEqual(['武汉', '税务']);
  });

  it('drops function words and joins runs of single characters (names ICU does not know)', () => {
    const noIcu = { ...context, segment: undefined };
    expect(segmentHan('武汉的税务', context)).toEqual(['武汉', '税务']);
    expect(segmentHan('惠云眼', noIcu)).toEqual(['惠云眼']);
    expect(segmentHan('湖北的惠云眼', noIcu)).toEqual(['湖北', '惠云眼']);
  });

  it('plans pieces first, then words only when splitting changes something', () => {
    const plan = understand('武汉税务', context);
    expect(plan.pieces.map((n) => n.text)).toEqual(['武汉税务']);
    expect(plan.words?.map((n) => n.text)).toEqual(['武汉', '税务']);
    expect(understand('惠州 平台', context).words).toBeUndefined();
    expect(understand('', context).pieces).toEqual([]);
    expect(understand('！？。', context).pieces).toEqual([]);
  });

  it('weighs Han words by their characters and Latin words as two', () => {
    const plan = understand('湖北审计大数据 5g', { ...context, words: new Set(['湖北', '审计', '大数据']), segment: undefined });
    expect(plan.words?.map((n) => [n.text, n.weight])).toEqual([['湖北', 2], ['审计', 2], ['大数据', 3], ['5g', 2]]);
  });
});

describe('synonyms', () => {
  it('expands a piece and a word with what it stands for', () => {
    expect(understand('华科', context).pieces[0].alternatives).toEqual(['华科', '华中科技大学']);
    expect(understand('AI', context).pieces[0].alternatives).toEqual(['ai', '人工智能']);
    expect(understand('华科城市大脑', context).words?.[0].alternatives).toEqual(['华科', '华中科技大学']);
  });

  it('expands both ways for a two-way group', () => {
    expect(understand('纪委', context).pieces[0].alternatives).toEqual(['纪委', '纪委监委']);
    expect(understand('纪委监委', context).pieces[0].alternatives).toEqual(['纪委监委', '纪委']);
  });
});

describe('backoff', () => {
  it('tries a missing word’s inner strings, longest first, only for 3–8 Han characters', () => {
    expect(backoffCandidates('加油站')).toEqual([['加油', '油站']]);
    expect(backoffCandidates('局公积金')).toEqual([['局公积', '公积金'], ['局公', '公积', '积金']]);
    expect(backoffCandidates('火锅')).toEqual([]);
    expect(backoffCandidates('abc')).toEqual([]);
  });
});

describe('suggestions', () => {
  const names = ['惠云眼', '电碳地图', '湖北电碳地图', '平安指数', '大数据+智慧消防'];
  it('offers names that share most characters and an adjacent pair', () => {
    expect(suggestions('惠云眠', names)).toEqual(['惠云眼']);
    expect(suggestions('电碳地团', names)).toEqual(['电碳地图', '湖北电碳地图']);
  });

  it('offers nothing for anagrams, single characters or the name itself', () => {
    expect(suggestions('据数大', names)).toEqual([]);
    expect(suggestions('惠', names)).toEqual([]);
    expect(suggestions('惠云眼', names)).toEqual([]);
  });
});
