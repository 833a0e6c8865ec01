// Loads the Astro content collections once per build and hands pages the query layer. Build steps
// outside pages use loadLibrary() (load-library.ts), which builds the same Library in plain Node.
import { getCollection } from 'astro:content';
import { contentDir } from 'virtual:case-library/settings';
import { attachCaseHistory, historyWarning, readCaseHistory } from './case-dates.ts';
import { Library } from './library.ts';

let library: Promise<Library> | undefined;

export function getLibrary(): Promise<Library> {
  library ??= (async () => {
    const built = new Library({
      cases: await getCollection('cases'),
      sources: await getCollection('sources'),
      awards: await getCollection('awards'),
      editions: await getCollection('editions'),
      taxonomies: await getCollection('taxonomies'),
      comparisons: await getCollection('comparisons'),
    });
    // First-published and last-changed dates of every case, from one git log (library/case-dates.ts).
    attachCaseHistory(built, readCaseHistory(contentDir));
    const warning = historyWarning(built);
    if (warning) console.warn(`[case-library] ${warning}`);
    return built;
  })();
  return library;
}
