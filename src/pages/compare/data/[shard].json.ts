// The compare picker's data, in shards of about 100 cases: { id: facts }. The picker fetches only
// the shards that hold the cases it shows (see compareShard in lib/compare.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { caseFacts, compareShard, compareShardCount, type CaseFacts } from '../../../lib/compare.ts';
import { getLibrary } from '../../../lib/content.ts';

export const getStaticPaths = (async () => {
  const library = await getLibrary();
  const count = compareShardCount(library.cases.length);
  const shards = Array.from({ length: count }, () => ({}) as Record<string, CaseFacts>);
  for (const entry of library.cases) shards[compareShard(entry.id, count)][entry.id] = caseFacts(library, entry);
  return shards.map((facts, shard) => ({ params: { shard: String(shard) }, props: { facts } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.facts));
