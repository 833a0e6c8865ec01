// npm test: everything the project checks, stopping at the first failing step. Two stages:
//  1. validate → import rules → astro check → build (with search index), beside the unit and
//     content tests;
//  2. the browser tests, beside the quality gates on dist/ (HTML validity, links, JavaScript
//     budget) and the reproducible, base-path and sharded-index builds.
// Accessibility runs inside the browser tests. Before any of it, finds (or installs) Chromium and Java.
import { spawn, type ChildProcess } from 'node:child_process';
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

/**
 * The steps in stages: a stage's lanes run at the same time, the steps of a lane one after another;
 * a stage starts when the one before it has passed. On two cores no step keeps both busy all the
 * time (astro check and the build mostly use one, the browser tests wait for pages), so the unit
 * tests run beside the static checks and the build, and the gates on dist/ beside the browser
 * tests. Lanes that run together share nothing they write: the builds of check-builds go to their
 * own folders, and the unit tests' builds use another content folder with its own cache.
 */
const stages: Step[][][] = [
  [
    [
      { name: 'validate content', command: ['node', 'scripts/validate.ts'] },
      { name: 'import rules (.dependency-cruiser.cjs)', command: ['depcruise', 'src', 'scripts', 'astro.config.mjs', '--config', '.dependency-cruiser.cjs'] },
      { name: 'astro check', command: ['astro', 'check', '--minimumSeverity', 'warning'] },
      ...(options['skip-build'] ? [] : [{ name: 'build', command: ['astro', 'build'] }]),
    ],
    [{ name: 'unit and content tests', command: ['vitest', 'run'] }],
  ],
  [
    [{ name: 'browser tests', command: ['vitest', 'run', '--config', 'vitest.browser.config.ts'] }],
    [
      { name: 'gates on dist/: HTML validity, links, JavaScript budget', command: ['node', 'scripts/check-dist.ts'] },
      { name: 'reproducible, base-path and sharded-index builds', command: ['node', 'scripts/check-builds.ts'] },
    ],
  ],
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
  for (const [name, seconds] of timings) console.log(`${seconds.toFixed(1).padStart(7)} s  ${name}`);
  return total;
};
const running = new Set<ChildProcess>();

let stopping = false;

/**
 * Run one step. The first lane of a stage shows its output as it comes; the other lanes' output is
 * held and printed whole when their step ends, so that lines of two steps never interleave. Each
 * step is a process group of its own, so that a failure elsewhere stops it with all it started.
 */
function runStep(step: Step, live: boolean): Promise<boolean> {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}${live ? '' : ' (alongside; its output when it ends)'}`);
  const stepStart = performance.now();
  const child = spawn(step.command[0], step.command.slice(1), { env, detached: true, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    const done = (ok: boolean, problem = '') => {
      running.delete(child);
      const seconds = (performance.now() - stepStart) / 1000;
      timings.push([step.name, seconds]);
      if (!ok && stopping) {
        console.log(`■ ${step.name}: stopped after ${seconds.toFixed(1)} s, as another step failed`);
        return resolve(false);
      }
      if (!live) console.log(`\n── ${step.name} ──\n${Buffer.concat(output).toString('utf8').trimEnd()}`);
      console.log(ok ? `✓ ${step.name} (${seconds.toFixed(1)} s)` : `\n✗ ${step.name} failed after ${seconds.toFixed(1)} s${problem}\n`);
      resolve(ok);
    };
    child.once('error', (error) => done(false, `: ${error.message}`));
    child.once('close', (code) => done(code === 0));
  });
}

/** Stop every step still running (the other lanes of a failed stage). */
function stopAll(): void {
  stopping = true;
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // it has ended
    }
  }
}

let passed = 0;
for (const stage of stages) {
  const lanes = stage.filter((lane) => lane.length > 0);
  const results = await Promise.all(
    lanes.map(async (lane, laneIndex) => {
      for (const step of lane) {
        if (stopping) return false;
        if (!(await runStep(step, laneIndex === 0))) {
          stopAll();
          return false;
        }
        passed++;
      }
      return true;
    }),
  );
  if (results.includes(false)) {
    summary();
    console.log(`\n${passed} passed, 1 failed`);
    process.exit(1);
  }
}
console.log('');
console.log(`\nall checks passed in ${summary().toFixed(0)} s (the steps' own times overlap: lanes run side by side)`);
console.log(`${passed} passed, 0 failed`);
