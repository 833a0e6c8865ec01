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
  /** How contributors see the collection named: in the web editor and the pull-request summary. */
  label: string;
  schema: z.ZodType;
}

export const COLLECTIONS = {
  taxonomies: { folder: 'taxonomies', extension: '.yaml', label: '分类词表', schema: taxonomySchema },
  sources: { folder: 'sources', extension: '.yaml', label: '来源', schema: sourceSchema },
  awards: { folder: 'awards', extension: '.yaml', label: '评选项目', schema: awardProgrammeSchema },
  editions: { folder: 'editions', extension: '.yaml', label: '评选届次', schema: awardEditionSchema },
  cases: { folder: 'cases', extension: '.mdx', label: '案例', schema: caseSchema },
  comparisons: { folder: 'comparisons', extension: '.mdx', label: '比较', schema: comparisonSchema },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

/** An entry's data once its collection's schema has parsed it (defaults applied). */
export type CollectionData<K extends CollectionName> = z.output<(typeof COLLECTIONS)[K]['schema']>;
