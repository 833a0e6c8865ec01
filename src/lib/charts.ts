// Data for the overview charts: bars of case counts, each linking to the page that lists the cases
// it counts. Every count comes from the query layer (lib/library.ts); components/BarChart.astro
// draws the bars as SVG at build time.
import { COMPLETENESS, COMPLETENESS_LABELS } from '../schemas/constants.ts';
import type { Vocabulary } from '../schemas/taxonomy.ts';
import { UNSTATED_LABEL } from './format.ts';
import { caseTerms, UNSTATED_TERM, type CaseEntry, type Library } from './library.ts';
import { href, paths } from './urls.ts';

export interface ChartBar {
  label: string;
  count: number;
  /** The page listing exactly the cases this bar counts. */
  href?: string;
  /** The bar counts cases whose sources do not state the value. */
  unknown?: boolean;
}

export interface Chart {
  /** Unique on the page; used for element IDs. */
  id: string;
  title: string;
  /** What one case can add: "a case with two domains counts under both". */
  note?: string;
  bars: ChartBar[];
}

/** Pages that list the cases whose value is unknown, or that were launched in a year. */
export const chartPaths = {
  unknown: (vocabulary: 'level' | 'org-type') => href(`/topics/${vocabulary}/unknown/`),
  launched: (year: number | undefined) => href(`/topics/launched/${year ?? 'unknown'}/`),
};

/** Cases by year of launch, oldest first, the unknown last. */
export function launchYearChart(library: Library): Chart {
  return {
    id: 'chart-launched',
    title: '按起始年份',
    bars: [...library.casesByLaunchYear()].map(([year, cases]) => ({
      label: year === undefined ? UNSTATED_LABEL : `${year}`,
      count: cases.length,
      href: chartPaths.launched(year),
      unknown: year === undefined,
    })),
    note: `起始年份以来源所载为准；来源未载明的计为“${UNSTATED_LABEL}”。`,
  };
}

/** Cases awarded or listed per year (a case listed twice in one year counts once), oldest first. */
export function awardYearChart(library: Library): Chart {
  return {
    id: 'chart-awarded',
    title: '按获奖与入选年份',
    bars: [...library.awardYears()].reverse().map((year) => ({ label: `${year}`, count: library.casesAwardedIn(year).length, href: paths.year(year) })),
  };
}

const VOCABULARY_TITLES: Partial<Record<Vocabulary, string>> = { domain: '按领域', level: '按层级', 'org-type': '按组织类型', technology: '按技术' };
const MULTI_NOTES: Partial<Record<Vocabulary, string>> = {
  domain: '一个案例可有 1–3 个领域，分别计入。',
  technology: '一个案例可用多项技术，分别计入；未列技术的案例不计。',
  'org-type': `一个案例的各参与单位类型分别计入；有单位类型未说明的案例计入“${UNSTATED_LABEL}”。`,
};

/**
 * Cases per term of a vocabulary, in the vocabulary's order, with an unknown bar for level and
 * organisation type. Terms without cases are kept (a zero bar says the library has none).
 */
export function termChart(library: Library, vocabulary: 'domain' | 'level' | 'org-type' | 'technology'): Chart {
  const counts = library.termCounts(vocabulary);
  const bars: ChartBar[] = library.terms(vocabulary).map((term) => ({
    label: term.label,
    count: counts.get(term.id) ?? 0,
    href: paths.term(vocabulary, term.id),
  }));
  if (vocabulary === 'level' || vocabulary === 'org-type') {
    const unknown = library.casesWithUnknown(vocabulary).length;
    bars.push({ label: UNSTATED_LABEL, count: unknown, href: unknown > 0 ? chartPaths.unknown(vocabulary) : undefined, unknown: true });
  }
  return { id: `chart-${vocabulary}`, title: VOCABULARY_TITLES[vocabulary]!, bars, note: MULTI_NOTES[vocabulary] };
}

/** Cases per completeness level (简目, 部分, 完整), each bar linking to the search page filtered by it. */
export function completenessChart(library: Library): Chart {
  return {
    id: 'chart-completeness',
    title: '按完整度',
    bars: COMPLETENESS.map((level) => ({
      label: COMPLETENESS_LABELS[level],
      count: library.cases.filter((entry) => entry.data.completeness === level).length,
      href: `${paths.search()}?completeness=${encodeURIComponent(COMPLETENESS_LABELS[level])}`,
    })),
  };
}

/** The search page filtered by a programme and one more filter: it lists exactly a programme chart's bar. */
const programmeSearch = (programme: string, filter: string, value: string) =>
  `${paths.search()}?programme=${encodeURIComponent(programme)}&${filter}=${encodeURIComponent(value)}`;

/**
 * Charts of one programme's listed cases: by year of the edition, by domain and by level. Each bar
 * links to the search page filtered by the programme and the bar's value, which lists those cases.
 */
export function programmeCharts(library: Library, programmeId: string): Chart[] {
  const programme = library.programme(programmeId);
  if (!programme) return [];
  const name = programme.data.name;
  const editions = library.editionsOf(programmeId);
  const listed = new Set(editions.flatMap((e) => library.editionWinners(e.id).flatMap((g) => g.cases)));
  const cases = library.cases.filter((c) => listed.has(c));
  const years = [...new Set(editions.map((e) => e.data.year))].sort((a, b) => a - b);
  const editionIds = (year: number) => new Set(editions.filter((e) => e.data.year === year).map((e) => e.id));
  const countWith = (vocabulary: 'domain' | 'level', termId: string) => countIn(cases, (c) => caseTerms(c.data)[vocabulary].includes(termId));
  const termBars = (vocabulary: 'domain' | 'level'): ChartBar[] =>
    library
      .terms(vocabulary)
      .map((term) => ({ label: term.label, count: countWith(vocabulary, term.id), href: programmeSearch(name, vocabulary, term.label) }))
      .filter((bar) => bar.count > 0);
  // The search page files an unstated level under the same label, so the unknown bar links there too.
  const unknownLevel = countWith('level', UNSTATED_TERM);
  return [
    {
      id: `chart-${programmeId}-year`,
      title: '按评选年份',
      bars: years.map((year) => {
        const ids = editionIds(year);
        return { label: `${year}`, count: countIn(cases, (c) => c.data.awards.some((a) => ids.has(a.edition))), href: programmeSearch(name, 'year', `${year}`) };
      }),
    },
    { id: `chart-${programmeId}-domain`, title: '按领域', bars: termBars('domain'), note: MULTI_NOTES.domain },
    {
      id: `chart-${programmeId}-level`,
      title: '按层级',
      bars: [...termBars('level'), ...(unknownLevel > 0 ? [{ label: UNSTATED_LABEL, count: unknownLevel, href: programmeSearch(name, 'level', UNSTATED_LABEL), unknown: true }] : [])],
      note: unknownLevel > 0 ? `“${UNSTATED_LABEL}”指来源未载明层级的案例。` : undefined,
    },
  ];
}

function countIn(cases: CaseEntry[], test: (entry: CaseEntry) => boolean): number {
  let count = 0;
  for (const entry of cases) if (test(entry)) count++;
  return count;
}

/** One sentence that says what a chart shows, for its text alternative. */
export function chartSummary(chart: Chart): string {
  const shown = chart.bars.filter((b) => b.count > 0);
  if (shown.length === 0) return `${chart.title}：暂无案例。`;
  const top = [...shown].sort((a, b) => b.count - a.count)[0];
  const parts = chart.bars.map((b) => `${b.label} ${b.count} 个`).join('，');
  return `${chart.title}统计案例数：${parts}。最多的是${top.label}（${top.count} 个）。`;
}
