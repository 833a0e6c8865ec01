import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium through playwright-core against the built site in dist/
// (run `npm run build` first; `npm test` does). One file at a time: each starts its own browser.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
