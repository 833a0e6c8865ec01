// The bench's floor (scripts/bench.ts): a bare Astro 7 site with as many pages as the library's
// build at the same number of cases, built the way the Astro and Pagefind docs show and indexed
// afterwards by the Pagefind CLI. Nothing of the library is imported here.
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  // A fresh cache for each run, as the library's build gets (src/config.ts contentCacheDir).
  ...(process.env.BARE_CACHE_DIR ? { cacheDir: process.env.BARE_CACHE_DIR } : {}),
});
