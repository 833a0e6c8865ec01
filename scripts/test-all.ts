// npm test: everything the project checks, in order, stopping at the first failing step.
// validate → import rules → astro check → unit and content tests → build (with search index) → browser tests →
// quality gates (accessibility runs inside the browser tests; HTML validity, links, CSP and
// reproducibility run on dist/). Before any of it, finds (or installs) Chromium and Java.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseCommandLine } from './lib/cli.ts';
import { provisionSystemTools } from './lib/system-tools.ts';

const USAGE = `Usage: npm test [-- --skip-build]

Runs every check in order and stops at the first failure. --skip-build reuses dist/ from the last build.

First finds a Chromium or Chrome (CHROMIUM_PATH, the usual install locations, Chrome on macOS) and
Java (PATH, then JAVA_HOME). Where one is missing and Debian's apt-get can be used (as root), installs
chromium and default-jre-headless; otherwise stops at once and prints the command to install them.`;

const { values: options } = parseCommandLine({ name: 'test', usage: USAGE, options: { 'skip-build': { type: 'boolean' } } });

const tools = provisionSystemTools();
if ('error' in tools) {
  console.error(`\n✗ ${tools.error}`);
  process.exit(1);
}
const { browser, java } = tools.paths as { browser: string; java: string };
console.log(`browser: ${browser}\njava: ${java}`);

interface Step {
  name: string;
  command: string[];
}

const steps: Step[] = [
  { name: 'validate content', command: ['node', 'scripts/validate.ts'] },
  { name: 'import rules (.dependency-cruiser.cjs)', command: ['depcruise', 'src', 'scripts', 'astro.config.mjs', '--config', '.dependency-cruiser.cjs'] },
  { name: 'astro check', command: ['astro', 'check', '--minimumSeverity', 'warning'] },
  { name: 'unit and content tests', command: ['vitest', 'run'] },
  ...(options['skip-build'] ? [] : [{ name: 'build', command: ['astro', 'build'] }]),
  { name: 'browser tests', command: ['vitest', 'run', '--config', 'vitest.browser.config.ts'] },
  { name: 'gates on dist/: HTML validity, links, JavaScript budget', command: ['node', 'scripts/check-dist.ts'] },
  { name: 'reproducible, base-path and sharded-index builds', command: ['node', 'scripts/check-builds.ts'] },
];

// The steps find the browser through CHROMIUM_PATH and run `java` from PATH. Java's folder goes
// last, so that npm's own folders (and with them Node 24) stay first; the first java on PATH is
// the one found, and $JAVA_HOME/bin is used only when PATH has none.
// NODE_COMPILE_CACHE: the steps start Node hundreds of times (each CLI the tests run, each build
// and its workers), loading the same modules; Node keeps their compiled code in this folder
// (checked against each file's content, so an edited file is compiled afresh) instead of compiling
// it each time.
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  CHROMIUM_PATH: browser,
  NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? path.resolve('node_modules/.cache/node-compile-cache'),
  PATH: [process.env.PATH, path.dirname(java)].filter(Boolean).join(path.delimiter),
};
const started = performance.now();
/** Each finished step's seconds, summed up at the end: where the time goes. */
const timings: Array<[name: string, seconds: number]> = [];
const summary = () => {
  const total = (performance.now() - started) / 1000;
  for (const [name, seconds] of timings) console.log(`${seconds.toFixed(1).padStart(7)} s  ${((100 * seconds) / total).toFixed(0).padStart(3)} %  ${name}`);
  return total;
};
let passed = 0;
for (const step of steps) {
  const stepStart = performance.now();
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const result = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit', env });
  const seconds = (performance.now() - stepStart) / 1000;
  timings.push([step.name, seconds]);
  if (result.status !== 0) {
    console.error(`\n✗ ${step.name} failed after ${seconds.toFixed(1)} s\n`);
    summary();
    console.log(`\n${passed} passed, 1 failed`);
    process.exit(1);
  }
  passed++;
  console.log(`✓ ${step.name} (${seconds.toFixed(1)} s)`);
}
console.log('');
console.log(`\nall checks passed in ${summary().toFixed(0)} s`);
console.log(`${passed} passed, 0 failed`);
