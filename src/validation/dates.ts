// Dates that depend on the day the check runs: an entry cannot have been reviewed in the future.
// (Whether a date is on the calendar, and a period's order, are the schemas' rules: src/schemas/common.ts.)
import { isCalendarDate } from '../schemas/common.ts';
import type { LoadedCollections } from './references.ts';
import type { Problem } from './problem.ts';

/** Collections whose entries record when an editor last checked them. */
const REVIEWED = ['cases', 'comparisons'] as const;

/** The latest `lastReviewed` accepted on `today`: the next day in UTC, one day of slack for time zones. */
export function latestReviewDate(today: Date): string {
  return new Date(today.getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export function checkReviewDates(collections: LoadedCollections, today: Date, problems: Problem[]): void {
  const latest = latestReviewDate(today);
  for (const name of REVIEWED) {
    for (const entry of collections[name]?.values() ?? []) {
      const raw = (entry.data as { lastReviewed?: unknown } | undefined)?.lastReviewed;
      const value = raw instanceof Date && !Number.isNaN(raw.valueOf()) ? raw.toISOString().slice(0, 10) : raw;
      if (typeof value !== 'string' || value.length !== 10 || !isCalendarDate(value) || value <= latest) continue;
      problems.push({
        file: entry.file,
        line: entry.lineOf(['lastReviewed']),
        field: 'lastReviewed',
        message: `${value} is in the future (today is ${today.toISOString().slice(0, 10)}): write the day the entry was checked against its sources`,
      });
    }
  }
}
