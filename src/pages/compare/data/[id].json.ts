// One case's comparable facts, fetched by the compare picker for the cases it shows.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { caseFacts } from '../../../lib/compare.ts';
import { getLibrary } from '../../../lib/content.ts';

export const getStaticPaths = (async () =>
  (await getCollection('cases')).map((entry) => ({ params: { id: entry.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const library = await getLibrary();
  return new Response(JSON.stringify(caseFacts(library, library.caseById(params.id!)!)));
};
