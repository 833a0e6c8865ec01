// Builds the query layer in plain Node (no Astro runtime) from a validated content directory:
// for build steps that run outside pages, such as the search index. Pages use getLibrary()
// (content.ts), which builds the same Library from Astro's collections; both hand the Library
// constructor each collection's entries as its schema typed them (LibraryInput).
import { formatProblem, validateContentOnce, type ValidEntries } from '../validation/index.ts';
import { attachCaseHistory, readCaseHistory } from './case-dates.ts';
import { Library } from './library.ts';

export interface LoadedLibrary {
  library: Library;
  /** MDX body of each case, by ID. */
  bodies: Map<string, string>;
  /** Plain text of each case's body, by ID. */
  bodyTexts: Map<string, string>;
}

export function loadLibrary(contentDir: string): LoadedLibrary {
  const { problems, entries } = validateContentOnce(contentDir);
  if (problems.length > 0) throw new Error(`content has problems:\n${problems.map(formatProblem).join('\n')}`);
  return libraryOf(contentDir, entries);
}

/**
 * The Library of entries validated already, in this thread or another (the build's English index
 * is made in a worker thread from the content gate's entries, not by reading every file again).
 */
export function libraryOf(contentDir: string, entries: ValidEntries): LoadedLibrary {
  const library = new Library(entries);
  attachCaseHistory(library, readCaseHistory(contentDir));
  const bodies = new Map(entries.cases.map((entry) => [entry.id, entry.body]));
  const bodyTexts = new Map(entries.cases.map((entry) => [entry.id, entry.bodyText]));
  return { library, bodies, bodyTexts };
}
