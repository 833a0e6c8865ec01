// Download: every structured metric as one CSV row.
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { getLibrary } from '../../lib/content.ts';
import { METRIC_COLUMNS, metricRows, table } from '../../lib/dataset.ts';

export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const csv = stringify(table(METRIC_COLUMNS, metricRows(library)), { bom: true });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
