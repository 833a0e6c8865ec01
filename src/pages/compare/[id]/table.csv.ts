// A curated comparison's table as CSV, linked from its page (no script needed to download it).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { comparisonRows } from '../../../lib/compare.ts';
import { comparisonCsv } from '../../../lib/compare-csv.ts';
import { getLibrary } from '../../../lib/content.ts';

export const getStaticPaths = (async () => (await getCollection('comparisons')).map((comparison) => ({ params: { id: comparison.id }, props: { comparison } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const library = await getLibrary();
  const { comparison } = props as { comparison: Awaited<ReturnType<typeof getCollection<'comparisons'>>>[number] };
  const cases = comparison.data.cases.map((id) => library.caseById(id)!);
  const csv = comparisonCsv(cases.map((c) => ({ id: c.id, title: c.data.title })), comparisonRows(library, cases, comparison.data.dimensions));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
