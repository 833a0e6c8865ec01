// The cases' CSL-JSON files as the build writes them beside the pages: by the citation worker
// (citation-worker.ts), or by citation-service.ts where the worker could not.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cslJson, type CitationLanguage, type CslItem } from '../research/citation.ts';

/** Where a case's CSL-JSON file goes, under the site's root: the path its endpoint has. */
export function cslFilePath(id: string, language: CitationLanguage): string {
  return path.join('cases', id, language === 'en' ? 'csl.en.json' : 'csl.json');
}

/** Write each item's CSL-JSON file under `folder`; returns how many. */
export function writeCslFileSet(folder: string, items: CslItem[], language: CitationLanguage): number {
  for (const item of items) {
    const file = path.join(folder, cslFilePath(item.id, language));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, cslJson([item]));
  }
  return items.length;
}
