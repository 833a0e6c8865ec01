// What the RSS feeds carry: the cases most recently added or changed, newest first, each dated by
// the day its last change landed in the library (git history, library/case-dates.ts). The English feed
// can take the same items.
import { caseDates } from './case-dates.ts';
import type { CaseEntry, Library } from './library.ts';

/** How many cases a feed carries. */
export const FEED_SIZE = 50;

export interface FeedItem {
  entry: CaseEntry;
  /** When the entry was added or last changed (its last commit on the built branch). */
  date: Date;
  /** Whether that change was the entry's first publication. */
  added: boolean;
}

/** The `limit` most recently added or changed cases, newest first (ties by ID). */
export function feedItems(library: Library, limit = FEED_SIZE): FeedItem[] {
  return library.cases
    .map((entry) => {
      const dates = caseDates(library, entry);
      return { entry, date: new Date(dates.modifiedAt), added: dates.modifiedAt === dates.publishedAt };
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.entry.id.localeCompare(b.entry.id))
    .slice(0, limit);
}
