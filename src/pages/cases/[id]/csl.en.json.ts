// One case's English-variant citation as CSL-JSON: the title as APA 7 cites a Chinese work in English
// text (original [translation]), the item the English page's APA box is rendered from.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { caseCitable } from '../../../research/case-metadata.ts';
import { citationFiles } from '../../../research/citation.ts';
import { citeprocService } from '../../../research/citeproc-service.ts';
import { getLibrary } from '../../../library/content.ts';
import { paths } from '../../../library/urls.ts';

// In a build, the citation worker writes these files beside the pages (research/citeproc-service.ts).
export const getStaticPaths = (async () => (citeprocService()?.writeCslFiles ? [] : (await getCollection('cases')).map((entry) => ({ params: { id: entry.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const library = await getLibrary();
  const entry = library.caseById(params.id!)!;
  return new Response(citationFiles.csl([caseCitable(library, entry, new URL(paths.home(), site).href)], 'en'), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
};
