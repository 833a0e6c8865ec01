// Astro content collections: each loads one folder of content/ with its schema from src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, contentDirectory } from './schemas/index.ts';

const root = contentDirectory();
const load = (name: keyof typeof COLLECTIONS) =>
  defineCollection({
    loader: glob({ pattern: `*${COLLECTIONS[name].extension}`, base: `${root}/${COLLECTIONS[name].folder}` }),
    schema: COLLECTIONS[name].schema,
  });

export const collections = {
  taxonomies: load('taxonomies'),
  sources: load('sources'),
  awards: load('awards'),
  editions: load('editions'),
  cases: load('cases'),
  comparisons: load('comparisons'),
};
