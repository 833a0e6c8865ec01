import { defineConfig } from 'vitest/config';

// Unit and content tests. Browser tests run separately against a built site (npm run test:browser).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
  },
});
