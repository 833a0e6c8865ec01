// Sources: the articles and reports that entries cite, one YAML file each.
import { z } from 'astro/zod';
import { httpUrl, partialDate, text } from './common.ts';

export const SOURCE_TYPES = ['news', 'report', 'official', 'academic', 'web'] as const;
export const SOURCE_LANGUAGES = ['zh-Hans', 'zh-Hant', 'en'] as const;

export const sourceSchema = z.strictObject({
  /** The title as published (kept in its original script). */
  title: text(120),
  /** Publisher or outlet. */
  publisher: text(60),
  /** Authors / reporters, as credited. Default: none. */
  authors: z.array(text(30)).default([]),
  /** Publication date, as precise as known. */
  date: partialDate.optional(),
  /** How the date was inferred, when the source does not print it. */
  dateNote: text(300).optional(),
  /** Where it can be read. */
  url: httpUrl.optional(),
  /** Kind of source. */
  type: z.enum(SOURCE_TYPES),
  /** Language and script of the source text. */
  language: z.enum(SOURCE_LANGUAGES),
  /** Anything a reader should know about the source (e.g. damaged text). */
  note: text(300).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
