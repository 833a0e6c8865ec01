// One case's citation as CSL-JSON (a one-item array, as citation managers import it): the item the
// page's GB/T 7714 and APA boxes are rendered from.
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
  return new Response(citationFiles.csl([caseCitable(library, entry, new URL(paths.home(), site).href)]), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
};
