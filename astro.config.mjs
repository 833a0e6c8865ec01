// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentGate } from './src/integrations/content-gate.ts';
import { decapCms } from './src/integrations/decap-cms.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { contentDirectory } from './src/schemas/index.ts';

const contentDir = contentDirectory();
const base = process.env.BASE_PATH ?? '/';
// Another content directory (the benchmark's) gets its own content-layer cache, so that the
// data store of one never leaks into a build of the other.
const cacheDir = process.env.CONTENT_DIR ? `${process.env.CONTENT_DIR.replace(/\/$/, '')}-astro-cache` : undefined;

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Pages are rendered four at a time, overlapping file writes with rendering without changing the
  // output (the measurement is in docs/architecture.md).
  build: { concurrency: 4 },
  markdown: {
    // Entry bodies are rendered by src/loaders/render-body.ts; this only affects Markdown pages in
    // src/ (none today). Shiki's inline styles would need CSP exceptions, so it is off.
    syntaxHighlight: false,
  },
  security: {
    // A Content-Security-Policy <meta> on every page: Astro hashes its own scripts and styles; the
    // rest allows exactly what Pagefind needs (its WebAssembly and its worker) and nothing inline.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    contentGate(contentDir),
    // Lists every page the build writes; the 404 page and the web editor are not for search engines.
    sitemap({ filter: (page) => !/\/(404|admin)\/?$|\/admin\//.test(new URL(page).pathname) }),
    searchIndex(contentDir),
    decapCms(),
  ],
});
