// The allowScripts decisions in package.json cover every locked package that has install scripts,
// so that npm 12 (and npm 11 with strict-allow-scripts, as .npmrc sets) installs without surprises.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version: string; resolved?: string; hasInstallScript?: boolean }>;
};
const allowScripts = manifest.allowScripts ?? {};

const withInstallScripts = Object.entries(lock.packages)
  .filter(([location, entry]) => location !== '' && entry.hasInstallScript)
  .map(([location, entry]) => ({ name: location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length), ...entry }));

describe('install scripts', () => {
  it('has a recorded decision for every locked package with install scripts', () => {
    const undecided = withInstallScripts.filter(({ name, version }) => !(name in allowScripts) && !(`${name}@${version}` in allowScripts));
    expect(undecided.map(({ name, version }) => `${name}@${version}`)).toEqual([]);
  });

  it('approves only pinned versions, so an upgrade is reviewed again', () => {
    const approvedByName = Object.entries(allowScripts).filter(([key, allowed]) => allowed && !/^(@[^/]+\/)?[^@]+@\d/.test(key));
    expect(approvedByName.map(([key]) => key)).toEqual([]);
  });

  it('runs Node 24 and esbuild set-up, and never the Java downloader of vnu-jar', () => {
    const version = (name: string) => withInstallScripts.find((entry) => entry.name === name)?.version;
    expect(allowScripts[`node@${version('node')}`]).toBe(true);
    expect(allowScripts[`esbuild@${version('esbuild')}`]).toBe(true);
    expect(allowScripts['vnu-jar']).toBe(false);
  });

  it('keeps the registry URL in the lock file, which npm needs to honour a pinned approval', () => {
    expect(withInstallScripts.filter((entry) => !entry.resolved?.startsWith('https://')).map((entry) => entry.name)).toEqual([]);
  });
});
