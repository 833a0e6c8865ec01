// The query layer: every grouping, count and lookup the pages need, computed once from the
// collections. Pure functions over plain data, so they are unit-tested without Astro.
import type { AwardEdition, AwardProgramme } from '../schemas/award.ts';
import type { CaseAward, CaseData } from '../schemas/case.ts';
import type { ComparisonData } from '../schemas/comparison.ts';
import type { Source } from '../schemas/source.ts';
import type { Taxonomy, TaxonomyTerm, Vocabulary } from '../schemas/taxonomy.ts';
import { UNSTATED_LABEL } from './format.ts';

export interface Entry<T> {
  id: string;
  data: T;
}

export type CaseEntry = Entry<CaseData>;
export type EditionEntry = Entry<AwardEdition>;
export type ProgrammeEntry = Entry<AwardProgramme>;
export type SourceEntry = Entry<Source>;
export type ComparisonEntry = Entry<ComparisonData>;

export interface LibraryInput {
  cases: CaseEntry[];
  sources: SourceEntry[];
  awards: ProgrammeEntry[];
  editions: EditionEntry[];
  taxonomies: Entry<Taxonomy>[];
  comparisons: ComparisonEntry[];
}

/** One line of a published award list: the case and its award in that edition. */
export interface Listing {
  entry: CaseEntry;
  award: CaseAward;
}

export interface CategoryWinners {
  category: AwardEdition['categories'][number];
  /** The category's list in published order (position, then rank, then our title). */
  listings: Listing[];
  /** The same cases, in the same order. */
  cases: CaseEntry[];
}

/** The pseudo-term ID under which caseTerms() files a value the sources do not state. */
export const UNSTATED_TERM = 'unstated';

/**
 * Whether a region term names a place. A term without a rank (地区未说明, id `unspecified`) is the
 * region vocabulary's way of saying the sources name none; the validator allows it only at the top.
 */
export function isPlace(term: TaxonomyTerm): boolean {
  return term.rank !== undefined;
}

export interface RegionNode {
  term: TaxonomyTerm;
  /** Cases in this region or any region below it. */
  count: number;
  children: RegionNode[];
}

export interface ProgrammeYear {
  programme: ProgrammeEntry;
  editions: Array<{ edition: EditionEntry; winners: CategoryWinners[] }>;
}

const collator = new Intl.Collator('zh-CN');
export const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => collator.compare(a.data.title, b.data.title);

export class Library {
  readonly cases: CaseEntry[];
  readonly programmes: ProgrammeEntry[];
  readonly editions: EditionEntry[];
  readonly comparisons: ComparisonEntry[];
  readonly vocabularies: Entry<Taxonomy>[];
  private readonly caseIndex = new Map<string, CaseEntry>();
  private readonly sourceIndex = new Map<string, SourceEntry>();
  private readonly editionIndex = new Map<string, EditionEntry>();
  private readonly programmeIndex = new Map<string, ProgrammeEntry>();
  private readonly termIndex = new Map<string, Map<string, TaxonomyTerm>>();
  /** vocabulary → term → cases tagged directly with it. */
  private readonly directCases = new Map<string, Map<string, CaseEntry[]>>();
  private readonly regionChildren = new Map<string, TaxonomyTerm[]>();
  /** edition → its winners, computed once in one pass over the cases. */
  private winnersByEdition?: Map<string, Map<string, Listing[]>>;
  /** Each case's place in title order: integer comparisons instead of collation in hot paths. */
  private readonly titleRank = new Map<CaseEntry, number>();
  /** relatedCases() answers, by case and limit. */
  private readonly relatedByEntry = new Map<CaseEntry, Map<number, CaseEntry[]>>();
  /** directCases as title ranks, built as relatedCases() needs them. */
  private readonly directRanks = new Map<string, Map<string, Int32Array>>();
  /** relatedCases()'s scores by title rank: -1 for a case not yet a candidate (reset after each use). */
  private relatedScores?: Int32Array;
  private readonly byRank = (a: CaseEntry, b: CaseEntry) => this.titleRank.get(a)! - this.titleRank.get(b)!;

  constructor(input: LibraryInput) {
    this.cases = [...input.cases].sort(byTitle);
    this.programmes = [...input.awards].sort((a, b) => collator.compare(a.data.name, b.data.name));
    this.editions = [...input.editions].sort((a, b) => b.data.year - a.data.year || collator.compare(a.data.title, b.data.title));
    this.comparisons = [...input.comparisons].sort(byTitle);
    this.vocabularies = input.taxonomies;
    this.cases.forEach((entry, rank) => {
      this.caseIndex.set(entry.id, entry);
      this.titleRank.set(entry, rank);
    });
    for (const entry of input.sources) this.sourceIndex.set(entry.id, entry);
    for (const entry of this.editions) this.editionIndex.set(entry.id, entry);
    for (const entry of this.programmes) this.programmeIndex.set(entry.id, entry);
    for (const vocabulary of input.taxonomies) {
      this.termIndex.set(vocabulary.id, new Map(vocabulary.data.terms.map((term) => [term.id, term])));
      this.directCases.set(vocabulary.id, new Map());
    }
    for (const term of this.terms('region')) {
      if (!term.parent) continue;
      const siblings = this.regionChildren.get(term.parent) ?? [];
      siblings.push(term);
      this.regionChildren.set(term.parent, siblings);
    }
    for (const entry of this.cases) {
      for (const [vocabulary, ids] of Object.entries(caseTerms(entry.data))) {
        const byTerm = this.directCases.get(vocabulary);
        if (!byTerm) continue;
        for (const id of ids) {
          const list = byTerm.get(id) ?? [];
          list.push(entry);
          byTerm.set(id, list);
        }
      }
    }
  }

  caseById(id: string): CaseEntry | undefined {
    return this.caseIndex.get(id);
  }

  source(id: string): SourceEntry | undefined {
    return this.sourceIndex.get(id);
  }

  edition(id: string): EditionEntry | undefined {
    return this.editionIndex.get(id);
  }

  programme(id: string): ProgrammeEntry | undefined {
    return this.programmeIndex.get(id);
  }

  vocabulary(name: Vocabulary): Entry<Taxonomy> | undefined {
    return this.vocabularies.find((v) => v.id === name);
  }

  terms(vocabulary: Vocabulary): TaxonomyTerm[] {
    return [...(this.termIndex.get(vocabulary)?.values() ?? [])];
  }

  term(vocabulary: Vocabulary, id: string): TaxonomyTerm | undefined {
    return this.termIndex.get(vocabulary)?.get(id);
  }

  /** A term's label; UNSTATED_LABEL when the value is absent (not stated by the sources). */
  termLabel(vocabulary: Vocabulary, id: string | undefined): string {
    if (id === undefined || id === UNSTATED_TERM) return UNSTATED_LABEL;
    return this.term(vocabulary, id)?.label ?? id;
  }

  /** Root-first chain of regions down to `regionId`, without the country level. */
  regionPath(regionId: string): TaxonomyTerm[] {
    const path: TaxonomyTerm[] = [];
    for (let term = this.term('region', regionId); term; term = term.parent ? this.term('region', term.parent) : undefined) {
      if (term.rank !== 'country') path.unshift(term);
    }
    return path;
  }

  /** Cases tagged with a term; for regions, also every case in a region below it. */
  casesWithTerm(vocabulary: Vocabulary, termId: string): CaseEntry[] {
    const direct = this.directCases.get(vocabulary)?.get(termId) ?? [];
    if (vocabulary !== 'region') return direct;
    const all = [...direct];
    for (const child of this.regionChildren.get(termId) ?? []) all.push(...this.casesWithTerm('region', child.id));
    return all.sort(this.byRank);
  }

  /** Every region term in tree order: each parent before its children, siblings in the vocabulary's order. */
  regionTermsInTreeOrder(): TaxonomyTerm[] {
    const ordered: TaxonomyTerm[] = [];
    const visit = (term: TaxonomyTerm) => {
      ordered.push(term);
      for (const child of this.regionChildren.get(term.id) ?? []) visit(child);
    };
    for (const root of this.terms('region').filter((term) => !term.parent)) visit(root);
    return ordered;
  }

  /** The region tree from the top-level terms down, with counts rolled up. */
  regionTree(): RegionNode[] {
    const build = (term: TaxonomyTerm): RegionNode => {
      const children = (this.regionChildren.get(term.id) ?? []).map(build).filter((node) => node.count > 0);
      const own = this.directCases.get('region')?.get(term.id)?.length ?? 0;
      return { term, count: own + children.reduce((sum, child) => sum + child.count, 0), children };
    };
    const roots = this.terms('region').filter((term) => !term.parent);
    // The country level is implicit: show provinces (and country-wide cases) at the top.
    return roots.flatMap((root) => {
      const node = build(root);
      return root.rank === 'country' ? node.children : [node];
    });
  }

  /**
   * Winners of an edition grouped by its categories, in the edition's order; within a category in
   * the order of the published list (position), then by rank, then by our title.
   */
  editionWinners(editionId: string): CategoryWinners[] {
    const edition = this.edition(editionId);
    if (!edition) return [];
    if (!this.winnersByEdition) {
      this.winnersByEdition = new Map();
      for (const entry of this.cases) {
        for (const award of entry.data.awards) {
          const byCategory = this.winnersByEdition.get(award.edition) ?? new Map<string, Listing[]>();
          byCategory.set(award.category, [...(byCategory.get(award.category) ?? []), { entry, award }]);
          this.winnersByEdition.set(award.edition, byCategory);
        }
      }
    }
    const byCategory = this.winnersByEdition.get(editionId);
    const last = Number.MAX_SAFE_INTEGER;
    return edition.data.categories.map((category) => {
      const listings = [...(byCategory?.get(category.name) ?? [])].sort(
        (a, b) => (a.award.position ?? last) - (b.award.position ?? last) || (a.award.rank ?? last) - (b.award.rank ?? last) || this.byRank(a.entry, b.entry),
      );
      return { category, listings, cases: listings.map((listing) => listing.entry) };
    });
  }

  editionsOf(programmeId: string): EditionEntry[] {
    return this.editions.filter((e) => e.data.programme === programmeId);
  }

  /** Every year in which some edition was held, newest first. */
  awardYears(): number[] {
    return [...new Set(this.editions.map((e) => e.data.year))].sort((a, b) => b - a);
  }

  /** Awards given in a year, grouped by programme, then edition, then category. */
  awardsInYear(year: number): ProgrammeYear[] {
    return this.programmes
      .map((programme) => ({
        programme,
        editions: this.editionsOf(programme.id)
          .filter((e) => e.data.year === year)
          .map((edition) => ({ edition, winners: this.editionWinners(edition.id) })),
      }))
      .filter((group) => group.editions.length > 0);
  }

  /** The year used to sort a case: its launch year, else the year of its first award. */
  caseYear(entry: CaseEntry): number | undefined {
    const launched = launchYear(entry);
    if (launched !== undefined) return launched;
    const years = entry.data.awards.map((a) => this.edition(a.edition)?.data.year).filter((y): y is number => y !== undefined);
    return years.length ? Math.min(...years) : undefined;
  }

  /**
   * Cases that share the most taxonomy terms with `entry`, best first. Score: 3 per shared domain,
   * 2 for the same region, 1 per shared technology, 1 for the same level. Candidates come from the
   * term index, and each posting list contributes at most RELATED_CANDIDATES_PER_TERM cases (those
   * nearest in title order), so the cost per case stays bounded however large the library grows.
   */
  relatedCases(entry: CaseEntry, limit = 5): CaseEntry[] {
    // A case's page exists in both languages; each asks once.
    let byLimit = this.relatedByEntry.get(entry);
    if (!byLimit) this.relatedByEntry.set(entry, (byLimit = new Map()));
    let related = byLimit.get(limit);
    if (!related) byLimit.set(limit, (related = this.scoreRelated(entry, limit)));
    return [...related];
  }

  private scoreRelated(entry: CaseEntry, limit: number): CaseEntry[] {
    // Scores accumulate while the posting lists are walked: each shared domain counts 3, the same
    // region 2, each shared technology 1, the same level 1 (added once a case is a candidate).
    // Cases are numbered by title rank, so the scores live in one reused array, not a Map per case
    // (the Map took 3 s of the pages' thread at 5,000 cases).
    const scores = (this.relatedScores ??= new Int32Array(this.cases.length).fill(-1));
    const touched: number[] = [];
    const self = this.titleRank.get(entry)!;
    const level = entry.data.level;
    const gather = (vocabulary: Vocabulary, ids: string[], weight: number) => {
      for (const id of ids) {
        const ranks = this.termRanks(vocabulary, id);
        const start = this.nearbyStart(ranks, self);
        const end = Math.min(ranks.length, start + RELATED_CANDIDATES_PER_TERM);
        for (let k = start; k < end; k++) {
          const rank = ranks[k];
          if (scores[rank] < 0) {
            scores[rank] = Number(level !== undefined && this.cases[rank].data.level === level);
            touched.push(rank);
          }
          scores[rank] += weight;
        }
      }
    };
    gather('region', [entry.data.region], 2);
    gather('domain', entry.data.domains, 3);
    gather('technology', entry.data.technologies, 1);
    // Keep the best `limit` in one pass instead of sorting every candidate: higher score first,
    // then title order.
    const best: Array<{ rank: number; score: number }> = [];
    const before = (a: { rank: number; score: number }, b: { rank: number; score: number }) => b.score - a.score || a.rank - b.rank;
    for (const rank of touched) {
      const scored = { rank, score: scores[rank] };
      scores[rank] = -1;
      if (rank === self) continue;
      if (best.length === limit && before(scored, best[limit - 1]) >= 0) continue;
      let at = best.length;
      while (at > 0 && before(scored, best[at - 1]) < 0) at--;
      best.splice(at, 0, scored);
      if (best.length > limit) best.pop();
    }
    return best.map((scored) => this.cases[scored.rank]);
  }

  /** The title ranks of the cases tagged directly with a term, ascending. */
  private termRanks(vocabulary: Vocabulary, id: string): Int32Array {
    let byTerm = this.directRanks.get(vocabulary);
    if (!byTerm) this.directRanks.set(vocabulary, (byTerm = new Map()));
    let ranks = byTerm.get(id);
    if (!ranks) byTerm.set(id, (ranks = Int32Array.from(this.directCases.get(vocabulary)?.get(id) ?? [], (other) => this.titleRank.get(other)!)));
    return ranks;
  }

  /** Where the RELATED_CANDIDATES_PER_TERM cases of a rank list nearest to `rank` start, centred on its place. */
  private nearbyStart(ranks: Int32Array, rank: number): number {
    if (ranks.length <= RELATED_CANDIDATES_PER_TERM) return 0;
    let low = 0;
    let high = ranks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ranks[middle] < rank) low = middle + 1;
      else high = middle;
    }
    return Math.max(0, Math.min(low - RELATED_CANDIDATES_PER_TERM / 2, ranks.length - RELATED_CANDIDATES_PER_TERM));
  }

  /** Case counts per term of a vocabulary (regions rolled up). */
  termCounts(vocabulary: Vocabulary): Map<string, number> {
    return new Map(this.terms(vocabulary).map((term) => [term.id, this.casesWithTerm(vocabulary, term.id).length]));
  }

  /**
   * Cases whose sources do not state a level (no level) or an organisation type (some
   * organisation has none): what the charts and the unknown pages show as 未说明.
   */
  casesWithUnknown(vocabulary: 'level' | 'org-type'): CaseEntry[] {
    return this.casesWithTerm(vocabulary, UNSTATED_TERM);
  }

  /** Cases by the year they were launched, oldest first; cases with no launch date under `undefined`, last. */
  casesByLaunchYear(): Map<number | undefined, CaseEntry[]> {
    const byYear = new Map<number | undefined, CaseEntry[]>();
    for (const entry of this.cases) {
      const year = launchYear(entry);
      const list = byYear.get(year) ?? [];
      list.push(entry);
      byYear.set(year, list);
    }
    const years = [...byYear.keys()].filter((y) => y !== undefined).sort((a, b) => a - b);
    return new Map([...years, ...(byYear.has(undefined) ? [undefined] : [])].map((y) => [y, byYear.get(y)!]));
  }

  /** The `limit` most recently reviewed cases, newest first (ties by ID): the home page and the feed. */
  recentlyReviewed(limit: number): CaseEntry[] {
    return [...this.cases].sort((a, b) => b.data.lastReviewed.localeCompare(a.data.lastReviewed) || a.id.localeCompare(b.id)).slice(0, limit);
  }

  /** The latest review date of any case ('' when there are none): the open data's version and date. */
  lastReviewed(): string {
    return this.cases.reduce((latest, c) => (c.data.lastReviewed > latest ? c.data.lastReviewed : latest), '');
  }

  /** Distinct cases awarded or listed in a year, by any edition held that year. */
  casesAwardedIn(year: number): CaseEntry[] {
    const editions = new Set(this.editions.filter((e) => e.data.year === year).map((e) => e.id));
    return this.cases.filter((entry) => entry.data.awards.some((a) => editions.has(a.edition)));
  }
}

/** How many cases one term's posting list may contribute to a related-cases search. */
export const RELATED_CANDIDATES_PER_TERM = 200;


/** The year a case was launched (its partial date's year), when the sources state it. */
function launchYear(entry: CaseEntry): number | undefined {
  const launched = entry.data.period.launched;
  return launched ? Number(launched.slice(0, 4)) : undefined;
}

/** The taxonomy terms a case uses, per vocabulary; an unstated level or org type as UNSTATED_TERM. */
export function caseTerms(data: CaseData): Record<Vocabulary, string[]> {
  return {
    domain: data.domains,
    technology: data.technologies,
    region: [data.region],
    level: [data.level ?? UNSTATED_TERM],
    'org-type': [...new Set(data.organisations.map((o) => o.type ?? UNSTATED_TERM))],
  };
}

