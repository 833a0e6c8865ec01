// The same case files' titles, summaries and Markdown bodies, copied by the bench into BARE_CONTENT_DIR
// as plain Markdown with Astro's own glob loader.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const base = process.env.BARE_CONTENT_DIR;
if (!base) throw new Error('BARE_CONTENT_DIR is not set (run this through npm run bench)');

export const collections = {
  cases: defineCollection({
    loader: glob({ pattern: '*.md', base }),
    schema: z.object({ title: z.string(), summary: z.string() }),
  }),
};
