// Field types shared by every collection schema.
import { z } from 'astro/zod';
import { daysInMonth, isCalendarDay } from '../entry/calendar.ts';

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

/** YYYY, YYYY-MM or YYYY-MM-DD: the shape of a date as precise as its source. */
const PARTIAL_DATE_SHAPE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** True when a YYYY, YYYY-MM or YYYY-MM-DD date is on the calendar (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!PARTIAL_DATE_SHAPE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  return day === undefined || isCalendarDay(year, month, day);
}

/** Why a date written in the right shape is still not a date, for the message. */
function calendarMessage(value: string): string {
  const [year, month] = value.split('-').map(Number);
  return `${value} is not a date on the calendar (${year}-${String(month).padStart(2, '0')} has ${daysInMonth(year, month)} days)`;
}

/** The first and the last day a partial date can mean: 2024 → 2024-01-01 … 2024-12-31. */
export function dateBounds(value: string): { first: string; last: string } {
  const [year, month, day] = value.split('-').map(Number);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (day !== undefined) return { first: value, last: value };
  if (month !== undefined) return { first: `${value}-01`, last: `${value}-${pad(daysInMonth(year, month))}` };
  return { first: `${value}-01-01`, last: `${value}-12-31` };
}

/** A Date from YAML as the date it names; a year written as a number as text. */
const dateText = (value: unknown) => {
  if (value instanceof Date && !Number.isNaN(value.valueOf())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
};

/**
 * A date only as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD, and a day on the calendar.
 * YAML parsers turn unquoted dates into Date objects and years into numbers; both are normalised
 * back to the string form so that the site never shows more precision than the source gave.
 */
export const partialDate = z.preprocess(
  dateText,
  z
    .string()
    .regex(PARTIAL_DATE_SHAPE, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD')
    .superRefine((value, context) => {
      if (PARTIAL_DATE_SHAPE.test(value) && !isCalendarDate(value)) context.addIssue({ code: 'custom', message: calendarMessage(value) });
    }),
);

/** A full calendar date (YYYY-MM-DD), e.g. for lastReviewed. */
export const fullDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be a full date written YYYY-MM-DD')
    .superRefine((value, context) => {
      if (PARTIAL_DATE_SHAPE.test(value) && value.length === 10 && !isCalendarDate(value)) context.addIssue({ code: 'custom', message: calendarMessage(value) });
    }),
);

/** A date written in figures inside a period (2023-12-13, 2020-01): each must be on the calendar. */
const DATE_IN_TEXT = /(?<![\d-])\d{4}-\d{1,2}(?:-\d{1,2})?(?![\d-])/g;
/** A period written as dates only: a date, or a range start/end. */
const DATE_RANGE = /^\s*([\d-]+)\s*(?:\/\s*([\d-]+)\s*)?$/;

/**
 * The span a figure covers: free text (2024年初至报道时), or dates written YYYY, YYYY-MM or
 * YYYY-MM-DD, a range written start/end (2023-12-13/2024-03-27). A period written only in figures
 * must be such a date or range, with the end not before the start; a date inside words must be on
 * the calendar.
 */
export const periodText = (max: number) =>
  text(max)
    .superRefine((value, context) => {
      const fail = (message: string) => context.addIssue({ code: 'custom', message });
      const range = /^[\d\s/-]+$/.test(value) ? DATE_RANGE.exec(value) : null;
      if (/^[\d\s/-]+$/.test(value) && !range) {
        fail(`"${value}" is not a date or a range: write YYYY, YYYY-MM or YYYY-MM-DD, or start/end such as 2020-01/2020-04`);
        return;
      }
      const dates = range ? [range[1], range[2]].filter((date): date is string => date !== undefined) : [...value.matchAll(DATE_IN_TEXT)].map((match) => match[0]);
      for (const date of dates) {
        if (!PARTIAL_DATE_SHAPE.test(date)) fail(`"${date}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD`);
        else if (!isCalendarDate(date)) fail(calendarMessage(date));
      }
      if (range?.[2] !== undefined && dates.every(isCalendarDate) && dateBounds(range[2]).last < dateBounds(range[1]).first) {
        fail(`ends (${range[2]}) before it starts (${range[1]})`);
      }
    })
    // For forms (the web editor): the same rule as one pattern, except the calendar and the order of the ends.
    .meta({ pattern: periodPattern(max) });

/** A period's length (as `text` counts it, trimmed) and, when it is all figures, its shape as dates. */
function periodPattern(max: number): string {
  const date = PARTIAL_DATE_SHAPE.source.slice(1, -1);
  return `^(?=\\s*(?=\\S)[\\s\\S]{1,${max}}(?<=\\S)\\s*$)(?:(?![\\d\\s/-]+$)|\\s*${date}(?:\\s*/\\s*${date})?\\s*$)`;
}

/**
 * A refinement for an object holding a start and an end date (partial dates, already checked):
 * the end is not before the start, reported at the end's field.
 */
export function endNotBeforeStart<K extends string>(start: K, end: K) {
  return (value: Partial<Record<K, unknown>>, context: z.RefinementCtx) => {
    const from = value[start];
    const to = value[end];
    if (typeof from !== 'string' || typeof to !== 'string' || !isCalendarDate(from) || !isCalendarDate(to)) return;
    if (dateBounds(to).last < dateBounds(from).first) {
      context.addIssue({ code: 'custom', path: [end], message: `${to} is before ${start} ${from}: the end cannot come before the start` });
    }
  };
}

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
