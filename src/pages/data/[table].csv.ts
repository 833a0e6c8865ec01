// Downloads: cases.csv, metrics.csv and awards.csv (UTF-8 without BOM, the described resources),
// their spreadsheet copies *.excel.csv (the same bytes after a BOM), and codebook.csv, all from the
// dataset's table definitions.
import type { APIRoute, GetStaticPaths } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { getLibrary } from '../../library/content.ts';
import { CODEBOOK_FILE, codebookTable } from '../../research/datapackage.ts';
import { csvFile, datasetTables, excelFileName } from '../../research/dataset.ts';

const stem = (file: string) => file.replace(/\.csv$/, '');

export const getStaticPaths = (async () => {
  const library = await getLibrary();
  // Only the names are needed here; the URLs in the rows are built in GET with the real site.
  const files = datasetTables(library, 'https://example.invalid/').flatMap((t) => [t.file, excelFileName(t.file)]);
  return [...files, CODEBOOK_FILE].map((file) => ({ params: { table: stem(file) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const tables = datasetTables(await getLibrary(), String(site));
  const file = `${params.table}.csv`;
  const headers = { 'Content-Type': 'text/csv; charset=utf-8' };
  if (file === CODEBOOK_FILE) return new Response(stringify(codebookTable(tables)), { headers });
  const table = tables.find((t) => t.file === file);
  if (table) return new Response(csvFile(table), { headers });
  return new Response(csvFile(tables.find((t) => excelFileName(t.file) === file)!, { excel: true }), { headers });
};
