// The steps of one search, each taken only when the one before found nothing: the pieces as typed,
// ANDed; their words, ANDed in any order; the words (or the whole query) as vocabulary concepts;
// the cases that hold most words, labelled as partial matches with what they lack. No DOM: the
// index is reached through `searchText`, so the search page and tests can pass their own.
import { conceptMarker } from './concepts.ts';
import type { TermResult } from './pagefind.ts';
import { backoffCandidates, type Need, type QueryPlan } from './query.ts';
import { rankCases, unionResults, type Ranked } from './rank.ts';

/** What a search found, for the status line and the cards. */
export interface Outcome {
  ids: string[];
  /** Per case: the needs it lacks (partial matches only). */
  missing: Map<string, string[]>;
  kind: 'exact' | 'words' | 'concepts' | 'partial' | 'none';
  needs: Need[];
  /** Synonyms that found something, for "包含：…". */
  expansions: string[];
  /** Needs that no case contains. */
  nowhere: string[];
  /** Vocabulary concepts that found cases, for "包含主题：…". */
  concepts: number[];
  /** Per case: the concepts through which it was found, for "按主题“…”匹配". */
  viaConcept: Map<string, string[]>;
  /** The needs are the pieces split into words (step 2's), not the pieces as typed. */
  split: boolean;
}

/** How a search reaches the index and words its notes. */
export interface SearchSteps {
  /** One exact search of the index for a string (the page runs each string once per query). */
  searchText: (text: string) => Promise<TermResult[]>;
  /** What a card calls a concept it was found through: "按主题…", "按地区…". */
  conceptName: (concept: number) => string;
  /** The note for a word that counted by a shorter string inside it. */
  shortened: (word: string, part: string) => string;
}

/** The cases a query plan finds, by the first step that finds any. */
export async function findCases(plan: QueryPlan, steps: SearchSteps): Promise<Outcome> {
  const exact = await searchNeeds(plan, steps, plan.pieces, 'exact', 'all');
  if (exact.ids.length || plan.pieces.length === 0) return exact;
  const words = plan.words ? await searchNeeds(plan, steps, plan.words, 'words', 'all') : exact;
  if (words.ids.length) return words;
  // Concepts: the words, or the whole query, as vocabulary terms (廉政 → 监督与审计).
  if (plan.concepts) {
    const conceptual = await searchNeeds(plan, steps, plan.concepts, 'concepts', 'all');
    if (conceptual.ids.length) return conceptual;
  }
  return relaxedSearch(plan, steps, words.nowhere);
}

/**
 * One step: search every need's alternatives and concepts, rank the cases. `weights`: each need's
 * share of the whole query (a shortened word still counts fully there).
 */
async function searchNeeds(plan: QueryPlan, steps: SearchSteps, needs: Need[], kind: Outcome['kind'], mode: 'all' | 'partial', weights = needs.map((n) => n.weight)): Promise<Outcome> {
  const perAlternative = await Promise.all(needs.map((need) => Promise.all(need.alternatives.map(steps.searchText))));
  // A need's concepts are searched as their markers; the cases they reach that the words do
  // not are ranked below the words' at the same coverage, and labelled.
  const perConcept = await Promise.all(needs.map((need) => Promise.all((need.concepts ?? []).map((k) => steps.searchText(conceptMarker(k))))));
  const literalIds = perAlternative.map((lists) => new Set(lists.flat().map((r) => r.id)));
  const viaConcept = perConcept.map((lists, k) => new Set(lists.flat().map((r) => r.id).filter((id) => !literalIds[k].has(id))));
  const ranked = rankCases(needs.map((n) => n.weight), needs.map((_, k) => unionResults([...perAlternative[k], ...perConcept[k]])), mode, weights, viaConcept);
  const expansions = needs.flatMap((need, k) => need.alternatives.slice(1).filter((_, a) => perAlternative[k][a + 1].length > 0));
  const nowhere = needs.filter((_, k) => [...perAlternative[k], ...perConcept[k]].every((r) => r.length === 0)).map((n) => n.text);
  const missing = new Map(ranked.map((r: Ranked) => [r.id, needs.filter((_, k) => !r.found[k]).map((n) => n.text)]));
  const concepts = [...new Set(needs.flatMap((need, k) => (need.concepts ?? []).filter((_, c) => perConcept[k][c].length > 0)))];
  const split = needs === plan.words || (needs === plan.concepts && needs.length > 1) || (kind === 'partial' && needs.length > 1 && plan.words !== undefined);
  return { ids: ranked.map((r) => r.id), missing, kind, needs, expansions, nowhere, concepts, viaConcept: conceptLabels(ranked, needs, viaConcept, perConcept, steps), split };
}

/** Per case found through concepts only: the names of those concepts. */
function conceptLabels(ranked: Ranked[], needs: Need[], viaConcept: Array<Set<string>>, perConcept: TermResult[][][], steps: SearchSteps): Map<string, string[]> {
  const labels = new Map<string, string[]>();
  for (const r of ranked) {
    const names = needs.flatMap((need, k) => (viaConcept[k].has(r.id) ? (need.concepts ?? []).filter((_, c) => perConcept[k][c].some((x) => x.id === r.id)).map(steps.conceptName) : []));
    if (names.length) labels.set(r.id, [...new Set(names)]);
  }
  return labels;
}

/**
 * Relaxation: the cases that hold most needs. A longer word that occurs nowhere (加油站, or
 * characters ICU left single and the page joined) counts by its longest inner string that occurs,
 * when at least one other word occurs as typed; the label still names the word as missing.
 */
async function relaxedSearch(plan: QueryPlan, steps: SearchSteps, nowhere: string[]): Promise<Outcome> {
  const literalNeeds = plan.words ?? plan.pieces;
  const needs = plan.concepts && plan.concepts.length === literalNeeds.length ? plan.concepts : literalNeeds;
  const shortened = new Map<string, string>();
  const relaxed = needs.length > 1 && nowhere.length < needs.length
    ? await Promise.all(needs.map((need) => (nowhere.includes(need.text) && !need.concepts?.length ? shortenedNeed(need, steps, shortened) : need)))
    : needs;
  const weights = needs.map((need) => need.weight);
  const partial = await searchNeeds(plan, steps, relaxed, 'partial', 'partial', weights);
  // A word a concept stood in for is not reported as missing.
  const stoodIn = new Set(needs.filter((need) => need.concepts?.length && !partial.nowhere.includes(need.text)).map((need) => need.text));
  const result = { ...partial, needs, nowhere: nowhere.filter((text) => !stoodIn.has(text)).map((text) => shortened.get(text) ?? text) };
  return result.ids.length ? result : { ...result, kind: 'none' };
}

/** A need for its longest inner string that occurs somewhere (noted in `notes`), or the need as it was. */
async function shortenedNeed(need: Need, steps: SearchSteps, notes: Map<string, string>): Promise<Need> {
  for (const level of backoffCandidates(need.text)) {
    const hits = await Promise.all(level.map(steps.searchText));
    const at = hits.findIndex((results) => results.length > 0);
    if (at >= 0) {
      notes.set(need.text, steps.shortened(need.text, level[at]!));
      return { ...need, alternatives: [level[at]], weight: [...level[at]].length };
    }
  }
  return need;
}
