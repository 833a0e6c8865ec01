// Issue 18: entry-term and keyword validation (on the valid fixture with changes, as
// validation.test.ts does), the word → concept table, filler handling and typo correction.
import { describe, expect, it } from 'vitest';
import { allFiller, conceptMarker, conceptsOf, conceptTable, correction, oneEdit, readingIndex, withoutFiller } from '../../src/search/concepts.ts';
import { searchFold } from '../../src/text/fold.ts';
import { icuSegmenter, queryPieces, understand, type QueryContext } from '../../src/search/query.ts';
import { queryTerms, pagefindQuery } from '../../src/search/text.ts';
import { replace, validateWith } from '../support/fixture.ts';

const DOMAIN = 'taxonomies/domain.yaml';
const ALPHA = 'cases/alpha-index.mdx';
/** The fixture's two domain terms, each with entry terms at the end of its block. */
const withEntryTerms = (first: string, second: string) => (text: string) =>
  replace('    definition: 乡镇街道和社区层面的治理。\n', `    definition: 乡镇街道和社区层面的治理。\n    entryTerms: ${first}\n`)(
    replace('    definition: 对公共资金和权力运行的监督。\n', `    definition: 对公共资金和权力运行的监督。\n    entryTerms: ${second}\n`)(text),
  );

describe('entry terms and keywords are validated with file:line', () => {
  it('accepts distinct Simplified entry terms and keywords', () => {
    expect(validateWith({ [DOMAIN]: withEntryTerms('[基层, grassroots]', '[廉政, oversight]'), [ALPHA]: replace('aliases: [平安指数]', 'aliases: [平安指数]\nkeywords: [平安, safety index]') })).toEqual([]);
  });

  it('an entry term on two terms of one vocabulary', () => {
    expect(validateWith({ [DOMAIN]: withEntryTerms('[基层, 治理]', '[廉政, 治理]') })).toContain(
      'taxonomies/domain.yaml:11: terms[1].entryTerms[1]: "治理" is already an entry term of "grassroots-governance" (terms[0]): one word leads to one term of a vocabulary',
    );
  });

  it('an entry term equal to another term’s label or English label, in any vocabulary', () => {
    const problems = validateWith({ [DOMAIN]: withEntryTerms('[监督与审计]', '[大数据]') });
    expect(problems).toContain('taxonomies/domain.yaml:7: terms[0].entryTerms[0]: "监督与审计" is the label of the term domain/supervision: an entry term must not be another term\'s name');
    expect(problems.some((p) => p.startsWith('taxonomies/domain.yaml:11: terms[1].entryTerms[0]: "大数据" is the label of the term technology/big-data'))).toBe(true);
  });

  it('an empty entry term, a Traditional one and a duplicate (folded as search folds)', () => {
    const problems = validateWith({ [DOMAIN]: withEntryTerms("[' ', 基層]", '[Audit, audit]') });
    expect(problems).toContain('taxonomies/domain.yaml:7: terms[0].entryTerms[0]: must not be empty');
    expect(problems).toContain('taxonomies/domain.yaml:7: terms[0].entryTerms[1]: write "基層" in Simplified characters (基层): search folds queries to Simplified');
    expect(problems).toContain('taxonomies/domain.yaml:11: terms[1].entryTerms[1]: "audit" is listed twice (also at [0]; search ignores case, spaces and full/half width)');
  });

  it('case keywords: empty, Traditional, duplicates (full width folds to half width)', () => {
    const problems = validateWith({ [ALPHA]: replace('aliases: [平安指数]', "aliases: [平安指数]\nkeywords: [' ', 數據, ＡＩ, ai]") });
    expect(problems).toContain('cases/alpha-index.mdx:5: keywords[0]: must not be empty');
    expect(problems).toContain('cases/alpha-index.mdx:5: keywords[1]: write "數據" in Simplified characters (数据): search folds queries to Simplified');
    expect(problems).toContain('cases/alpha-index.mdx:5: keywords[3]: "ai" is listed twice (also at [2]; search ignores case, spaces and full/half width)');
  });
});

const TABLE = conceptTable([
  { vocabulary: 'domain', label: '监督与审计', en: 'Oversight and audit', entryTerms: ['廉政', 'oversight'] },
  { vocabulary: 'technology', label: '大数据', en: 'Big data', entryTerms: ['big data'] },
  { vocabulary: 'region', label: '武汉市', en: 'Wuhan', entryTerms: ['江城'] },
]);

describe('query → concepts', () => {
  it('maps a label, an English label and an entry term, folded (full width, case, spaces)', () => {
    expect(conceptsOf('监督与审计', TABLE)).toEqual([0]);
    expect(conceptsOf('廉政', TABLE)).toEqual([0]);
    expect(conceptsOf('ＯＶＥＲＳＩＧＨＴ', TABLE)).toEqual([0]);
    expect(conceptsOf('  Big   Data ', TABLE)).toEqual([1]);
    expect(conceptsOf('oversight and audit', TABLE)).toEqual([0]);
    expect(conceptsOf('火锅', TABLE)).toEqual([]);
    expect(searchFold('Ｂｉｇ　Data')).toBe('big data');
  });

  it('gives each concept a marker that is one exact bigram phrase and no query text', () => {
    const markers = [0, 1, 2].map(conceptMarker);
    expect(new Set(markers).size).toBe(3);
    for (const marker of markers) {
      const [term] = queryTerms(marker);
      expect(pagefindQuery(term)).toBe(`"${marker}"`);
    }
    expect(() => conceptMarker(-1)).toThrow();
  });

  const context: QueryContext = { words: new Set(['大数据', '监督与审计', '武汉']), synonyms: {}, segment: icuSegmenter(), concepts: TABLE };

  it('attaches concepts to the words that lead to one, and not to the others', () => {
    const plan = understand('武汉廉政', context);
    expect(plan.words?.map((n) => n.text)).toEqual(['武汉', '廉政']);
    expect(plan.concepts?.map((n) => [n.text, n.concepts ?? []])).toEqual([['武汉', []], ['廉政', [0]]]);
  });

  it('maps the whole query when it is an entry term of several words', () => {
    const plan = understand('big data', context);
    expect(plan.pieces.map((n) => n.text)).toEqual(['big', 'data']);
    expect(plan.concepts?.map((n) => [n.text, n.concepts])).toEqual([['big data', [1]]]);
  });

  it('has no concept step when no word leads to a concept, or without the table', () => {
    expect(understand('量子纠缠火锅', context).concepts).toBeUndefined();
    expect(understand('廉政', { ...context, concepts: undefined }).concepts).toBeUndefined();
  });
});

describe('question words and filler never have to match', () => {
  const context: QueryContext = { words: new Set(['大数据', '杭州']), synonyms: {}, segment: icuSegmenter() };

  it('a question is searched as its content words', () => {
    expect(understand('哪里用大数据管停车', context).words?.map((n) => n.text)).toEqual(['大数据', '管', '停车']);
    expect(understand('有没有杭州停车的案例', context).words?.map((n) => n.text)).toEqual(['杭州', '停车']);
    expect(understand('如何 治理 交通拥堵', context).pieces.map((n) => n.text)).toEqual(['治理', '交通拥堵']);
    expect(queryPieces('how to find parking cases')).toEqual(['find', 'parking']);
  });

  it('a query of nothing but filler is searched as typed', () => {
    expect(queryPieces('案例')).toEqual(['案例']);
    expect(withoutFiller(['如何', '做法'])).toEqual(['如何', '做法']);
    expect(allFiller(['如何', '停车'])).toBe(false);
  });
});

describe('typos and homophones', () => {
  const readings = readingIndex({ tan: '碳炭探', shu: '数树', di: '地', tu: '图' });
  const names = ['电碳地图', '湖北电碳地图', '平安指数', '惠云眼', '数据共享', '数据共享平台'];

  it('tells the edit that turns a query into a name', () => {
    expect(oneEdit('电炭地图', '电碳地图', readings)).toBe('homophone');
    expect(oneEdit('电探地图', '电碳地图', new Map())).toBe('substitution');
    expect(oneEdit('惠眼', '惠云眼')).toBe('deletion');
    expect(oneEdit('惠云云眼', '惠云眼')).toBe('insertion');
    expect(oneEdit('电炭地址', '电碳地图', readings)).toBeUndefined();
  });

  it('corrects to the one name a same-pinyin character away', () => {
    expect(correction('电炭地图', names, readings)).toEqual({ best: ['电碳地图'], kind: 'homophone' });
    expect(correction('平安指树', names, readings)).toEqual({ best: ['平安指数'], kind: 'homophone' });
  });

  it('a homophone wins over other edits; two names equally close are both offered', () => {
    expect(correction('平安指树', [...names, '平安指标'], readings).best).toEqual(['平安指数']);
    expect(correction('数据共亨', names, readings).best).toEqual(['数据共享']);
    expect(correction('平安指树', ['平安指数', '平安指术'], readingIndex({ shu: '数树术' })).best).toEqual(['平安指数', '平安指术']);
  });

  it('leaves short, Latin, exact and distant queries alone', () => {
    expect(correction('惠眼', names, readings).best).toEqual([]);
    // Another character in a three-character name is a third of it: only suggested, not shown.
    expect(correction('惠云眠', names, readings).best).toEqual([]);
    expect(correction('惠云晏', names, readingIndex({ yan: '眼晏' })).best).toEqual(['惠云眼']);
    expect(correction('huiyunyan', names, readings).best).toEqual([]);
    expect(correction('惠云眼', names, readings).best).toEqual([]);
    expect(correction('量子纠缠火锅', names, readings).best).toEqual([]);
  });
});
