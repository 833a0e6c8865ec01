// /data/datapackage.json: the Frictionless Data Package describing every file under /data/.
import type { APIRoute } from 'astro';
import { contentRevision, libraryModifiedAt } from '../../library/case-dates.ts';
import { getLibrary } from '../../library/content.ts';
import { datapackage } from '../../research/datapackage.ts';
import { datasetTables } from '../../research/dataset.ts';
import { paths } from '../../library/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const library = await getLibrary();
  const siteUrl = new URL(paths.home(), site).href;
  const version = { contentRevision: contentRevision(library), created: libraryModifiedAt(library) };
  return new Response(`${JSON.stringify(datapackage(datasetTables(library, siteUrl), siteUrl, version), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
