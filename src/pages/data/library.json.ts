// Download: the whole library as JSON, entries exactly as validated (IDs reference each other).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

export const GET: APIRoute = async () => {
  const strip = <T extends { id: string; data: unknown }>(entries: T[]) =>
    entries.map(({ id, data }) => ({ id, ...(data as object) })).sort((a, b) => a.id.localeCompare(b.id));
  const body = {
    licence: 'CC BY 4.0',
    cases: strip(await getCollection('cases')),
    sources: strip(await getCollection('sources')),
    awards: strip(await getCollection('awards')),
    editions: strip(await getCollection('editions')),
    taxonomies: strip(await getCollection('taxonomies')),
    comparisons: strip(await getCollection('comparisons')),
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
