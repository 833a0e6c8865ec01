// One place that maps each content collection to its folder, file type and schema.
import type { z } from 'astro/zod';
import { awardEditionSchema, awardProgrammeSchema } from './award.ts';
import { caseSchema } from './case.ts';
import { comparisonSchema } from './comparison.ts';
import { sourceSchema } from './source.ts';
import { taxonomySchema } from './taxonomy.ts';

export interface CollectionSpec {
  /** Folder under the content directory. */
  folder: string;
  /** File extension of its entries. */
  extension: '.mdx' | '.yaml';
  schema: z.ZodType;
}

export const COLLECTIONS = {
  taxonomies: { folder: 'taxonomies', extension: '.yaml', schema: taxonomySchema },
  sources: { folder: 'sources', extension: '.yaml', schema: sourceSchema },
  awards: { folder: 'awards', extension: '.yaml', schema: awardProgrammeSchema },
  editions: { folder: 'editions', extension: '.yaml', schema: awardEditionSchema },
  cases: { folder: 'cases', extension: '.mdx', schema: caseSchema },
  comparisons: { folder: 'comparisons', extension: '.mdx', schema: comparisonSchema },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

/** An entry's data once its collection's schema has parsed it (defaults applied). */
export type CollectionData<K extends CollectionName> = z.output<(typeof COLLECTIONS)[K]['schema']>;

/** The content directory: `content/` unless CONTENT_DIR names another (the benchmark uses this). */
export function contentDirectory(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR && env.CONTENT_DIR.trim() !== '' ? env.CONTENT_DIR : 'content';
}
