import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffContent, escapeMarkdown, readSnapshot, renderSummary, type EntrySnapshot } from '../../scripts/lib/content-changes.ts';

function caseFile(frontMatter: string, body = '\n概况。\n'): string {
  return `---\n${frontMatter.trim()}\n---\n${body}`;
}

function snapshot(file: string, text: string): EntrySnapshot {
  const read = readSnapshot(file, text);
  if (!read) throw new Error(`${file} is not a content entry`);
  return read;
}

const ALPHA = caseFile(`
title: 甲市网格平台
summary: 甲市建设网格平台。
organisations:
  - name: 甲市政务服务数据管理局
  - name: 甲市公安局
sources: [source-a]
`);

describe('reading content files', () => {
  it('knows the collection and ID from the path, and parses front matter and body', () => {
    expect(snapshot('content/cases/alpha.mdx', ALPHA)).toMatchObject({ collection: 'cases', id: 'alpha', data: { title: '甲市网格平台' }, body: '\n概况。\n' });
    expect(snapshot('content/sources/source-a.yaml', 'title: 来源甲\n')).toMatchObject({ collection: 'sources', id: 'source-a', data: { title: '来源甲' } });
  });

  it('ignores files that are not entries of a collection', () => {
    expect(readSnapshot('content/README.md', '# notes')).toBeUndefined();
    expect(readSnapshot('content/cases/notes.txt', 'x')).toBeUndefined();
    expect(readSnapshot('content/drafts/a.mdx', ALPHA)).toBeUndefined();
  });
});

describe('what changed between two versions of content/', () => {
  it('lists added and removed entries with their titles', () => {
    const removed = snapshot('content/cases/beta.mdx', caseFile('title: 乙县热线'));
    const added = snapshot('content/cases/alpha.mdx', ALPHA);
    expect(diffContent([removed], [added])).toEqual([
      { kind: 'added', collection: 'cases', id: 'alpha', file: 'content/cases/alpha.mdx', title: '甲市网格平台', fields: [], unreadable: false },
      { kind: 'removed', collection: 'cases', id: 'beta', file: 'content/cases/beta.mdx', title: '乙县热线', fields: [], unreadable: false },
    ]);
  });

  it('names the fields that changed, added or were removed, and the body', () => {
    const before = snapshot('content/cases/alpha.mdx', ALPHA);
    const after = snapshot('content/cases/alpha.mdx', caseFile(ALPHA.split('---')[1].replace('甲市建设网格平台。', '甲市建成网格平台。').replace('sources: [source-a]', 'level: municipal\nsources: [source-a]'), '\n新的概况。\n'));
    expect(diffContent([before], [after])[0].fields).toEqual([{ field: 'summary' }, { field: 'level' }, { field: 'body' }]);

    const withoutSummary = snapshot('content/cases/alpha.mdx', caseFile(ALPHA.split('---')[1].replace('summary: 甲市建设网格平台。\n', '')));
    expect(diffContent([before], [withoutSummary])[0].fields).toEqual([{ field: 'summary' }]);
  });

  it('says which items of a list with names or IDs were added, changed or removed', () => {
    const before = snapshot('content/cases/alpha.mdx', ALPHA);
    const after = snapshot(
      'content/cases/alpha.mdx',
      caseFile(ALPHA.split('---')[1].replace('  - name: 甲市公安局\n', '  - name: 甲市大数据中心\n').replace('  - name: 甲市政务服务数据管理局\n', '  - name: 甲市政务服务数据管理局\n    type: government\n')),
    );
    expect(diffContent([before], [after])[0].fields).toEqual([{ field: 'organisations', added: ['甲市大数据中心'], changed: ['甲市政务服务数据管理局'], removed: ['甲市公安局'] }]);
  });

  it('names the award editions whose listing changed', () => {
    const awarded = (category: string) => snapshot('content/cases/alpha.mdx', caseFile(`title: 甲\nawards:\n  - edition: chuzhi-2022-bigdata\n    category: ${category}\n`));
    expect(diffContent([awarded('优秀案例')], [awarded('政务服务组十佳')])[0].fields).toEqual([{ field: 'awards', changed: ['chuzhi-2022-bigdata'] }]);
  });

  it('does not list a file whose data and body are unchanged, however it is formatted', () => {
    const before = snapshot('content/sources/a.yaml', 'title: 来源甲\npublisher: 某报\n');
    const after = snapshot('content/sources/a.yaml', "title: '来源甲'\npublisher:   某报   \n");
    expect(diffContent([before], [after])).toEqual([]);
  });

  it('reports a changed file that no longer parses', () => {
    const before = snapshot('content/cases/alpha.mdx', ALPHA);
    const after = snapshot('content/cases/alpha.mdx', caseFile('title: [unclosed'));
    expect(diffContent([before], [after])).toMatchObject([{ kind: 'changed', id: 'alpha', title: '甲市网格平台', unreadable: true, fields: [] }]);
  });
});

describe('the job summary', () => {
  it('counts changes per collection, cases first, and lists each entry with its fields', () => {
    const markdown = renderSummary([
      { kind: 'changed', collection: 'sources', id: 'source-a', file: 'content/sources/source-a.yaml', title: '来源甲', fields: [{ field: 'title' }], unreadable: false },
      { kind: 'removed', collection: 'cases', id: 'beta', file: 'content/cases/beta.mdx', title: '乙县热线', fields: [], unreadable: false },
      { kind: 'added', collection: 'cases', id: 'alpha', file: 'content/cases/alpha.mdx', title: '甲市网格平台', fields: [], unreadable: false },
      { kind: 'changed', collection: 'cases', id: 'gamma', file: 'content/cases/gamma.mdx', title: '丙区', fields: [{ field: 'awards', added: ['一等奖'] }, { field: 'body' }], unreadable: false },
    ]);
    expect(markdown).toBe(
      [
        '## 本次改动的内容',
        '',
        '| | 新增 | 修改 | 删除 |',
        '|---|---:|---:|---:|',
        '| 案例 | 1 | 1 | 1 |',
        '| 来源 | 0 | 1 | 0 |',
        '',
        '### 案例',
        '',
        '- 新增 `alpha` 甲市网格平台',
        '- 修改 `gamma` 丙区：`awards`（新增 `一等奖`），正文',
        '- 删除 `beta` 乙县热线',
        '',
        '### 来源',
        '',
        '- 修改 `source-a` 来源甲：`title`',
        '',
      ].join('\n'),
    );
  });

  it('says so when content/ is untouched', () => {
    expect(renderSummary([])).toContain('没有改动 `content/` 下的条目。');
  });

  it('shows contributed titles literally, never as Markdown or HTML', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> | **粗体**\n[链接](http://x)')).toBe(
      '\\<img src=x onerror=alert(1)\\> \\| \\*\\*粗体\\*\\* \\[链接\\](http://x)',
    );
  });
});

describe('npm run pr-summary', () => {
  it('compares content/ at the merge base with the head of a branch', () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'pr-summary-'));
    const git = (...args: string[]) => {
      const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd: repo, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(result.stderr);
      return result.stdout;
    };
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
      writeFileSync(path.join(repo, file), text);
    };
    try {
      git('init', '-q');
      write('content/cases/alpha.mdx', ALPHA);
      write('content/cases/beta.mdx', caseFile('title: 乙县热线'));
      git('add', '.');
      git('commit', '-qm', 'base');
      git('checkout', '-qb', 'contribution');
      write('content/cases/alpha.mdx', ALPHA.replace('title: 甲市网格平台', 'title: 甲市网格化平台'));
      write('content/cases/delta.mdx', caseFile('title: 丁镇'));
      git('add', '.');
      git('commit', '-qm', 'contribution');
      // A later change on main must not appear as a change of the pull request.
      git('checkout', '-q', 'main');
      write('content/cases/beta.mdx', caseFile('title: 乙县热线平台'));
      git('commit', '-qam', 'main moves on');
      git('checkout', '-q', 'contribution');

      const script = path.resolve(import.meta.dirname, '../../scripts/pr-summary.ts');
      const result = spawnSync(process.execPath, [script, '--base', 'main'], { cwd: repo, encoding: 'utf8', env: { ...process.env, GITHUB_STEP_SUMMARY: '' } });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('| 案例 | 1 | 1 | 0 |');
      expect(result.stdout).toContain('- 新增 `delta` 丁镇');
      expect(result.stdout).toContain('- 修改 `alpha` 甲市网格化平台：`title`');
      expect(result.stdout).not.toContain('beta');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
