// The build refuses invalid content with the validator's own messages, before building anything.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { VALID_FIXTURE } from '../support/fixture.ts';

it('astro build fails on a broken entry with file, line and field, and writes no site', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'case-library-gate-'));
  try {
    const content = path.join(dir, 'content');
    cpSync(VALID_FIXTURE, content, { recursive: true });
    const file = path.join(content, 'cases', 'alpha-index.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('category: 政务服务组十佳', 'category: 十佳') + '\n<script>alert(1)</script>\n');
    const outDir = path.join(dir, 'dist');
    const result = spawnSync('astro', ['build', '--outDir', outDir], {
      env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('alpha-index.mdx:17: awards[0].category: "十佳" is not a category of prize-2022');
    expect(output).toContain('body: <script> is not allowed');
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

it('astro build stops at the content gate on an entry that would crash or hang a reader, without a stack trace', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'case-library-gate-'));
  try {
    const content = path.join(dir, 'content');
    cpSync(VALID_FIXTURE, content, { recursive: true });
    const edit = (file: string, more: string) => writeFileSync(path.join(content, file), readFileSync(path.join(content, file), 'utf8') + more);
    // Thousands of nested list items, a few hundred kilobytes of emphasis markers, an alias to nothing:
    // the gate refuses them before the loader or the renderer reads a byte.
    edit('cases/alpha-index.mdx', `${'- '.repeat(3_000)}x\n`);
    edit('cases/beta-audit.mdx', `${'*_'.repeat(150_000)}\n`);
    edit('sources/news-one.yaml', 'extra: *nowhere\n');
    const outDir = path.join(dir, 'dist');
    const result = spawnSync('astro', ['build', '--outDir', outDir], {
      env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 240_000,
      killSignal: 'SIGKILL',
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.error).toBeUndefined();
    expect(result.status).not.toBe(0);
    expect(output).toContain('alpha-index.mdx:31: body: nests lists, quotes or indentation 3000 levels deep');
    expect(output).toMatch(/beta-audit\.mdx:\d+: body: is longer than 20000 characters/);
    expect(output).toContain('news-one.yaml:7: YAML: 别名 *nowhere 没有对应的锚点');
    expect(output).not.toContain('Stack trace');
    expect(output).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);
