// The compare picker's data files and a curated comparison's CSV, per language: the Chinese ones
// under /compare/, the English ones under /en/compare/ (titles and labels in English where written).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { caseFacts, compareShard, compareShardCount, comparisonRows, type CaseFacts } from '../library/compare.ts';
import { comparisonCsv } from '../research/compare-csv.ts';
import { getLibrary } from '../library/content.ts';
import { caseTitle } from '../library/localized.ts';
import type { Locale } from '../i18n/locales.ts';

/** The picker's index: [id, title] of every case, fetched only when the picker runs. */
export const compareIndex = (locale: Locale): APIRoute => async () => {
  const library = await getLibrary();
  return new Response(JSON.stringify(library.cases.map((c) => [c.id, caseTitle(c, locale)])));
};

/** The picker's facts in shards of about 100 cases: { id: facts } (see compareShard in library/compare.ts). */
export const compareShardPaths = (locale: Locale) =>
  (async () => {
    const library = await getLibrary();
    const count = compareShardCount(library.cases.length);
    const shards = Array.from({ length: count }, () => ({}) as Record<string, CaseFacts>);
    for (const entry of library.cases) shards[compareShard(entry.id, count)]![entry.id] = caseFacts(library, entry, locale);
    return shards.map((facts, shard) => ({ params: { shard: String(shard) }, props: { facts } }));
  }) satisfies GetStaticPaths;

export const compareShardFile: APIRoute = ({ props }) => new Response(JSON.stringify(props.facts));

export const comparisonCsvPaths = (async () =>
  (await getCollection('comparisons')).map((comparison) => ({ params: { id: comparison.id }, props: { comparison } }))) satisfies GetStaticPaths;

/** A curated comparison's table as CSV, linked from its page (no script needed to download it). */
export const comparisonCsvFile = (locale: Locale): APIRoute => async ({ props }) => {
  const library = await getLibrary();
  const { comparison } = props as { comparison: CollectionEntry<'comparisons'> };
  const cases = comparison.data.cases.map((id) => library.caseById(id)!);
  const csv = comparisonCsv(
    cases.map((c) => ({ id: c.id, title: caseTitle(c, locale) })),
    comparisonRows(library, cases, comparison.data.dimensions, locale),
    locale,
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
