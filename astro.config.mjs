// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { citationService } from './src/integrations/citation-service.ts';
import { contentGate } from './src/integrations/content-gate.ts';
import { baseLinks } from './src/loaders/render-body.ts';
import { decapCms } from './src/integrations/decap-cms.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemapAlternates } from './src/integrations/sitemap-alternates.ts';
import { siteSettings } from './src/integrations/settings.ts';
import { readSettings } from './src/config.ts';
import { DEFAULT_LOCALE, LANGUAGE_TAGS, LOCALES } from './src/i18n/locales.ts';

// The only place the build reads the environment (src/config.ts).
const settings = readSettings();

// The sitemap lists every page the build writes; the 404 page and the web editor are not for search
// engines. Each page lists its twin in the other language as an alternate (xhtml:link hreflang),
// found in one pass over the pages (the sitemap's own i18n option compares every page with every
// other one).
const sitemapLinks = sitemapAlternates(settings.siteUrl, settings.basePath, DEFAULT_LOCALE, LANGUAGE_TAGS, (page) => !/\/(404|admin)\/?$|\/admin\//.test(new URL(page).pathname));

export default defineConfig({
  site: settings.siteUrl,
  base: settings.basePath,
  ...(settings.contentCacheDir ? { cacheDir: settings.contentCacheDir } : {}),
  trailingSlash: 'always',
  // Chinese first at /, English under /en/ (src/i18n/locales.ts). Every page has its twin in
  // src/pages/en/; there is no fallback, so a missing twin is a missing page (tests/content/i18n-twins).
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
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
    siteSettings(settings),
    // Compiles the editorial pages maintainers write (src/pages/**/*.mdx), with Astro's own Markdown
    // processor; their Markdown links to site paths get the base path as entry bodies' links do.
    // Contributed entries in content/ never reach it: their loader (src/loaders/entry-loader.ts)
    // renders them as Markdown.
    mdx({ processor: satteri({ hastPlugins: [baseLinks(settings.basePath)] }) }),
    contentGate(settings.contentDir),
    // Formats the case pages' citations with citeproc-js in a worker thread, beside the pages.
    citationService(),
    sitemap({ filter: sitemapLinks.filter, serialize: sitemapLinks.serialize }),
    searchIndex(settings.contentDir, settings.searchIndex),
    decapCms(),
  ],
});
