// When a case was first published and last changed, from a real git repository made for the test
// (src/library/case-dates.ts): one git log, first-parent, merges counted when they land; fallbacks.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseDatesFrom, parseCaseLog, readCaseHistory } from '../../src/library/case-dates.ts';
import type { CaseEntry } from '../../src/library/library.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'case-dates-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function repo(name: string) {
  const dir = path.join(scratch, name);
  mkdirSync(path.join(dir, 'content', 'cases'), { recursive: true });
  mkdirSync(path.join(dir, 'content', 'sources'), { recursive: true });
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    });
  git(['init', '-q', '-b', 'main']);
  const commit = (date: string, files: Record<string, string>, message = 'c') => {
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, 'content', file), text);
    git(['add', '-A']);
    git(['commit', '-q', '-m', message], date);
  };
  return { dir, git, commit };
}

const stub = (id: string, lastReviewed = '2026-01-05') => ({ id, data: { lastReviewed } }) as unknown as CaseEntry;

describe('case dates from git history', () => {
  const { dir, git, commit } = repo('history');
  commit('2026-01-10T09:00:00+08:00', { 'cases/alpha.mdx': 'a1', 'cases/beta.mdx': 'b1' });
  commit('2026-02-01T10:00:00+00:00', { 'cases/alpha.mdx': 'a2', 'sources/s.yaml': 's' });
  // A feature branch written in March, merged into main in April: beta's change lands in April.
  git(['checkout', '-q', '-b', 'feature']);
  commit('2026-03-03T10:00:00+00:00', { 'cases/beta.mdx': 'b2', 'cases/gamma.mdx': 'g1' });
  git(['checkout', '-q', 'main']);
  git(['merge', '-q', '--no-ff', '-m', 'merge', 'feature'], '2026-04-04T10:00:00+00:00');
  const history = readCaseHistory(path.join(dir, 'content'));

  it('dates each case by its first and its latest commit on the built branch', () => {
    expect(history.unavailable).toBeUndefined();
    expect(caseDatesFrom(history, stub('alpha'))).toMatchObject({ published: '2026-01-10', modified: '2026-02-01', from: 'git' });
    expect(caseDatesFrom(history, stub('beta'))).toMatchObject({ published: '2026-01-10', modified: '2026-04-04', from: 'git' });
    expect(caseDatesFrom(history, stub('gamma'))).toMatchObject({ published: '2026-04-04', modified: '2026-04-04', from: 'git' });
  });

  it('counts the commits that changed the content as the revision', () => {
    expect(history.revision).toBe(3);
  });

  it('dates an entry git does not know (not committed yet) by its lastReviewed, and says so', () => {
    expect(caseDatesFrom(history, stub('delta', '2026-05-06'))).toMatchObject({ published: '2026-05-06', modified: '2026-05-06', from: 'lastReviewed' });
  });

  it('falls back for a shallow clone, whose oldest commits are cut off', () => {
    const clone = path.join(scratch, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, clone]);
    const shallow = readCaseHistory(path.join(clone, 'content'));
    expect(shallow.unavailable).toMatch(/shallow/);
    expect(caseDatesFrom(shallow, stub('alpha'))).toMatchObject({ published: '2026-01-05', from: 'lastReviewed' });
  });

  it('falls back outside a repository', () => {
    const plain = path.join(scratch, 'plain');
    mkdirSync(path.join(plain, 'cases'), { recursive: true });
    const none = readCaseHistory(plain);
    expect(none.unavailable).toMatch(/not in a git repository/);
    expect(none.revision).toBe(0);
  });
});

describe('parsing the log', () => {
  it('takes the newest commit as the last change and the oldest as the first publication', () => {
    const log = '\0' + '2026-03-01T00:00:00Z\n\ncases/a.mdx\n' + '\0' + '2026-02-01T00:00:00Z\n\ncases/a.mdx\ncases/b.mdx\nsources/x.yaml\n';
    expect(Object.fromEntries(parseCaseLog(log))).toEqual({
      a: { publishedAt: '2026-02-01T00:00:00Z', modifiedAt: '2026-03-01T00:00:00Z' },
      b: { publishedAt: '2026-02-01T00:00:00Z', modifiedAt: '2026-02-01T00:00:00Z' },
    });
  });
});
