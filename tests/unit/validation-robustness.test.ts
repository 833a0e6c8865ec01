// What a hostile or careless file cannot do to the validator: crash it (YAML alias and merge-key
// mistakes, "billion laughs", self-referring anchors), hang it (deeply nested lists, long runs of
// emphasis markers), or slip an impossible date or a broken character past it. Each case has its
// exact message, and the other files' problems are still reported.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/entry/limits.ts';
import { fileChecker } from '../../src/validation/file-checker.ts';
import { replace, validateWith, VALID_FIXTURE } from '../support/fixture.ts';

const ALPHA = 'cases/alpha-index.mdx';
const SOURCE = 'sources/news-one.yaml';
const append = (more: string) => (text: string) => `${text}${more}`;
/** Six levels of ten aliases each: a million expansions from a few hundred bytes. */
const LAUGHS = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((name, i) => `${name}: &${name} [${Array(10).fill(`*${'abcdef'[i]}`).join(', ')}]`)].join('\n');

// The file checker's worker starts once per process; on a busy machine that takes a while.
beforeAll(() => {
  validateWith();
}, 120_000);

describe('YAML that used to crash the validator is reported at its line, in words an editor understands', () => {
  it('an alias to an anchor that does not exist', () => {
    expect(validateWith({ [SOURCE]: append('extra: *nowhere\n') })).toContain(
      'sources/news-one.yaml:7: YAML: 别名 *nowhere 没有对应的锚点：先在要引用的值前写 &nowhere，别名只能引用写在它前面的锚点',
    );
  });

  it('a merge key of something that is not a mapping', () => {
    expect(validateWith({ [SOURCE]: replace('authors: [记者甲]', 'authors: &who [记者甲]\nmore:\n  <<: *who') })).toContain(
      'sources/news-one.yaml:5: YAML: 合并键 << 只能合并映射（“字段: 值”的集合），这里给的是列表里的一个单独的值',
    );
    expect(validateWith({ [SOURCE]: append('more:\n  <<: 3\n') })).toContain('sources/news-one.yaml:8: YAML: 合并键 << 只能合并映射（“字段: 值”的集合），这里给的是一个单独的值');
  });

  it('the alias-count limit ("billion laughs")', () => {
    expect(validateWith({ [SOURCE]: append(`${LAUGHS}\n`) })).toContain(
      'sources/news-one.yaml:8: YAML: 别名展开的次数超过 100 次，读取会耗尽资源：请直接写出数据，不要层层引用锚点',
    );
  });

  it('an anchor that refers to itself', () => {
    expect(validateWith({ [SOURCE]: append('note: &self [*self]\n') })).toContain('sources/news-one.yaml:7: YAML: 锚点 &self 引用了它自己：别名 *self 写在了 &self 所标记的内容里面');
    expect(validateWith({ [ALPHA]: replace('period:\n', 'period: &p\n  again: *p\n') })).toContain('cases/alpha-index.mdx:14: YAML: 锚点 &p 引用了它自己：别名 *p 写在了 &p 所标记的内容里面');
  });

  it("the parser's own errors, explained", () => {
    expect(validateWith({ [SOURCE]: append('type: web\n') })).toContain('sources/news-one.yaml:7: YAML: 同一个字段写了两次：删掉其中一个（解析器：Map keys must be unique）');
    expect(validateWith({ [SOURCE]: replace('authors: [记者甲]', 'authors:\n\t- 记者甲') })).toContain(
      'sources/news-one.yaml:4: YAML: 缩进里有制表符（Tab）：YAML 只能用空格缩进（解析器：Tabs are not allowed as indentation）',
    );
  });

  it('a broken file does not hide the other files’ problems', () => {
    const problems = validateWith({
      [SOURCE]: append('extra: *nowhere\n'),
      'awards/prize.yaml': append(`${LAUGHS}\n`),
      [ALPHA]: replace('completeness: partial', 'completeness: partal'),
    });
    expect(problems.filter((line) => line.startsWith('sources/news-one.yaml:7: YAML: 别名 *nowhere'))).toHaveLength(1);
    expect(problems.filter((line) => /^awards\/prize\.yaml:\d+: YAML: 别名展开的次数超过 100 次/.test(line))).toHaveLength(1);
    expect(problems.filter((line) => line.startsWith('cases/alpha-index.mdx:24: completeness: "partal" is not allowed'))).toHaveLength(1);
  });
});

describe('the work per file is bounded', () => {
  const BODY_LINE = 27;

  it('a body of a few hundred kilobytes of *_ is refused by size, before it is parsed', () => {
    const problems = validateWith({ [ALPHA]: append(`${'*_'.repeat(150_000)}\n`) });
    const text = readFileSync(path.join(VALID_FIXTURE, ALPHA), 'utf8');
    const body = `${text.slice(text.indexOf('\n---\n') + 5)}${'*_'.repeat(150_000)}\n`;
    expect(problems).toContain(`cases/alpha-index.mdx:${BODY_LINE}: body: is longer than ${LIMITS.bodyCharacters} characters (has ${[...body].length})`);
  });

  it('thousands of nested list items are refused by depth, before they are parsed', () => {
    const lines = readFileSync(path.join(VALID_FIXTURE, ALPHA), 'utf8').split('\n').length;
    expect(validateWith({ [ALPHA]: append(`${'- '.repeat(3_000)}x\n`) })).toContain(
      `cases/alpha-index.mdx:${lines}: body: nests lists, quotes or indentation 3000 levels deep, more than the ${LIMITS.bodyDepth} allowed: flatten it`,
    );
    const indented = Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- 项`).join('\n');
    expect(validateWith({ [ALPHA]: append(`${indented}\n`) })).toContain(
      `cases/alpha-index.mdx:${lines + 99}: body: nests lists, quotes or indentation 100 levels deep, more than the ${LIMITS.bodyDepth} allowed: flatten it`,
    );
  });

  it('a file over the size limit is refused before it is decoded, and deep YAML before it is parsed', () => {
    const nested = Array.from({ length: 3_000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
    const size = Buffer.byteLength(`${readFileSync(path.join(VALID_FIXTURE, ALPHA), 'utf8')}${nested}\n`);
    expect(validateWith({ [ALPHA]: append(`${nested}\n`) })).toContain(
      `cases/alpha-index.mdx:1: is ${size} bytes long, more than the ${LIMITS.fileBytes} a file may have: an entry is far smaller; split it or remove what does not belong`,
    );
    expect(validateWith({ [SOURCE]: append(`note: ${'['.repeat(5_000)}\n`) })).toContain(
      `sources/news-one.yaml:7: YAML: 嵌套了 5001 层，超过上限 ${LIMITS.yamlDepth} 层：请减少列表和字段的层级`,
    );
  }, 60_000);

  it('a body within the limits that takes too long is stopped at the time budget, and the next file is still checked', () => {
    // About 20,000 characters of *_ take the Markdown parser about ten seconds; an ordinary entry, milliseconds.
    const problems = validateWith(
      { [ALPHA]: append(`${'*_'.repeat(9_900)}\n`), 'cases/beta-audit.mdx': replace('completeness: stub', 'completeness: stubb') },
      { fileMilliseconds: 2_000 },
    );
    expect(problems).toContain(
      'cases/alpha-index.mdx:1: body: too complex to check (checking it took more than 2 s; long runs of * and _ or deeply nested lists are the usual cause): simplify it',
    );
    expect(problems.some((line) => line.startsWith('cases/beta-audit.mdx:') && line.includes('completeness: "stubb" is not allowed'))).toBe(true);
  }, 120_000);

  it('a failure of the checks themselves is an internal error naming the file, not an exception', () => {
    const answer = fileChecker().check({ file: 'cases/x.mdx', id: 'x', bytes: Buffer.from('---\n---\n'), collection: 'no-such-collection' as never });
    expect(answer).toEqual({ internalError: expect.stringMatching(/^TypeError: /) });
  });
});

describe('dates are calendar dates', () => {
  it('a full date that is not on the calendar, quoted or not', () => {
    const expected = 'cases/alpha-index.mdx:25: lastReviewed: 2026-02-30 is not a date on the calendar (2026-02 has 28 days)';
    expect(validateWith({ [ALPHA]: replace("lastReviewed: '2026-11-23'", "lastReviewed: '2026-02-30'") })).toContain(expected);
    expect(validateWith({ [ALPHA]: replace("lastReviewed: '2026-11-23'", 'lastReviewed: 2026-02-30') })).toContain(expected);
  });

  it('a partial date that is not on the calendar', () => {
    expect(validateWith({ [SOURCE]: replace("date: '2022-09-20'", "date: '2023-02-29'") })).toContain('sources/news-one.yaml:4: date: 2023-02-29 is not a date on the calendar (2023-02 has 28 days)');
    expect(validateWith({ [SOURCE]: replace("date: '2022-09-20'", "date: '2024-02-29'") })).toEqual([]);
  });

  it("a metric's period written as dates: both ends on the calendar, the end not before the start", () => {
    const withPeriod = (period: string) => validateWith({ [ALPHA]: replace('    unit: 个\n', `    unit: 个\n    period: ${period}\n`) });
    expect(withPeriod("'2023-13-45/2024-03-27'")).toContain('cases/alpha-index.mdx:22: metrics[0].period: "2023-13-45" is not a date written YYYY, YYYY-MM or YYYY-MM-DD');
    expect(withPeriod("'2023-11-31/2024-03-27'")).toContain('cases/alpha-index.mdx:22: metrics[0].period: 2023-11-31 is not a date on the calendar (2023-11 has 30 days)');
    expect(withPeriod("'2024-03-27/2023-12-13'")).toContain('cases/alpha-index.mdx:22: metrics[0].period: ends (2023-12-13) before it starts (2024-03-27)');
    expect(withPeriod("'2020-01/2020-0'")).toContain(
      'cases/alpha-index.mdx:22: metrics[0].period: "2020-0" is not a date written YYYY, YYYY-MM or YYYY-MM-DD',
    );
    // Periods in words, as the real entries write them, and ranges of partial dates that overlap.
    expect(withPeriod("'2023-12-13/2024-03-27'")).toEqual([]);
    expect(withPeriod('2024年初至报道时')).toEqual([]);
    expect(withPeriod('试点期间，不足半年')).toEqual([]);
    expect(withPeriod("'2024-03/2024'")).toEqual([]);
  });

  it("a case's period that ends before it starts", () => {
    expect(validateWith({ [ALPHA]: replace("  launched: '2021'\n", "  launched: '2021'\n  ended: '2020-12'\n") })).toContain(
      'cases/alpha-index.mdx:15: period.ended: 2020-12 is before launched 2021: the end cannot come before the start',
    );
    expect(validateWith({ [ALPHA]: replace("  launched: '2021'\n", "  launched: '2021-08'\n  ended: '2021'\n") })).toEqual([]);
  });

  it('lastReviewed in the future, with one day of slack for time zones', () => {
    const on = (day: string) => ({ today: new Date(`${day}T12:00:00Z`) });
    expect(validateWith({}, on('2026-11-21'))).toEqual([
      'cases/alpha-index.mdx:25: lastReviewed: 2026-11-23 is in the future (today is 2026-11-21): write the day the entry was checked against its sources',
      'cases/beta-audit.mdx:25: lastReviewed: 2026-11-23 is in the future (today is 2026-11-21): write the day the entry was checked against its sources',
      'comparisons/two-cases.mdx:5: lastReviewed: 2026-11-23 is in the future (today is 2026-11-21): write the day the entry was checked against its sources',
    ]);
    expect(validateWith({}, on('2026-11-22'))).toEqual([]);
  });
});

describe('text that is not characters is refused with its code point', () => {
  it('a lone surrogate written as a YAML escape', () => {
    expect(validateWith({ [SOURCE]: replace('title: 一篇报道', 'title: "\\ud800惠云眼"') })).toContain(
      'sources/news-one.yaml:1: title: contains U+D800 (a lone surrogate, half of a character), written as an escape, something that is not a character (a browser shows �): delete it',
    );
  });

  it('noncharacters, written out or as escapes, in a field or a body', () => {
    expect(validateWith({ [ALPHA]: replace('summary: 武昌区', 'summary: \uFFFE武昌区') })).toContain(
      'cases/alpha-index.mdx:3: summary: contains U+FFFE (a noncharacter) at column 10, something that is not a character (a browser shows �): delete it',
    );
    expect(validateWith({ [SOURCE]: replace('publisher: 某报', 'publisher: "某报\\uFDD0"') })).toContain(
      'sources/news-one.yaml:2: publisher: contains U+FDD0 (a noncharacter), written as an escape, something that is not a character (a browser shows �): delete it',
    );
    expect(validateWith({ [ALPHA]: append('正文\u{10FFFF}\n') })).toContain(
      'cases/alpha-index.mdx:31: body: contains U+10FFFF (a noncharacter) at column 3, something that is not a character (a browser shows �): delete it',
    );
  });
});

describe('npm run validate (the real command, in its own process)', () => {
  it('reports crashes, hangs and other files at once, one line per problem with file and line, no stack trace, exit code 1', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'case-library-hostile-'));
    try {
      cpSync(VALID_FIXTURE, dir, { recursive: true });
      const edit = (file: string, change: (text: string) => string) => writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), 'utf8')));
      edit(SOURCE, append('extra: *nowhere\n'));
      edit('awards/prize.yaml', append(`${LAUGHS}\n`));
      edit(ALPHA, append(`${'*_'.repeat(150_000)}\n`));
      edit('cases/beta-audit.mdx', append(`${'- '.repeat(3_000)}x\n`));
      edit('comparisons/two-cases.mdx', replace("lastReviewed: '2026-11-23'", "lastReviewed: '2026-02-30'"));
      // The project's own Node, not npm: a timeout then stops the validator itself.
      const result = spawnSync(process.execPath, ['scripts/validate.ts', '--content', dir], { encoding: 'utf8', timeout: 240_000, killSignal: 'SIGKILL' });
      expect(result.error).toBeUndefined();
      expect(result.status).toBe(1);
      const [report] = result.stderr.split('\n\n');
      const lines = report.split('\n');
      for (const line of lines) expect(line).toMatch(/^[^\s:][^:]*:[1-9]\d*: \S/);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      const shown = (file: string) => path.relative(process.cwd(), path.join(dir, file)).split(path.sep).join('/');
      expect(lines).toContain(`${shown(SOURCE)}:7: YAML: 别名 *nowhere 没有对应的锚点：先在要引用的值前写 &nowhere，别名只能引用写在它前面的锚点`);
      expect(lines).toContain(`${shown('awards/prize.yaml')}:6: YAML: 别名展开的次数超过 100 次，读取会耗尽资源：请直接写出数据，不要层层引用锚点`);
      expect(lines.some((line) => line.startsWith(`${shown(ALPHA)}:27: body: is longer than ${LIMITS.bodyCharacters} characters`))).toBe(true);
      expect(lines.some((line) => line.startsWith(`${shown('cases/beta-audit.mdx')}:`) && line.includes('body: nests lists, quotes or indentation 3000 levels deep'))).toBe(true);
      expect(lines).toContain(`${shown('comparisons/two-cases.mdx')}:5: lastReviewed: 2026-02-30 is not a date on the calendar (2026-02 has 28 days)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
