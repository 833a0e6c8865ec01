// Download: every case as one CSV row (UTF-8 with BOM so that spreadsheet programs read Chinese).
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { getLibrary } from '../../lib/content.ts';
import { caseColumns, table } from '../../lib/dataset.ts';

export const GET: APIRoute = async ({ site }) => {
  const library = await getLibrary();
  const csv = stringify(table(caseColumns(library, String(site)), library.cases), { bom: true });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
