// Curated comparisons: 2–6 cases side by side, with an editorial body.
import { z } from 'astro/zod';
import { entryId, fullDate, text, uniqueList } from './common.ts';
import { COMPARE_CASES, COMPARISON_DIMENSIONS } from './constants.ts';

export { COMPARISON_DIMENSIONS };

export const comparisonSchema = z.strictObject({
  /** Title of the comparison. */
  title: text(60, 2),
  /** What is compared and why (10–200 characters). */
  summary: text(200, 10),
  /** English title and introduction. Default: none yet. */
  en: z.strictObject({ title: text(160, 2), summary: text(600, 10) }).optional(),
  /** 2–6 case IDs, in column order. */
  cases: uniqueList(entryId, COMPARE_CASES),
  /** Rows to show. Default: all. */
  dimensions: uniqueList(z.enum(COMPARISON_DIMENSIONS)).default([...COMPARISON_DIMENSIONS]),
  /** When an editor last checked it. */
  lastReviewed: fullDate,
});

export type ComparisonData = z.infer<typeof comparisonSchema>;
