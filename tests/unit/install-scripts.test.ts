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

/** The version of each package whose install script was read and approved. */
const REVIEWED: Record<string, string> = {
  node: '24.21.0', // preinstall: installs the Node 24 binary every npm script runs on
  esbuild: '0.28.2', // postinstall: checks its platform binary
};

const withInstallScripts = Object.entries(lock.packages)
  .filter(([location, entry]) => location !== '' && entry.hasInstallScript)
  .map(([location, entry]) => ({ name: location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length), ...entry }));

describe('install scripts', () => {
  it('has a recorded decision for every locked package with install scripts', () => {
    const undecided = withInstallScripts.filter(({ name, version }) => !(name in allowScripts) && !(`${name}@${version}` in allowScripts));
    expect(undecided.map(({ name, version }) => `${name}@${version}`)).toEqual([]);
  });

  it('approves only the versions that were reviewed, so an upgrade is reviewed again', () => {
    // npm 11 can only honour a pinned approval (name@version) against a registry URL in the lock
    // file, and this lock file records none, so package.json approves by name and the pin lives here.
    const approved = Object.entries(allowScripts).filter(([, allowed]) => allowed).map(([name]) => name);
    expect(approved.sort()).toEqual(Object.keys(REVIEWED).sort());
    for (const name of approved) {
      const locked = withInstallScripts.filter((entry) => entry.name === name).map((entry) => entry.version);
      expect(locked, `${name}: reviewed ${REVIEWED[name]}, locked ${locked.join(', ')}`).toEqual([REVIEWED[name]]);
    }
  });

  it('runs Node 24 and esbuild set-up, and never the Java downloader of vnu-jar', () => {
    expect(allowScripts.node).toBe(true);
    expect(allowScripts.esbuild).toBe(true);
    expect(allowScripts['vnu-jar']).toBe(false);
  });
});
