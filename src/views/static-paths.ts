// The static paths of every page type with parameters, shared by the Chinese route in src/pages/
// and its English twin in src/pages/en/, so both languages build exactly the same set of pages.
import type { GetStaticPaths, PaginateFunction } from 'astro';
import { getCollection } from 'astro:content';
import { CASE_ORDERS, CASES_PER_PAGE, sortCases, type CaseOrder } from '../library/case-order.ts';
import { getLibrary } from '../library/content.ts';

/**
 * The case pages, in the library's order (by title), which Astro renders them in: the citation
 * worker formats their citations in chunks in that order (research/citation-render.ts), so each
 * page's chunk is ready before it. In the content store's order (by ID), the first pages waited
 * for chunks far down the worker's queue: 13 s of a 5,000-case build's main thread idle.
 */
export const casePaths = (async () => {
  const [cases, library] = await Promise.all([getCollection('cases'), getLibrary()]);
  const order = new Map(library.cases.map((entry, k) => [entry.id, k]));
  return cases.sort((a, b) => order.get(a.id)! - order.get(b.id)!).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const caseListPaths = (async ({ paginate }: { paginate: PaginateFunction }) => {
  const library = await getLibrary();
  return paginate(sortCases(library, 'title'), { pageSize: CASES_PER_PAGE });
}) satisfies GetStaticPaths;

export const caseOrderPaths = (async ({ paginate }: { paginate: PaginateFunction }) => {
  const library = await getLibrary();
  const orders = (Object.keys(CASE_ORDERS) as CaseOrder[]).filter((order) => order !== 'title');
  return orders.flatMap((order) => paginate(sortCases(library, order), { pageSize: CASES_PER_PAGE, params: { order }, props: { order } }));
}) satisfies GetStaticPaths;

export const programmePaths = (async () =>
  (await getCollection('awards')).map((programme) => ({ params: { programme: programme.id }, props: { programme } }))) satisfies GetStaticPaths;

export const editionPaths = (async () =>
  (await getCollection('editions')).map((edition) => ({
    params: { programme: edition.data.programme, edition: edition.id },
    props: { edition },
  }))) satisfies GetStaticPaths;

export const yearPaths = (async () => {
  const library = await getLibrary();
  return library.awardYears().map((year) => ({ params: { year: String(year) }, props: { year } }));
}) satisfies GetStaticPaths;

export const vocabularyPaths = (async () =>
  (await getCollection('taxonomies')).map((vocabulary) => ({ params: { vocabulary: vocabulary.id }, props: { vocabulary } }))) satisfies GetStaticPaths;

export const termPaths = (async ({ paginate }: { paginate: PaginateFunction }) => {
  const library = await getLibrary();
  return library.vocabularies.flatMap((vocabulary) =>
    vocabulary.data.terms.flatMap((term) =>
      paginate(library.casesWithTerm(vocabulary.data.vocabulary, term.id), {
        pageSize: CASES_PER_PAGE,
        params: { vocabulary: vocabulary.id, term: term.id },
        props: { vocabulary, term },
      }),
    ),
  );
}) satisfies GetStaticPaths;

/** The two vocabularies a case may leave unstated, each with its cases whose sources state none. */
export const unknownTermPaths = (async ({ paginate }: { paginate: PaginateFunction }) => {
  const library = await getLibrary();
  return (['level', 'org-type'] as const).flatMap((vocabulary) => {
    const cases = library.casesWithUnknown(vocabulary);
    return cases.length === 0 ? [] : paginate(cases, { pageSize: CASES_PER_PAGE, params: { vocabulary }, props: { vocabulary } });
  });
}) satisfies GetStaticPaths;

export const launchedPaths = (async ({ paginate }: { paginate: PaginateFunction }) => {
  const library = await getLibrary();
  return [...library.casesByLaunchYear()].flatMap(([year, cases]) =>
    paginate(cases, { pageSize: CASES_PER_PAGE, params: { year: String(year ?? 'unknown') }, props: { year } }),
  );
}) satisfies GetStaticPaths;

export const comparisonPaths = (async () =>
  (await getCollection('comparisons')).map((comparison) => ({ params: { id: comparison.id }, props: { comparison } }))) satisfies GetStaticPaths;
