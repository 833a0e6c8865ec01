// Loads the Astro content collections once per build and hands pages the query layer. Build steps
// outside pages use loadLibrary() (load-library.ts), which builds the same Library in plain Node.
import { getCollection } from 'astro:content';
import { Library } from './library.ts';

let library: Promise<Library> | undefined;

export function getLibrary(): Promise<Library> {
  library ??= (async () =>
    new Library({
      cases: await getCollection('cases'),
      sources: await getCollection('sources'),
      awards: await getCollection('awards'),
      editions: await getCollection('editions'),
      taxonomies: await getCollection('taxonomies'),
      comparisons: await getCollection('comparisons'),
    }))();
  return library;
}
