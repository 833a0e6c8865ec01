// Field types shared by every collection schema.
import { z } from 'astro/zod';

/** Stable entry IDs: ASCII kebab-case; they become URLs and citation keys. */
export const ENTRY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * File names of entries must also start with a letter, so that an ID can never collide with a
 * page number (/cases/2/) or another numeric path segment.
 */
export const FILE_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const entryId = z
  .string()
  .regex(ENTRY_ID_PATTERN, 'must be ASCII kebab-case (a-z, 0-9 and single hyphens)');

/**
 * A date only as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD.
 * YAML parsers turn unquoted dates into Date objects and years into numbers; both are normalised
 * back to the string form so that the site never shows more precision than the source gave.
 */
export const partialDate = z.preprocess(
  (value) => {
    if (value instanceof Date && !Number.isNaN(value.valueOf())) return value.toISOString().slice(0, 10);
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    return value;
  },
  z
    .string()
    .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** A full calendar date (YYYY-MM-DD), e.g. for lastReviewed. */
export const fullDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be a full date written YYYY-MM-DD'),
);

/** An absolute http(s) URL. Nothing else may be linked from data. */
export const httpUrl = z
  .string()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an absolute http:// or https:// URL');

/** Non-empty, trimmed text of bounded length. */
export const text = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);

/** A list of distinct items, optionally bounded in length. */
export function uniqueList<T extends z.ZodType<string>>(item: T, bounds: { min?: number; max?: number } = {}) {
  let list = z.array(item);
  if (bounds.min !== undefined) list = list.min(bounds.min, `must list at least ${bounds.min}`);
  if (bounds.max !== undefined) list = list.max(bounds.max, `must list at most ${bounds.max}`);
  return list.refine((items) => new Set(items).size === items.length, 'must not list the same value twice');
}
