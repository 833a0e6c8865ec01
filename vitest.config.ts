import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit and content tests. Browser tests run separately against a built site (npm run test:browser).
// `isolate: false`: the test files of a worker share imported modules instead of importing them
// again for each file (vitest's import report: 117 modules evaluated 162 times otherwise). No test
// changes shared state (the environment, module variables, an object another file imports), so
// none depends on a fresh import; a new test that has to change such state restores it afterwards.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    isolate: false,
    // One worker per core. vitest's default for a run is one fewer, which on a 2-core machine is a
    // single worker: every file one after another, while the second core waits.
    maxWorkers: os.availableParallelism(),
    // Tests that spawn the CLIs or validate the real content start a validator worker (issue 19's
    // time budget) and Node itself; 5 s, then 30 s, were too tight for them on a 2-core machine loaded
    // by other work, with two test files running at once (a CLI test took 70 s under a load of 17). This is a
    // hang guard, not a performance target (those live in npm run bench).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
