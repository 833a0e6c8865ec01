// The compare picker's index: [id, title] of every case, fetched only when the picker runs.
import type { APIRoute } from 'astro';
import { getLibrary } from '../../lib/content.ts';

export const GET: APIRoute = async () => {
  const library = await getLibrary();
  return new Response(JSON.stringify(library.cases.map((c) => [c.id, c.data.title])));
};
