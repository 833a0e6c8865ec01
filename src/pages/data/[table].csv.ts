// Downloads: cases.csv, metrics.csv and awards.csv, from the dataset's table definitions.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '../../lib/content.ts';
import { csvFile, datasetTables } from '../../lib/dataset.ts';

export const getStaticPaths = (async () => {
  const library = await getLibrary();
  // Only the names are needed here; the URLs in the rows are built in GET with the real site.
  return datasetTables(library, 'https://example.invalid/').map((t) => ({ params: { table: t.name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const dataset = datasetTables(await getLibrary(), String(site)).find((t) => t.name === params.table)!;
  return new Response(csvFile(dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
