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
  },
});
