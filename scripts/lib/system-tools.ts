// The two programs outside npm that the checks need: a Chromium or Chrome for the browser tests and
// Java for the Nu Html Checker. planSystemTools() decides, from facts about the machine, where each
// one is, what to install, or what to tell the user; findSystemTools() and provisionSystemTools()
// gather those facts and act on the plan. `npm test` and the browser test helper both use this.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export type SystemToolName = 'browser' | 'java';

/** What the plan needs to know about the machine; tests pass their own. */
export interface SystemFacts {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  /** Whether an executable file exists at this absolute path. */
  isExecutable: (file: string) => boolean;
  /** Whether this process runs as root, so that apt-get may install packages. */
  isRoot: boolean;
}

export type SystemToolPlan =
  /** Everything is there. */
  | { kind: 'ready'; paths: Partial<Record<SystemToolName, string>> }
  /** Debian's apt-get can install what is missing: run `commands` in order, then plan again. */
  | { kind: 'install'; missing: SystemToolName[]; packages: string[]; commands: string[][] }
  /** Something is missing and cannot be installed here: show `message` and stop. */
  | { kind: 'missing'; missing: SystemToolName[]; message: string };

export const APT_GET = '/usr/bin/apt-get';

/**
 * Debian packages, in the order they are installed. The browser is Debian's Chromium as its headless
 * shell (the same source and version as the `chromium` package, without the windowed browser
 * around it). On a 2-core machine it took about a quarter of the CPU that the full browser in its
 * headless mode takes to open a context, under half per page load, and half the time for the
 * browser tests (README). It is also the smaller download (64 MB, no GTK).
 */
const DEBIAN_PACKAGES: Record<SystemToolName, string> = { browser: 'chromium-headless-shell', java: 'default-jre-headless' };

/** The headless shell first (above); a full Chromium or Chrome serves as well, only slower. */
const LINUX_BROWSERS = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/var/lib/snapd/snap/bin/chromium',
];

const MACOS_BROWSERS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Where to look for a browser, in order of preference. CHROMIUM_PATH, when set, is the only place. */
export function browserCandidates(facts: Pick<SystemFacts, 'env' | 'platform'>): string[] {
  const chosen = facts.env.CHROMIUM_PATH;
  if (chosen) return [chosen];
  if (facts.platform === 'darwin') {
    const home = facts.env.HOME;
    return [...MACOS_BROWSERS, ...(home ? MACOS_BROWSERS.map((app) => path.posix.join(home, app)) : [])];
  }
  return LINUX_BROWSERS;
}

/**
 * Where to look for Java, in order: every folder on $PATH (the Nu Html Checker runs `java`), then
 * $JAVA_HOME/bin/java, which `npm test` then appends to the PATH of its steps.
 */
export function javaCandidates(facts: Pick<SystemFacts, 'env' | 'platform'>): string[] {
  const executable = facts.platform === 'win32' ? 'java.exe' : 'java';
  const join = facts.platform === 'win32' ? path.win32.join : path.posix.join;
  const separator = facts.platform === 'win32' ? ';' : ':';
  const candidates = (facts.env.PATH ?? '').split(separator).filter(Boolean).map((folder) => join(folder, executable));
  if (facts.env.JAVA_HOME) candidates.push(join(facts.env.JAVA_HOME, 'bin', executable));
  return [...new Set(candidates)];
}

/** Decide where the needed tools are, what to install, or what to tell the user. */
export function planSystemTools(facts: SystemFacts, needed: readonly SystemToolName[] = ['browser', 'java']): SystemToolPlan {
  const browser = needed.includes('browser') ? browserCandidates(facts).find(facts.isExecutable) : undefined;
  const java = needed.includes('java') ? javaCandidates(facts).find(facts.isExecutable) : undefined;
  const missing = needed.filter((tool) => (tool === 'browser' ? !browser : !java));
  if (missing.length === 0) return { kind: 'ready', paths: { browser, java } };

  // A CHROMIUM_PATH that points nowhere is a mistake to report, not a reason to install another browser.
  const chosenBrowser = facts.env.CHROMIUM_PATH;
  if (!browser && chosenBrowser) {
    return {
      kind: 'missing',
      missing,
      message: `CHROMIUM_PATH is set to ${chosenBrowser}, but no executable is there. Point it at a Chromium or Chrome binary, or unset it to use the system's.${missing.includes('java') ? `\n${missingMessage(['java'], facts)}` : ''}`,
    };
  }

  if (facts.platform === 'linux' && facts.isRoot && facts.isExecutable(APT_GET)) {
    const packages = missing.map((tool) => DEBIAN_PACKAGES[tool]);
    return {
      kind: 'install',
      missing,
      packages,
      commands: [
        [APT_GET, 'update', '-qq'],
        [APT_GET, 'install', '-y', '-qq', ...packages],
      ],
    };
  }
  return { kind: 'missing', missing, message: missingMessage(missing, facts) };
}

const TOOL_DESCRIPTIONS: Record<SystemToolName, string> = {
  browser: 'Chromium or Chrome (for the browser tests)',
  java: 'Java (for the Nu Html Checker)',
};

function missingMessage(missing: SystemToolName[], facts: Pick<SystemFacts, 'platform' | 'isExecutable' | 'isRoot'>): string {
  const what = missing.map((tool) => TOOL_DESCRIPTIONS[tool]).join(' and ');
  const lines = [`npm test needs ${what}: not found on this machine. Install ${missing.length === 1 ? 'it' : 'them'} with:`, `  ${installCommand(missing, facts)}`];
  if (missing.includes('browser')) lines.push('or name a browser installed elsewhere with CHROMIUM_PATH=/path/to/chrome.');
  return lines.join('\n');
}

function installCommand(missing: SystemToolName[], facts: Pick<SystemFacts, 'platform' | 'isExecutable' | 'isRoot'>): string {
  if (facts.platform === 'linux' && facts.isExecutable(APT_GET)) {
    const sudo = facts.isRoot ? '' : 'sudo ';
    return `${sudo}apt-get update && ${sudo}apt-get install -y ${missing.map((tool) => DEBIAN_PACKAGES[tool]).join(' ')}`;
  }
  if (facts.platform === 'darwin') {
    return `brew install --cask ${missing.map((tool) => (tool === 'browser' ? 'google-chrome' : 'temurin')).join(' ')}`;
  }
  return missing.map((tool) => (tool === 'browser' ? "your system's chromium package" : 'a Java runtime (11 or later)')).join(' and ');
}

/** The facts of this machine. */
export function currentSystemFacts(env: NodeJS.ProcessEnv = process.env): SystemFacts {
  return {
    env,
    platform: process.platform,
    isExecutable: (file) => {
      try {
        accessSync(file, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    isRoot: process.getuid?.() === 0,
  };
}

/** Find one tool without installing anything; throws the message to show if it is missing. */
export function findSystemTool(tool: SystemToolName, env: NodeJS.ProcessEnv = process.env): string {
  const plan = planSystemTools(currentSystemFacts(env), [tool]);
  if (plan.kind === 'ready' && plan.paths[tool]) return plan.paths[tool];
  if (plan.kind === 'missing') throw new Error(plan.message);
  throw new Error(`${TOOL_DESCRIPTIONS[tool]} not found: \`npm test\` installs it with apt-get, or run: ${plan.kind === 'install' ? plan.commands.map((command) => command.join(' ')).join(' && ') : ''}`);
}

/**
 * Find the browser and Java, installing them with apt-get where the plan says so. Returns their
 * paths, or the message to show when something is missing and cannot be installed here.
 */
export function provisionSystemTools(env: NodeJS.ProcessEnv = process.env, log: (line: string) => void = console.log): { paths: Partial<Record<SystemToolName, string>> } | { error: string } {
  const plan = planSystemTools(currentSystemFacts(env));
  if (plan.kind === 'ready') return { paths: plan.paths };
  if (plan.kind === 'missing') return { error: plan.message };

  log(`${plan.missing.map((tool) => TOOL_DESCRIPTIONS[tool]).join(' and ')}: not found, installing ${plan.packages.join(' ')} with apt-get`);
  for (const command of plan.commands) {
    log(`  ${command.join(' ')}`);
    const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) {
      return { error: `${command.join(' ')} failed (${result.error?.message ?? `exit code ${result.status}`}). Install ${plan.packages.join(' ')} by hand and run npm test again.` };
    }
  }
  const after = planSystemTools(currentSystemFacts(env));
  if (after.kind === 'ready') return { paths: after.paths };
  return { error: `apt-get installed ${plan.packages.join(' ')}, but ${after.missing.map((tool) => TOOL_DESCRIPTIONS[tool]).join(' and ')} still cannot be found.` };
}
