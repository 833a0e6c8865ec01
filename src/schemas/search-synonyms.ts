// The search vocabulary of short forms and synonyms: content/search/synonyms.yaml. The search page
// expands a query word with it and says so ("包含：华中科技大学").
import { z } from 'astro/zod';
import { text } from './common.ts';

/** A word people type: Han characters, letters and digits only (no spaces, punctuation or invisible characters). */
const word = text(30, 2).regex(/^[\p{Script=Han}\p{L}\p{N}]+$/u, 'must be one word: Han characters, letters or digits only');

export const synonymGroupSchema = z.strictObject({
  /** What people type, e.g. 华科. */
  short: word,
  /** What it stands for, as the library writes it, e.g. [华中科技大学]. */
  means: z.array(word).min(1, 'must list at least one word').refine((items) => new Set(items).size === items.length, 'must not list the same word twice'),
  /** True when each word also stands for the short form (纪委监委 ↔ 纪委). Default: one way. */
  twoWay: z.boolean().default(false),
});

export const synonymsFileSchema = z.strictObject({
  groups: z.array(synonymGroupSchema).min(1, 'must list at least one group'),
});

export type SynonymGroup = z.infer<typeof synonymGroupSchema>;
