// Builds the query layer in plain Node (no Astro runtime) from a validated content directory:
// for build steps that run outside pages, such as the search index.
import { formatProblem, validateContent } from '../validation/index.ts';
import { Library, type LibraryInput } from './library.ts';

export function loadLibrary(contentDir: string): { library: Library; bodies: Map<string, string> } {
  const { problems, entries } = validateContent(contentDir);
  if (problems.length > 0) throw new Error(`content has problems:\n${problems.map(formatProblem).join('\n')}`);
  const library = new Library(entries as unknown as LibraryInput);
  const bodies = new Map(entries.cases.map((entry) => [entry.id, entry.body]));
  return { library, bodies };
}
