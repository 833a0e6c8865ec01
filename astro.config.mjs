// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentGate } from './src/integrations/content-gate.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { contentDirectory } from './src/schemas/index.ts';

const contentDir = contentDirectory();

/**
 * Every MDX module triggers a harmless MODULE_LEVEL_DIRECTIVE warning (withastro/astro#18087);
 * drop it so that real warnings stay visible.
 * @param {{ code?: string }} warning
 * @param {(warning: any) => void} warn
 */
function onwarn(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
  warn(warning);
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [contentGate(contentDir), mdx(), searchIndex(contentDir)],
  vite: {
    build: { rollupOptions: { onwarn } },
  },
});
