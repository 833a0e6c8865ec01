// When each case was first published in the library and when it last changed, read from git at
// build time: one `git log` over the content folder's cases (not one process per file). Every
// format that dates a case (citations, Highwire and Dublin Core tags, JSON-LD, the feed, the
// dataset) asks this module, so they cannot disagree.
//
// Without usable history (no git, a content folder outside a repository such as the benchmark's,
// a shallow clone whose history is cut, or a file not yet committed) a case is dated by its
// `lastReviewed` field instead, and `from` says so; the build prints one warning naming how many
// cases fell back (src/library/content.ts).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { CaseEntry, Library } from './library.ts';

export interface CaseDates {
  /** Day the entry first landed on the built branch (YYYY-MM-DD, in the commit's own time zone). */
  published: string;
  /** Day the last change to the entry landed (YYYY-MM-DD). */
  modified: string;
  /** The same two moments as full ISO timestamps, for ordering the feed. */
  publishedAt: string;
  modifiedAt: string;
  /** Where the dates come from: git history, or the entry's lastReviewed field. */
  from: 'git' | 'lastReviewed';
}

export interface CaseHistory {
  /** Dates by case ID, for the cases git knows. */
  dates: Map<string, Pick<CaseDates, 'publishedAt' | 'modifiedAt'>>;
  /** How many commits on the built branch changed the content folder (0 without history): the dataset version's PATCH. */
  revision: number;
  /** Why git history could not be used at all (undefined when it was read). */
  unavailable?: string;
}

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });

/**
 * Parses `git log --format=%x00%cI --name-only` output (newest commit first): for every case
 * file, the oldest commit that touched it (first published) and the newest (last changed).
 */
export function parseCaseLog(log: string): Map<string, Pick<CaseDates, 'publishedAt' | 'modifiedAt'>> {
  const dates = new Map<string, Pick<CaseDates, 'publishedAt' | 'modifiedAt'>>();
  for (const commit of log.split('\0').slice(1)) {
    const [stamp, ...files] = commit.split('\n').map((line) => line.trim()).filter(Boolean);
    for (const file of files) {
      const match = /(?:^|\/)cases\/([^/]+)\.mdx$/.exec(file);
      if (!match) continue;
      const id = match[1];
      const known = dates.get(id);
      // Newest first: the first time a file is seen is its last change, the last time its first commit.
      if (known) known.publishedAt = stamp;
      else dates.set(id, { publishedAt: stamp, modifiedAt: stamp });
    }
  }
  return dates;
}

/** Reads the history of `<contentDir>/cases` with one git process (plus one to check for a shallow clone). */
export function readCaseHistory(contentDir: string): CaseHistory {
  const dir = path.resolve(contentDir);
  try {
    if (git(dir, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
      return { dates: new Map(), revision: 0, unavailable: 'the repository is a shallow clone, so the first commit of an entry may be missing' };
    }
    // --first-parent with merges diffed against their first parent: a change counts from the day it
    // landed on the branch being built (main), not from when it was written on a feature branch.
    // --no-renames: a renamed file is a new entry ID, first published when it got that name.
    const log = git(dir, ['log', '--first-parent', '--diff-merges=first-parent', '--format=%x00%cI', '--name-only', '--no-renames', '--relative', '--', 'cases']);
    const revision = Number(git(dir, ['rev-list', '--count', '--first-parent', 'HEAD', '--', '.']).trim()) || 0;
    return { dates: parseCaseLog(log), revision };
  } catch {
    return { dates: new Map(), revision: 0, unavailable: 'the content folder is not in a git repository (or git is not installed)' };
  }
}

/** A case's dates from history, or from its lastReviewed field when history has none. */
export function caseDatesFrom(history: CaseHistory, entry: CaseEntry): CaseDates {
  const known = history.dates.get(entry.id);
  if (known) return { published: known.publishedAt.slice(0, 10), modified: known.modifiedAt.slice(0, 10), ...known, from: 'git' };
  const reviewed = entry.data.lastReviewed;
  return { published: reviewed, modified: reviewed, publishedAt: `${reviewed}T00:00:00Z`, modifiedAt: `${reviewed}T00:00:00Z`, from: 'lastReviewed' };
}

const histories = new WeakMap<Library, CaseHistory>();

/** Attaches the history read for a library's content folder (getLibrary() and loadLibrary() do this). */
export function attachCaseHistory(library: Library, history: CaseHistory): void {
  histories.set(library, history);
}

/** A case's dates; a library without attached history (a test's hand-made one) uses lastReviewed. */
export function caseDates(library: Library, entry: CaseEntry): CaseDates {
  return caseDatesFrom(histories.get(library) ?? { dates: new Map(), revision: 0, unavailable: 'no history attached' }, entry);
}

/** The content revision of a library's folder (0 without history). */
export function contentRevision(library: Library): number {
  return histories.get(library)?.revision ?? 0;
}

/** The latest change of any case as an ISO date-time ('' for an empty library): the dataset's date. */
export function libraryModifiedAt(library: Library): string {
  let latest = '';
  let latestTime = -Infinity;
  for (const entry of library.cases) {
    const at = caseDates(library, entry).modifiedAt;
    const time = Date.parse(at);
    if (time > latestTime) [latest, latestTime] = [at, time];
  }
  return latest;
}

/** The one-line build warning when some cases are dated by lastReviewed, or undefined. */
export function historyWarning(library: Library): string | undefined {
  const history = histories.get(library);
  const fallback = library.cases.filter((entry) => caseDates(library, entry).from === 'lastReviewed');
  if (fallback.length === 0) return undefined;
  const why = history?.unavailable ?? 'they are not committed yet';
  return `case dates: ${fallback.length} of ${library.cases.length} cases are dated by lastReviewed instead of git history (${why}).`;
}

let versionDate: string | undefined;

/**
 * The day of the library version being built: SOURCE_DATE_EPOCH when set, else the commit date of
 * HEAD, so that a rebuild of the same commit gives the same files; today (UTC) without git. The
 * citation data carries it as `accessed` (research/citation.ts says why).
 */
export function libraryVersionDate(): string {
  if (versionDate) return versionDate;
  const epoch = process.env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && Number.isFinite(Number(epoch))) versionDate = new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  else {
    let head = '';
    try {
      head = git(process.cwd(), ['log', '-1', '--format=%cI', 'HEAD']).trim().slice(0, 10);
    } catch {
      // no git: today
    }
    versionDate = /^\d{4}-\d{2}-\d{2}$/.test(head) ? head : new Date().toISOString().slice(0, 10);
  }
  return versionDate;
}
