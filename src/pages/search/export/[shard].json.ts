// The search export's data: /search/export/index.json (shard count and column names) and
// /search/export/<n>.json (the cases.csv rows of one shard), sharded like the compare data.
import type { APIRoute, GetStaticPaths } from 'astro';
import { compareShard, compareShardCount } from '../../../library/compare.ts';
import { getLibrary } from '../../../library/content.ts';
import { caseColumns } from '../../../research/dataset.ts';
import type { ExportIndex, ExportShard } from '../../../search/export.ts';
import { paths } from '../../../library/urls.ts';

export const getStaticPaths = (async () => {
  const library = await getLibrary();
  const count = compareShardCount(library.cases.length);
  return [{ params: { shard: 'index' } }, ...Array.from({ length: count }, (_, shard) => ({ params: { shard: String(shard) } }))];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const library = await getLibrary();
  const columns = caseColumns(library, new URL(paths.home(), site).href);
  const shardCount = compareShardCount(library.cases.length);
  if (params.shard === 'index') {
    return new Response(JSON.stringify({ shardCount, columns: columns.map((c) => c.name), caseIds: library.cases.map((c) => c.id) } satisfies ExportIndex));
  }
  const shard: ExportShard = {};
  for (const entry of library.cases) {
    if (compareShard(entry.id, shardCount) === Number(params.shard)) shard[entry.id] = columns.map((c) => c.value(entry) ?? '');
  }
  return new Response(JSON.stringify(shard));
};
