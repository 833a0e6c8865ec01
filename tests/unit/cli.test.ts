// Every script in scripts/ answers --help with its usage and refuses an unknown option with exit
// code 2 (scripts/lib/cli.ts).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const scripts = readdirSync('scripts').filter((file) => file.endsWith('.ts'));
const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [`scripts/${script}`, ...args], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

describe('the scripts in scripts/', () => {
  it('are all here', () => {
    expect(scripts).toEqual(expect.arrayContaining(['validate.ts', 'new-entry.ts', 'check-dist.ts', 'check-builds.ts', 'pr-summary.ts', 'test-all.ts', 'bench.ts']));
  });

  it.each(scripts)('%s answers --help and -h with its usage', (script) => {
    for (const flag of ['--help', '-h']) {
      const result = run(script, flag);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^Usage: /);
    }
  });

  it.each(scripts)('%s refuses an unknown option with exit code 2 and its usage', (script) => {
    const result = run(script, '--no-such-option');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--no-such-option');
    expect(result.stderr).toContain('Usage: ');
  });
});
