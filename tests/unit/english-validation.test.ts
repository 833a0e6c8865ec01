// The validator's checks on English fields (src/validation/english.ts) in every collection that has
// them, and the hidden-character check (src/validation/text-safety.ts) reaching those nested fields.
import { describe, expect, it } from 'vitest';
import { countScripts, englishProblem } from '../../src/validation/english.ts';
import { replace, validateWith, type Change } from '../support/fixture.ts';

const ALPHA = 'cases/alpha-index.mdx';

/** Every collection's English fields, written into the valid fixture (after the line named). */
function withEnglish(values: Partial<Record<keyof typeof FIELDS, string>> = {}): Record<string, Change> {
  const v = { ...DEFAULTS, ...values };
  const q = (text: string) => `'${text.replaceAll("'", "''")}'`;
  return {
    [ALPHA]: replace('summary: 武昌区以平安指数支撑基层治理的一个测试案例。\n', `summary: 武昌区以平安指数支撑基层治理的一个测试案例。\nen:\n  title: ${q(v.caseTitle)}\n  summary: ${q(v.caseSummary)}\n`),
    'comparisons/two-cases.mdx': replace('summary: 比较两个测试案例的做法与数据。\n', `summary: 比较两个测试案例的做法与数据。\nen:\n  title: ${q(v.comparisonTitle)}\n  summary: ${q(v.comparisonSummary)}\n`),
    'awards/prize.yaml': (text) => `${text}en:\n  name: ${q(v.programmeName)}\n  description: ${q(v.programmeDescription)}\n`,
    'editions/prize-2022.yaml': (text) =>
      replace('title: 2022 某奖十佳案例\n', `title: 2022 某奖十佳案例\nen:\n  title: ${q(v.editionTitle)}\n`)(
        replace('  - name: 优秀案例\n', `  - name: 优秀案例\n    en: ${q(v.categoryName)}\n`)(text),
      ) + `dates:\n  - label: 颁奖\n    en: ${q(v.dateLabel)}\n    date: '2022-09'\n`,
    'taxonomies/domain.yaml': replace('    label: 基层治理\n', `    label: 基层治理\n    en: ${q(v.termLabel)}\n    definitionEn: ${q(v.termDefinition)}\n`),
  };
}

/** Where each field lands in the fixture, for the expected messages. */
const FIELDS = {
  caseTitle: 'cases/alpha-index.mdx:5: en.title',
  caseSummary: 'cases/alpha-index.mdx:6: en.summary',
  comparisonTitle: 'comparisons/two-cases.mdx:5: en.title',
  comparisonSummary: 'comparisons/two-cases.mdx:6: en.summary',
  programmeName: 'awards/prize.yaml:6: en.name',
  programmeDescription: 'awards/prize.yaml:7: en.description',
  editionTitle: 'editions/prize-2022.yaml:5: en.title',
  categoryName: 'editions/prize-2022.yaml:11: categories[1].en',
  dateLabel: 'editions/prize-2022.yaml:18: dates[0].en',
  termLabel: 'taxonomies/domain.yaml:6: terms[0].en',
  termDefinition: 'taxonomies/domain.yaml:7: terms[0].definitionEn',
} as const;

const DEFAULTS: Record<keyof typeof FIELDS, string> = {
  caseTitle: 'Wuchang\'s "Safety Index" (平安指数)',
  caseSummary: 'A test case: Wuchang District supports grassroots governance with its "Safety Index" (平安指数).',
  comparisonTitle: 'Two test cases',
  comparisonSummary: 'Compares what two test cases did and the figures they report.',
  programmeName: 'A Prize',
  programmeDescription: 'A test programme run by a research institute (某研究院).',
  editionTitle: 'A Prize: top ten cases of 2022',
  categoryName: 'Outstanding cases',
  dateLabel: 'Award ceremony',
  termLabel: 'Grassroots governance',
  termDefinition: 'Governance at the level of townships, subdistricts and communities.',
};

describe('what counts as English', () => {
  it('accepts an English title that keeps a Chinese name in brackets', () => {
    expect(englishProblem('Wuchang\'s "Safety Index" (平安指数)')).toBeUndefined();
    expect(englishProblem('Wuchang District\'s "Safety Index" (平安指数) for grassroots governance')).toBeUndefined();
  });

  it('accepts plain English, and an English summary quoting a listed title and an organisation in Chinese', () => {
    expect(englishProblem('Outstanding cases')).toBeUndefined();
    expect(
      englishProblem(
        'Listed only from the award list: a case from the Caidian District Tax Bureau of Wuhan (武汉市蔡甸区税务局) was among the top ten of the government-services group. The list titles it "Caidian District Tax Bureau\'s \'Smart Tax Steward\' serves the public in tax matters" (蔡甸区税务局“精智税管家”服务群众办税).',
      ),
    ).toBeUndefined();
  });

  it('refuses a Chinese title with an English gloss, which is mainly Chinese', () => {
    expect(countScripts('平安指数 (Safety Index)')).toEqual({ han: 4, latin: 11 });
    expect(englishProblem('平安指数 (Safety Index)')).toMatch(/^is mostly Chinese \(4 Han characters, weighed as 3 letters each, against 11 Latin letters\)/);
    expect(englishProblem('武昌区“平安指数”助力基层治理 (Wuchang)')).toMatch(/^is mostly Chinese/);
  });

  it('refuses Han-only text, and text with no letters at all', () => {
    expect(englishProblem('武昌区平安指数')).toMatch(/^is Chinese only: write it in English/);
    expect(englishProblem('“平安指数” 2022')).toMatch(/^is Chinese only/);
    expect(englishProblem('2022')).toBe('has no English words: write it in English');
  });

  it('counts neither digits, punctuation nor Chinese quotation marks', () => {
    expect(countScripts('“平安”, 2022 (A)')).toEqual({ han: 2, latin: 1 });
  });
});

describe('the validator checks English fields in every collection', () => {
  it('accepts English in every English field, and entries without English', () => {
    expect(validateWith(withEnglish())).toEqual([]);
    expect(validateWith()).toEqual([]);
  });

  it.each(Object.entries(FIELDS))('refuses Chinese-only text in %s', (key, where) => {
    const problems = validateWith(withEnglish({ [key]: '武昌区平安指数助力基层治理' }));
    expect(problems).toEqual([
      `${where}: is Chinese only: write it in English, keeping a Chinese name in brackets after its English rendering, e.g. Wuchang's "Safety Index" (平安指数)`,
    ]);
  });

  it.each(Object.entries(FIELDS))('refuses mostly Chinese text in %s', (key, where) => {
    const problems = validateWith(withEnglish({ [key]: '武昌区平安指数 (Safety Index)' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${where.replace(/[[\].]/g, '\\$&')}: is mostly Chinese \\(7 Han characters`));
  });

  it('reports every English problem at once, with the length limits of the schema alongside', () => {
    const problems = validateWith(withEnglish({ caseTitle: '平安指数', caseSummary: `${'A'.repeat(601)}` }));
    expect(problems).toEqual([
      `${FIELDS.caseTitle}: is Chinese only: write it in English, keeping a Chinese name in brackets after its English rendering, e.g. Wuchang's "Safety Index" (平安指数)`,
      `${FIELDS.caseSummary}: must be at most 600 characters (has 601)`,
    ]);
  });

  it('a case whose English title is over 160 characters', () => {
    expect(validateWith(withEnglish({ caseTitle: 'A'.repeat(161) }))).toEqual([`${FIELDS.caseTitle}: must be at most 160 characters (has 161)`]);
  });
});

describe('the hidden-character check reaches the nested English fields of every collection', () => {
  const WHY_INVISIBLE = 'an invisible character, not allowed in IDs, titles, aliases, names or any other field: delete it';

  it.each(Object.entries(FIELDS))('a zero-width space in %s', (key, where) => {
    const value = DEFAULTS[key as keyof typeof FIELDS];
    const problems = validateWith(withEnglish({ [key]: `${value.slice(0, 1)}\u200B${value.slice(1)}` }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${where.replace(/[[\].]/g, '\\$&')}: contains U\\+200B \\(ZERO WIDTH SPACE\\) at column \\d+, ${WHY_INVISIBLE}$`));
  });

  it('a right-to-left override written as a YAML escape in a case\'s English summary', () => {
    const problems = validateWith({
      [ALPHA]: replace('summary: 武昌区以平安指数支撑基层治理的一个测试案例。\n', 'summary: 武昌区以平安指数支撑基层治理的一个测试案例。\nen:\n  title: Safety Index\n  summary: "A test case \\u202E about the Safety Index."\n'),
    });
    expect(problems).toEqual([
      `${FIELDS.caseSummary}: contains U+202E (RIGHT-TO-LEFT OVERRIDE), written as an escape, a bidirectional control that makes text display in a different order from what it is: delete it`,
    ]);
  });
});
