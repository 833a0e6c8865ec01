import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium through playwright-core against the built site in dist/
// (run `npm run build` first; `npm test` does). One Chromium and one static server for the run
// (tests/support/shared-browser.ts); the test files connect to them, two files at a time: a test
// spends most of its time waiting (for a page to load, for the browser to answer), so a second
// file uses what the first leaves of two cores. The files of a worker share imported modules
// (`isolate: false`): no file changes state that another imports.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/support/shared-browser.ts'],
    isolate: false,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
