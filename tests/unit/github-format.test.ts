import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGithubAnnotation } from '../../src/validation/github-format.ts';
import { VALID_FIXTURE } from '../support/fixture.ts';

describe('validation problems as GitHub workflow commands', () => {
  it('names the file, the line and the field', () => {
    expect(formatGithubAnnotation({ file: 'content/cases/a.mdx', line: 15, field: 'awards[0].category', message: 'is required' })).toBe(
      '::error file=content/cases/a.mdx,line=15,title=awards[0].category::is required',
    );
  });

  it('leaves out the title when the problem concerns the whole file', () => {
    expect(formatGithubAnnotation({ file: 'content/cases/a.mdx', line: 1, field: '', message: 'is not valid UTF-8 text' })).toBe(
      '::error file=content/cases/a.mdx,line=1::is not valid UTF-8 text',
    );
  });

  it('escapes percent signs and line breaks in the message, and keeps its colons, commas and Chinese', () => {
    const message = '"50%" is not a number:\r\ntry 0.5, or 一半';
    expect(formatGithubAnnotation({ file: 'content/cases/a.mdx', line: 3, field: 'metrics[0].value', message })).toBe(
      '::error file=content/cases/a.mdx,line=3,title=metrics[0].value::"50%25" is not a number:%0D%0Atry 0.5, or 一半',
    );
  });

  it('escapes colons, commas, percent signs and line breaks inside property values', () => {
    expect(formatGithubAnnotation({ file: 'content/a,b:c%.mdx', line: 2, field: 'x:y,z\n', message: 'm' })).toBe(
      '::error file=content/a%2Cb%3Ac%25.mdx,line=2,title=x%3Ay%2Cz%0A::m',
    );
  });
});

describe('npm run validate -- --format=github', () => {
  it('prints one workflow command per problem on stdout and exits 1', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'validate-github-'));
    try {
      cpSync(VALID_FIXTURE, path.join(dir, 'content'), { recursive: true });
      const caseFile = path.join(dir, 'content/cases/alpha-index.mdx');
      writeFileSync(caseFile, readFileSync(caseFile, 'utf8').replace(/^completeness:/m, 'completness:'));
      const script = path.resolve(import.meta.dirname, '../../scripts/validate.ts');
      const result = spawnSync(process.execPath, [script, '--content', 'content', '--format=github'], { cwd: dir, encoding: 'utf8' });
      expect(result.status).toBe(1);
      const lines = result.stdout.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(new RegExp(`^::error file=content/cases/alpha-index.mdx,line=\\d+,title=completeness::is required$`));
      expect(lines[1]).toMatch(new RegExp(`^::error file=content/cases/alpha-index.mdx,line=\\d+,title=completness::unknown field`));
      expect(result.stderr).toContain('2 problems');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

