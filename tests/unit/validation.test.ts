import { beforeAll, describe, expect, it } from 'vitest';
import { replace, validateWith } from '../support/fixture.ts';

const ALPHA = 'cases/alpha-index.mdx';

// The validator checks files in a worker thread, started once per process; on a busy machine that
// takes longer than one test may.
beforeAll(() => {
  validateWith();
}, 120_000);

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

  it('a vocabulary term written as its Chinese label is answered with the term ID to write', () => {
    const problems = validateWith({ [ALPHA]: replace('level: county', 'level: 区县级') });
    expect(problems.find((p) => p.includes('is not a level term'))).toMatch(/alpha-index\.mdx:10: level: "区县级" is not a level term .*"区县级" is the label of the term "county"; write county$/);
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

  it('a duplicate title and a duplicate alias, naming both files', () => {
    const problems = validateWith({ 'cases/beta-audit.mdx': replace('title: 江汉区审计大数据', 'title: 武昌区平安指数\naliases: [平安指数]') });
    expect(problems).toContain('cases/beta-audit.mdx:2: title: "武昌区平安指数" is already the title of cases/alpha-index.mdx:2');
    expect(problems).toContain('cases/beta-audit.mdx:3: aliases[0]: "平安指数" is already the alias of cases/alpha-index.mdx:4');
  });

  it('a note on a field that has no notes', () => {
    expect(validateWith({ 'cases/beta-audit.mdx': replace('completeness: stub', 'fieldNotes:\n  summary: 说明\ncompleteness: stub') })).toContain(
      'cases/beta-audit.mdx:25: fieldNotes.summary: unknown field',
    );
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

describe('the validator accepts ordinary text in other encodings of a line', () => {
  const allFiles = ['cases/alpha-index.mdx', 'cases/beta-audit.mdx', 'editions/prize-2022.yaml', 'sources/news-one.yaml', 'awards/prize.yaml'];

  it('CRLF line endings in every file', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    expect(validateWith(Object.fromEntries(allFiles.map((file) => [file, crlf])))).toEqual([]);
  });

  it('a UTF-8 byte order mark at the start of an MDX and a YAML file', () => {
    const bom = (text: string) => `\uFEFF${text}`;
    expect(validateWith({ [ALPHA]: bom, 'sources/news-one.yaml': bom })).toEqual([]);
  });

  it('Traditional characters in a body and in a title that duplicates nothing', () => {
    expect(
      validateWith({
        [ALPHA]: (text) => `${text}\n## 補充\n\n武昌區以「平安指數」支撐基層治理。\n`,
        'cases/beta-audit.mdx': replace('title: 江汉区审计大数据', 'title: 江漢區審計大數據'),
      }),
    ).toEqual([]);
  });

  it('a zero-width character in a body, where it changes nothing a reader sees', () => {
    expect(validateWith({ [ALPHA]: (text) => `${text}\n武昌区\u200B平安指数\n` })).toEqual([]);
  });

  it('an organisation without a type, a case without a level, and notes on inferred fields', () => {
    const problems = validateWith({
      'cases/beta-audit.mdx': (text) =>
        replace('    type: party-government\n', '')(text).replace('level: county\n', "fieldNotes:\n  region: 来源只说明是江汉区。\n  period: 来源称“去年”启动。\n"),
    });
    expect(problems).toEqual([]);
  });

  it('a case that repeats its own listed title as its title', () => {
    expect(validateWith({ 'cases/beta-audit.mdx': replace('title: 江汉区审计大数据', "title: '江汉区“审计大数据”提升监督效能'") })).toEqual([]);
  });
});

describe('the validator refuses hidden characters, naming file, line, field and code point', () => {
  const WHY_CONTROL = 'a control character (only tabs and line breaks are allowed): delete it';
  const WHY_BIDI = 'a bidirectional control that makes text display in a different order from what it is: delete it';
  const WHY_INVISIBLE = 'an invisible character, not allowed in IDs, titles, aliases, names or any other field: delete it';

  it('a NUL byte in a body', () => {
    expect(validateWith({ [ALPHA]: (text) => `${text}\n数据\u0000平台\n` })).toContain(
      `cases/alpha-index.mdx:32: body: contains U+0000 (NUL, a null byte) at column 3, ${WHY_CONTROL}`,
    );
  });

  const controls: Array<[string, string, string]> = [
    ['a C0 control (BEL) in a summary', '\u0007', 'U+0007'],
    ['ESCAPE in a summary', '\u001B', 'U+001B (ESCAPE)'],
    ['DELETE in a summary', '\u007F', 'U+007F (DELETE)'],
    ['a C1 control (NEXT LINE) in a summary', '\u0085', 'U+0085 (NEXT LINE)'],
    ['a C1 control (CSI) in a summary', '\u009B', 'U+009B'],
    ['a vertical tab in a summary', '\u000B', 'U+000B (LINE TABULATION)'],
    ['a line separator in a summary', '\u2028', 'U+2028 (LINE SEPARATOR)'],
  ];
  it.each(controls)('%s', (_, character, label) => {
    expect(validateWith({ [ALPHA]: replace('summary: 武昌区', `summary: 武昌区${character}`) })).toContain(
      `cases/alpha-index.mdx:3: summary: contains ${label} at column 13, ${WHY_CONTROL}`,
    );
  });

  it('a carriage return that does not end a line', () => {
    expect(validateWith({ [ALPHA]: (text) => `${text}\n数据\r平台\n` })).toContain(
      `cases/alpha-index.mdx:32: body: contains U+000D (CARRIAGE RETURN without a line feed) at column 3, ${WHY_CONTROL}`,
    );
  });

  it('a control character in a YAML file', () => {
    expect(validateWith({ 'sources/news-one.yaml': replace('title: 一篇', 'title: 一\u0008篇') })).toContain(
      `sources/news-one.yaml:1: title: contains U+0008 at column 9, ${WHY_CONTROL}`,
    );
  });

  const bidi: Array<[string, string]> = [
    ['U+202A', 'LEFT-TO-RIGHT EMBEDDING'],
    ['U+202B', 'RIGHT-TO-LEFT EMBEDDING'],
    ['U+202C', 'POP DIRECTIONAL FORMATTING'],
    ['U+202D', 'LEFT-TO-RIGHT OVERRIDE'],
    ['U+202E', 'RIGHT-TO-LEFT OVERRIDE'],
    ['U+2066', 'LEFT-TO-RIGHT ISOLATE'],
    ['U+2067', 'RIGHT-TO-LEFT ISOLATE'],
    ['U+2068', 'FIRST STRONG ISOLATE'],
    ['U+2069', 'POP DIRECTIONAL ISOLATE'],
  ];
  it.each(bidi)('the bidirectional control %s in a title', (label, name) => {
    const character = String.fromCodePoint(Number.parseInt(label.slice(2), 16));
    expect(validateWith({ [ALPHA]: replace('title: 武昌区平安指数', `title: 武昌区${character}平安指数`) })).toContain(
      `cases/alpha-index.mdx:2: title: contains ${label} (${name}) at column 11, ${WHY_BIDI}`,
    );
  });

  it('a right-to-left override in a body and in a YAML comment', () => {
    const problems = validateWith({
      [ALPHA]: (text) => `${text}\n见\u202E报道\n`,
      'sources/news-one.yaml': (text) => `# 备注\u202E\n${text}`,
    });
    expect(problems).toContain(`cases/alpha-index.mdx:32: body: contains U+202E (RIGHT-TO-LEFT OVERRIDE) at column 2, ${WHY_BIDI}`);
    expect(problems).toContain(`sources/news-one.yaml:1: contains U+202E (RIGHT-TO-LEFT OVERRIDE) at column 5, ${WHY_BIDI}`);
  });

  it('a right-to-left override written as a YAML escape', () => {
    expect(validateWith({ [ALPHA]: replace('title: 武昌区平安指数', 'title: "武昌区\\u202E平安指数"') })).toContain(
      `cases/alpha-index.mdx:2: title: contains U+202E (RIGHT-TO-LEFT OVERRIDE), written as an escape, ${WHY_BIDI}`,
    );
  });

  const invisible: Array<[string, string, string, string]> = [
    ['a zero-width space in a title', ALPHA, 'title: 武昌区', 'cases/alpha-index.mdx:2: title: contains U+200B (ZERO WIDTH SPACE) at column 11'],
    ['a zero-width joiner in an alias', ALPHA, 'aliases: [平安', 'cases/alpha-index.mdx:4: aliases[0]: contains U+200D (ZERO WIDTH JOINER) at column 13'],
    ['a word joiner in an organisation name', ALPHA, 'name: 武昌区', 'cases/alpha-index.mdx:6: organisations[0].name: contains U+2060 (WORD JOINER) at column 14'],
    ['a byte order mark inside a listed title', 'cases/beta-audit.mdx', "listedTitle: '江汉区", 'cases/beta-audit.mdx:15: awards[0].listedTitle: contains U+FEFF (ZERO WIDTH NO-BREAK SPACE (a byte order mark inside the text)) at column 22'],
    ['a zero-width non-joiner in a listed organisation', 'cases/beta-audit.mdx', 'listedOrganisations: [江汉区', 'cases/beta-audit.mdx:16: awards[0].listedOrganisations[0]: contains U+200C (ZERO WIDTH NON-JOINER) at column 30'],
    ['a soft hyphen in an edition title', 'editions/prize-2022.yaml', 'title: 2022', 'editions/prize-2022.yaml:3: title: contains U+00AD (SOFT HYPHEN) at column 12'],
    ['a right-to-left mark in a source publisher', 'sources/news-one.yaml', 'publisher: 某', 'sources/news-one.yaml:2: publisher: contains U+200F (RIGHT-TO-LEFT MARK) at column 13'],
    ['a zero-width space in an ID reference', ALPHA, 'edition: prize', 'cases/alpha-index.mdx:16: awards[0].edition: contains U+200B (ZERO WIDTH SPACE) at column 19'],
  ];
  it.each(invisible)('%s', (label, file, before, expected) => {
    const character = { 'U+200B': '\u200B', 'U+200D': '\u200D', 'U+2060': '\u2060', 'U+FEFF': '\uFEFF', 'U+200C': '\u200C', 'U+00AD': '\u00AD', 'U+200F': '\u200F' }[
      /U\+[0-9A-F]{4}/.exec(expected)![0]
    ]!;
    const problems = validateWith({ [file]: replace(before, `${before}${character}`) });
    expect(problems, label).toContain(`${expected}, ${WHY_INVISIBLE}`);
  });
});

describe('the validator refuses names that duplicate another once script, width and punctuation are folded', () => {
  const RULE = '(Traditional/Simplified script, full-/half-width forms, punctuation and spaces ignored)';
  const BETA = 'cases/beta-audit.mdx';

  it('a title written in Traditional characters', () => {
    expect(validateWith({ [BETA]: replace('title: 江汉区审计大数据', 'title: 武昌區平安指數') })).toContain(
      `cases/beta-audit.mdx:2: title: "武昌區平安指數" is the title "武昌区平安指数" of cases/alpha-index.mdx:2 written differently ${RULE}`,
    );
  });

  it('an alias in full-width forms with punctuation and spaces', () => {
    expect(validateWith({ [BETA]: replace('title: 江汉区审计大数据', 'title: 江汉区审计大数据\naliases: ["“平安 指数”！"]') })).toContain(
      `cases/beta-audit.mdx:3: aliases[0]: "“平安 指数”！" is the alias "平安指数" of cases/alpha-index.mdx:4 written differently ${RULE}`,
    );
  });

  it('a listed title that is another case’s title', () => {
    expect(validateWith({ [BETA]: replace("listedTitle: '江汉区“审计大数据”提升监督效能'", 'listedTitle: 武昌区·平安指数') })).toContain(
      `cases/beta-audit.mdx:15: awards[0].listedTitle: "武昌区·平安指数" is the title "武昌区平安指数" of cases/alpha-index.mdx:2 written differently ${RULE}`,
    );
  });

  it('the same listed title on two cases', () => {
    const problems = validateWith({
      [ALPHA]: replace('category: 政务服务组十佳', "category: 政务服务组十佳\n    listedTitle: '江漢區「審計大數據」提升監督效能'"),
    });
    expect(problems).toContain(
      `cases/beta-audit.mdx:15: awards[0].listedTitle: "江汉区“审计大数据”提升监督效能" is the listed title "江漢區「審計大數據」提升監督效能" of cases/alpha-index.mdx:18 written differently ${RULE}`,
    );
  });
});

describe('the validator checks positions in a published list', () => {
  const BETA = 'cases/beta-audit.mdx';
  const gamma = (position: string) =>
    `---\ntitle: 第三个案例\nsummary: 用来检验名单位置的一个测试案例。\norganisations:\n  - name: 某局\n    type: party-government\n    role: lead\nregion: wuhan\nlevel: municipal\ndomains: [supervision]\nawards:\n  - edition: prize-2022\n    category: 优秀案例\n${position}sources: [news-one]\ncompleteness: stub\nlastReviewed: '2026-11-23'\n---\n`;

  it('accepts positions 1..n', () => {
    expect(validateWith({ 'cases/gamma-case.mdx': gamma('    position: 2\n') })).toEqual([]);
  });

  it('a position held twice', () => {
    expect(validateWith({ 'cases/gamma-case.mdx': gamma('    position: 1\n') })).toContain(
      'cases/gamma-case.mdx:14: awards[0].position: position 1 in 优秀案例 of prize-2022 is already held by cases/beta-audit.mdx',
    );
  });

  it('a gap in the positions', () => {
    expect(validateWith({ 'cases/gamma-case.mdx': gamma('    position: 3\n') })).toContain(
      'editions/prize-2022.yaml:8: categories[1]: positions in 优秀案例 must run from 1 without gaps; missing: 2',
    );
  });

  it('a position beyond the number the edition says were awarded', () => {
    expect(validateWith({ [ALPHA]: replace('category: 政务服务组十佳', 'category: 政务服务组十佳\n    position: 2') })).toContain(
      'cases/alpha-index.mdx:18: awards[0].position: is 2, but prize-2022 lists 1 in 政务服务组十佳',
    );
  });

  it('an award without a position in a list whose other awards have one', () => {
    expect(validateWith({ 'cases/gamma-case.mdx': gamma('') })).toContain(
      'cases/gamma-case.mdx:12: awards[0]: has no position, while other awards in 优秀案例 of prize-2022 have one: give every award in the list its position',
    );
  });

  it('a position that is not a whole number from 1', () => {
    expect(validateWith({ [BETA]: replace('position: 1', 'position: 0') })).toContain('cases/beta-audit.mdx:14: awards[0].position: must be at least 1');
  });
});
