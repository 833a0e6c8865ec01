// The cases' CSL-JSON files as the build writes them beside the pages: by the citation worker
// (citation-worker.ts), or by citation-service.ts where the worker could not.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cslJson, type CitationLanguage, type CslItem } from '../research/citation.ts';

/** Where a case's CSL-JSON file goes, under the site's root: the path its endpoint has. */
export function cslFilePath(id: string, language: CitationLanguage): string {
  return path.join('cases', id, language === 'en' ? 'csl.en.json' : 'csl.json');
}

/**
 * A case's file in the staging folder: flat, named by the path it will have (cases/<id>/csl.json is
 * cases~<id>~csl.json; IDs are kebab-case), so that the folder holds no sub-folders to create and
 * remove (removing 5,000 emptied folders took the build 1 to 2 s).
 */
export const stagedName = (sitePath: string): string => sitePath.split(path.sep).join('~');

/** The site path of a staged file's name. */
export const sitePathOf = (staged: string): string => staged.split('~').join(path.sep);

/** Write each item's CSL-JSON file into the staging `folder`; returns how many. */
export function writeCslFileSet(folder: string, items: CslItem[], language: CitationLanguage): number {
  for (const item of items) writeFileSync(path.join(folder, stagedName(cslFilePath(item.id, language))), cslJson([item]));
  return items.length;
}
