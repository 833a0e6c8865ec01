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
