import { describe, expect, it } from 'vitest';
import { planSystemTools, type SystemFacts } from '../../scripts/lib/system-tools.ts';

const DEBIAN_PATH = '/usr/local/bin:/usr/bin:/bin';

function machine(files: string[], overrides: Partial<Omit<SystemFacts, 'isExecutable'>> = {}): SystemFacts {
  const present = new Set(files);
  return {
    env: { PATH: DEBIAN_PATH },
    platform: 'linux',
    isRoot: true,
    ...overrides,
    isExecutable: (file) => present.has(file),
  };
}

describe('finding the browser and Java', () => {
  it('uses Debian Chromium and the java on PATH when both are installed', () => {
    expect(planSystemTools(machine(['/usr/bin/chromium', '/usr/bin/java', '/usr/bin/apt-get']))).toEqual({
      kind: 'ready',
      paths: { browser: '/usr/bin/chromium', java: '/usr/bin/java' },
    });
  });

  it("prefers Debian Chromium's headless shell where the full browser is installed too", () => {
    expect(planSystemTools(machine(['/usr/bin/chromium', '/usr/bin/chromium-headless-shell', '/usr/bin/java']))).toMatchObject({
      kind: 'ready',
      paths: { browser: '/usr/bin/chromium-headless-shell' },
    });
  });

  it.each(['/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'])(
    'finds a browser installed only at %s',
    (browser) => {
      expect(planSystemTools(machine([browser, '/usr/bin/java']))).toMatchObject({ kind: 'ready', paths: { browser } });
    },
  );

  it('prefers CHROMIUM_PATH over the system browser', () => {
    const facts = machine(['/usr/bin/chromium', '/opt/chrome/chrome', '/usr/bin/java'], { env: { PATH: DEBIAN_PATH, CHROMIUM_PATH: '/opt/chrome/chrome' } });
    expect(planSystemTools(facts)).toMatchObject({ kind: 'ready', paths: { browser: '/opt/chrome/chrome' } });
  });

  it('reports a CHROMIUM_PATH that points nowhere instead of installing or falling back', () => {
    const facts = machine(['/usr/bin/chromium', '/usr/bin/java', '/usr/bin/apt-get'], { env: { PATH: DEBIAN_PATH, CHROMIUM_PATH: '/opt/missing/chrome' } });
    const plan = planSystemTools(facts);
    expect(plan.kind).toBe('missing');
    expect(plan.kind === 'missing' && plan.message).toContain('CHROMIUM_PATH is set to /opt/missing/chrome');
  });

  it('finds Chrome on macOS, in /Applications or the home folder', () => {
    const system = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const personal = '/Users/li/Applications/Chromium.app/Contents/MacOS/Chromium';
    const env = { PATH: '/opt/homebrew/bin:/usr/bin', HOME: '/Users/li' };
    expect(planSystemTools(machine([system, '/usr/bin/java'], { platform: 'darwin', env }))).toMatchObject({ kind: 'ready', paths: { browser: system } });
    expect(planSystemTools(machine([personal, '/usr/bin/java'], { platform: 'darwin', env }))).toMatchObject({ kind: 'ready', paths: { browser: personal } });
  });

  it('takes the first java on PATH, which the Nu Html Checker runs, else $JAVA_HOME/bin/java', () => {
    const env = { PATH: DEBIAN_PATH, JAVA_HOME: '/opt/jdk-21' };
    expect(planSystemTools(machine(['/usr/bin/chromium', '/usr/bin/java', '/usr/local/bin/java', '/opt/jdk-21/bin/java'], { env }))).toMatchObject({ paths: { java: '/usr/local/bin/java' } });
    expect(planSystemTools(machine(['/usr/bin/chromium', '/opt/jdk-21/bin/java'], { env }))).toMatchObject({ paths: { java: '/opt/jdk-21/bin/java' } });
  });

  it('looks only for the tools asked for', () => {
    expect(planSystemTools(machine(['/usr/bin/chromium']), ['browser'])).toEqual({ kind: 'ready', paths: { browser: '/usr/bin/chromium', java: undefined } });
  });
});

describe('installing what is missing', () => {
  it("installs Chromium's headless shell and Java with apt-get as root on Debian: one update, then one install", () => {
    expect(planSystemTools(machine(['/usr/bin/apt-get']))).toEqual({
      kind: 'install',
      missing: ['browser', 'java'],
      packages: ['chromium-headless-shell', 'default-jre-headless'],
      commands: [
        ['/usr/bin/apt-get', 'update', '-qq'],
        ['/usr/bin/apt-get', 'install', '-y', '-qq', 'chromium-headless-shell', 'default-jre-headless'],
      ],
    });
  });

  it('installs only Java when a browser is already there', () => {
    const plan = planSystemTools(machine(['/usr/bin/google-chrome', '/usr/bin/apt-get']));
    expect(plan).toMatchObject({ kind: 'install', missing: ['java'], packages: ['default-jre-headless'] });
  });
});

describe('stopping with one clear message', () => {
  it('gives a user without root the exact sudo command', () => {
    const plan = planSystemTools(machine(['/usr/bin/apt-get', '/usr/bin/java'], { isRoot: false }));
    expect(plan).toMatchObject({ kind: 'missing', missing: ['browser'] });
    expect(plan.kind === 'missing' && plan.message).toBe(
      'npm test needs Chromium or Chrome (for the browser tests): not found on this machine. Install it with:\n' +
        '  sudo apt-get update && sudo apt-get install -y chromium-headless-shell\n' +
        'or name a browser installed elsewhere with CHROMIUM_PATH=/path/to/chrome.',
    );
  });

  it('names both tools and both packages when both are missing', () => {
    const plan = planSystemTools(machine(['/usr/bin/apt-get'], { isRoot: false }));
    expect(plan.kind === 'missing' && plan.message).toContain('Chromium or Chrome (for the browser tests) and Java (for the Nu Html Checker)');
    expect(plan.kind === 'missing' && plan.message).toContain('sudo apt-get install -y chromium-headless-shell default-jre-headless');
  });

  it('gives the Homebrew command on macOS', () => {
    const plan = planSystemTools(machine([], { platform: 'darwin', env: { PATH: '/usr/bin', HOME: '/Users/li' } }));
    expect(plan.kind === 'missing' && plan.message).toContain('brew install --cask google-chrome temurin');
  });

  it('does not try apt-get on a Linux without it', () => {
    const plan = planSystemTools(machine(['/usr/bin/chromium']));
    expect(plan.kind).toBe('missing');
    expect(plan.kind === 'missing' && plan.message).toContain('a Java runtime (11 or later)');
  });
});
