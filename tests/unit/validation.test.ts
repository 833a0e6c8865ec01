import { describe, expect, it } from 'vitest';
import { replace, validateWith } from '../support/fixture.ts';

const ALPHA = 'cases/alpha-index.mdx';

describe('the validator accepts', () => {
  it('the valid fixture with no problems', () => {
    expect(validateWith()).toEqual([]);
  });

  it('unquoted dates and years, as YAML parsers read them', () => {
    expect(validateWith({ [ALPHA]: replace("launched: '2021'", 'launched: 2021-08-01') })).toEqual([]);
  });
});

describe('the validator names file, line and field for', () => {
  it('YAML syntax errors', () => {
    const problems = validateWith({ 'sources/news-one.yaml': 'title: [unclosed\npublisher: x\n' });
    expect(problems[0]).toMatch(/^sources\/news-one\.yaml:\d+: YAML: /);
  });

  it('a missing required field', () => {
    expect(validateWith({ [ALPHA]: replace('completeness: partial\n', '') })).toContain('cases/alpha-index.mdx:2: completeness: is required');
  });

  it('a value outside an enumeration, with a suggestion', () => {
    expect(validateWith({ [ALPHA]: replace('completeness: partial', 'completeness: partal') })).toContain(
      'cases/alpha-index.mdx:24: completeness: "partal" is not allowed (allowed: stub, partial, complete) (did you mean "partial"?)',
    );
  });

  it('an unknown field, with a suggestion', () => {
    expect(validateWith({ [ALPHA]: replace('aliases:', 'alias:') })).toContain('cases/alpha-index.mdx:4: alias: unknown field (did you mean "aliases"?)');
  });

  it('text over its length limit', () => {
    const problems = validateWith({ [ALPHA]: replace('title: 武昌区平安指数', `title: ${'长'.repeat(61)}`) });
    expect(problems).toContain('cases/alpha-index.mdx:2: title: must be at most 60 characters (has 61)');
  });

  it('a wrong type', () => {
    expect(validateWith({ [ALPHA]: replace('value: 10', 'value: 十个') })).toContain('cases/alpha-index.mdx:20: metrics[0].value: must be a number, not text "十个"');
  });

  it('more than three domains', () => {
    const problems = validateWith({ 'cases/beta-audit.mdx': replace('domains: [supervision, grassroots-governance]', 'domains: [a, b, c, d]') });
    expect(problems).toContain('cases/beta-audit.mdx:10: domains: must list at most 3 (has 4)');
  });

  it('a taxonomy term that does not exist', () => {
    expect(validateWith({ [ALPHA]: replace('region: wuchang', 'region: wuchnag') })).toContain(
      'cases/alpha-index.mdx:9: region: "wuchnag" is not a region term (known: china, hubei, jianghan, wuchang, wuhan) (did you mean "wuchang"?)',
    );
  });

  it('an award category the edition does not have', () => {
    expect(validateWith({ [ALPHA]: replace('category: 政务服务组十佳', 'category: 十佳') })).toContain(
      'cases/alpha-index.mdx:17: awards[0].category: "十佳" is not a category of prize-2022 (known: 优秀案例, 政务服务组十佳) (did you mean "政务服务组十佳"?)',
    );
  });

  it('an award edition that does not exist', () => {
    expect(validateWith({ [ALPHA]: replace('edition: prize-2022', 'edition: prize-2021') })).toContain(
      'cases/alpha-index.mdx:16: awards[0].edition: "prize-2021" is not an award edition ID (known: prize-2022) (did you mean "prize-2022"?)',
    );
  });

  it('a rank in an unranked edition', () => {
    expect(validateWith({ [ALPHA]: replace('category: 政务服务组十佳', 'category: 政务服务组十佳\n    rank: 1') })).toContain(
      'cases/alpha-index.mdx:18: awards[0].rank: prize-2022 does not rank its winners, so a case has no rank there',
    );
  });

  it('a source that does not exist, and a metric citing a source the case does not list', () => {
    const problems = validateWith({ [ALPHA]: (text) => text.replace('sources: [news-one]', 'sources: [news-two]') });
    expect(problems).toContain('cases/alpha-index.mdx:23: sources[0]: "news-two" is not a source ID (known: news-one)');
    expect(problems).toContain('cases/alpha-index.mdx:22: metrics[0].source: "news-one" is not one of this case\'s sources (known: news-two)');
  });

  it('a programme that does not exist', () => {
    expect(validateWith({ 'editions/prize-2022.yaml': replace('programme: prize', 'programme: prise') })).toContain(
      'editions/prize-2022.yaml:1: programme: "prise" is not an award programme ID (known: prize) (did you mean "prize"?)',
    );
  });

  it('a comparison of a case that does not exist', () => {
    expect(validateWith({ 'comparisons/two-cases.mdx': replace('beta-audit]', 'beta-audits]') })).toContain(
      'comparisons/two-cases.mdx:4: cases[1]: "beta-audits" is not a case ID (known: alpha-index, beta-audit) (did you mean "beta-audit"?)',
    );
  });

  it('a region whose parent does not exist', () => {
    expect(validateWith({ 'taxonomies/region.yaml': replace('parent: wuhan, rank: district}\n  - {id: jianghan', 'parent: wuhna, rank: district}\n  - {id: jianghan') })).toContain(
      'taxonomies/region.yaml:7: terms[3].parent: "wuhna" is not a region term (did you mean "wuhan"?)',
    );
  });

  it('a duplicate title and a duplicate alias', () => {
    const problems = validateWith({ 'cases/beta-audit.mdx': replace('title: 江汉区审计大数据', 'title: 武昌区平安指数\naliases: [平安指数]') });
    expect(problems).toContain('cases/beta-audit.mdx:2: title: "武昌区平安指数" is already used as a title or alias by cases/alpha-index.mdx');
    expect(problems).toContain('cases/beta-audit.mdx:3: aliases[0]: "平安指数" is already used as a title or alias by cases/alpha-index.mdx');
  });

  it('a duplicate taxonomy term ID', () => {
    expect(validateWith({ 'taxonomies/level.yaml': replace('id: municipal', 'id: county') })).toContain('taxonomies/level.yaml:7: terms[1].id: "county" is listed twice');
  });

  it('a file that is not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('title: 一篇报道\npublisher: '), Buffer.from([0xc4, 0xe3]), Buffer.from('\ntype: news\n')]);
    expect(validateWith({ 'sources/news-one.yaml': bytes })).toContain('sources/news-one.yaml:2: is not valid UTF-8 text: save the file as UTF-8 (without a BOM)');
  });

  it('a file name that is not a valid ID, and a wrong extension', () => {
    const problems = validateWith({ 'cases/Gamma_Case.mdx': '---\n---\n', 'cases/delta.md': '# x\n' });
    expect(problems).toContain('cases/Gamma_Case.mdx:1: the file name "Gamma_Case" is not a valid ID: use ASCII kebab-case starting with a letter, e.g. wuchang-pingan-index');
    expect(problems).toContain('cases/delta.md:1: has the wrong extension: entries in cases/ are .mdx files');
  });

  it('an MDX file without front matter', () => {
    expect(validateWith({ 'cases/gamma.mdx': '# 标题\n' })).toContain('cases/gamma.mdx:1: must start with YAML front matter between two "---" lines');
  });

  it('every problem at once, not just the first', () => {
    const problems = validateWith({
      [ALPHA]: (text) => text.replace('region: wuchang', 'region: nowhere').replace('level: county', 'level: galaxy'),
      'sources/news-one.yaml': replace('type: news', 'type: rumour'),
    });
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });
});

describe('the validator refuses MDX that could run code or inject markup', () => {
  const body = (markdown: string) => ({ [ALPHA]: (text: string) => `${text}\n${markdown}\n` });
  // The fixture body ends on line 31; appended text starts on line 33.
  const cases: Array<[string, string, string]> = [
    ['import statements', "import X from './x.js'", 'import/export statements are not allowed'],
    ['export statements', 'export const a = 1', 'import/export statements are not allowed'],
    ['{expressions}', '数值 {1 + 1}', '{…} expressions are not allowed'],
    ['<script>', '<script>alert(1)</script>', '<script> is not allowed'],
    ['<style>', '<style>{"body{}"}</style>', '<style> is not allowed'],
    ['<iframe>', '<iframe src="https://example.org"></iframe>', '<iframe> is not allowed'],
    ['<object>', '<object data="x"></object>', '<object> is not allowed'],
    ['<embed>', '<embed src="x" />', '<embed> is not allowed'],
    ['components outside the allowlist', '<Chart />', '<Chart> is not allowed'],
    ['on* attributes', '<abbr title="a" onClick="alert(1)">x</abbr>', 'may not have the event handler attribute onClick'],
    ['attribute expressions', '<abbr title={x}>y</abbr>', 'attribute values must be plain quoted text'],
    ['javascript: links', '[x](javascript:alert(1))', 'link "javascript:alert(1)" is not allowed'],
    ['data: links', '[x](data:text/html;base64,PHNjcmlwdD4=)', 'link "data:text/html;base64,PHNjcmlwdD4=" is not allowed'],
    ['javascript: links in mixed case', '[x](JaVaScRiPt:alert(1))', 'is not allowed: use an http(s) URL'],
    ['javascript: links hidden in character references', '[x](&#106;avascript:alert(1))', 'link "javascript:alert(1)" is not allowed'],
    ['javascript: link definitions', '[x]\n\n[x]: javascript:alert(1)', 'link "javascript:alert(1)" is not allowed'],
    ['images', '![x](./x.png)', 'images are not supported in entries'],
    ['level-1 headings', '# 另一个标题', 'headings start at "##"'],
  ];
  it.each(cases)('%s', (_, markdown, message) => {
    const problems = validateWith(body(markdown));
    const match = problems.find((p) => p.includes(message));
    expect(match, problems.join('\n')).toBeDefined();
    expect(match).toMatch(/^cases\/alpha-index\.mdx:3[2-4]: body: /);
  });

  it('unparseable MDX, with its line', () => {
    const problems = validateWith(body('a < b and {unclosed'));
    expect(problems.some((p) => /^cases\/alpha-index\.mdx:3[2-4]: body: cannot be read as MDX/.test(p) || p.includes('expressions are not allowed'))).toBe(true);
  });

  it('allowed elements and safe links pass', () => {
    expect(validateWith(body('<sup>2</sup> <br /> [站内](/cases/x/) [外部](https://example.org) [邮件](mailto:a@example.org)'))).toEqual([]);
  });
});
