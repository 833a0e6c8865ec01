// Ranking and relaxation over Pagefind's exact results. Pure; the search page and unit tests use it.
import type { TermResult } from './pagefind.ts';
import { fieldAt, type SearchField } from './text.ts';

/** Weight of a match by the field it is in: names, then summary and organisations, then body. */
const FIELD_WEIGHT: Record<SearchField, number> = { name: 3, meta: 2, body: 1 };

/**
 * Relaxation's threshold: a case shown as a partial match contains at least this share of the
 * query's weight (its words' characters). Two equal words need both, so a place name alone does
 * not make 鄂州火锅 a match; three need the two longer ones. Lucene users typically set
 * minimum_should_match to 60–75%.
 */
export const MIN_COVERAGE = 0.6;

export interface Ranked {
  /** Pagefind's page ID. */
  id: string;
  /** Per need: found in this case. */
  found: boolean[];
  /** Share of the query's weight found. */
  coverage: number;
  /** Every need is found in a name (title, alias or listed title). */
  allInNames: boolean;
  /** Weight of the needs found only through a concept (search/concepts.ts): lower is better. */
  conceptWeight: number;
  /** Sum over found needs of weight × field weight. */
  fieldScore: number;
  /** Sum of the found needs' first positions: earlier is better. */
  position: number;
  /** First appearance in Pagefind's results (title order for exact searches). */
  order: number;
}

/** One need's results: the union of its alternatives' results, each case with its earliest match. */
export function unionResults(perAlternative: TermResult[][]): TermResult[] {
  const byId = new Map<string, TermResult>();
  for (const results of perAlternative) {
    for (const result of results) {
      const first = Math.min(...result.words);
      const known = byId.get(result.id);
      if (!known || first < Math.min(...known.words)) byId.set(result.id, { id: result.id, words: [first] });
    }
  }
  return [...byId.values()];
}

/**
 * Rank the cases found for a query's needs (one result list per need, alternatives merged).
 * `weights` are what each need counts when found; `fullWeights` what the query asked for (they
 * differ for a word relaxation shortened).
 * `all`: only cases that have every need (an AND). `partial`: cases that cover at least
 * MIN_COVERAGE of the query's weight. Order: every need in a name (an exact title, alias or
 * listed-title match); then coverage; then the words found as words ahead of those found only
 * through a concept (`viaConcept`: per need, the cases it reached only that way); then the fields
 * the needs are in; then how early; then Pagefind's order.
 */
export function rankCases(
  weights: number[],
  perNeed: TermResult[][],
  mode: 'all' | 'partial',
  fullWeights = weights,
  viaConcept: ReadonlyArray<ReadonlySet<string>> = [],
): Ranked[] {
  const total = fullWeights.reduce((a, b) => a + b, 0);
  const firsts = new Map<string, Array<number | undefined>>();
  const order = new Map<string, number>();
  perNeed.forEach((results, k) => {
    for (const result of results) {
      if (!order.has(result.id)) order.set(result.id, order.size);
      const positions = firsts.get(result.id) ?? new Array<number | undefined>(weights.length).fill(undefined);
      positions[k] = Math.min(...result.words);
      firsts.set(result.id, positions);
    }
  });
  const ranked: Ranked[] = [];
  for (const [id, positions] of firsts) {
    const found = positions.map((p) => p !== undefined);
    const covered = weights.reduce((sum, w, k) => sum + (found[k] ? w : 0), 0);
    const coverage = total ? covered / total : 0;
    if (mode === 'all' ? !found.every(Boolean) : coverage < MIN_COVERAGE) continue;
    const fields = positions.map((p) => (p === undefined ? undefined : fieldAt(p)));
    ranked.push({
      id,
      found,
      coverage,
      allInNames: fields.every((f) => f === 'name'),
      conceptWeight: weights.reduce((sum, w, k) => sum + (found[k] && viaConcept[k]?.has(id) ? w : 0), 0),
      fieldScore: weights.reduce((sum, w, k) => sum + (fields[k] ? w * FIELD_WEIGHT[fields[k]] : 0), 0),
      position: positions.reduce<number>((sum, p) => sum + (p ?? 0), 0),
      order: order.get(id)!,
    });
  }
  return ranked.sort(
    (a, b) => Number(b.allInNames) - Number(a.allInNames) || b.coverage - a.coverage || a.conceptWeight - b.conceptWeight || b.fieldScore - a.fieldScore || a.position - b.position || a.order - b.order,
  );
}
