import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium through playwright-core against the built site in dist/
// (run `npm run build` first; `npm test` does). One Chromium and one static server for the run
// (tests/support/shared-browser.ts); the test files connect to them, one file at a time.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/support/shared-browser.ts'],
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
