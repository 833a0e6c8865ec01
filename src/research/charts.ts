// Data for the overview charts: bars of case counts, each linking to the page that lists the cases
// it counts. Every count comes from the query layer (library/library.ts); components/BarChart.astro
// draws the bars as SVG at build time.
import { COMPLETENESS, COMPLETENESS_LABELS, ENUM_LABELS } from '../schemas/constants.ts';
import type { Vocabulary } from '../schemas/taxonomy.ts';
import { UNSTATED_LABELS } from '../library/format.ts';
import { caseTerms, UNSTATED_TERM, type CaseEntry, type Library } from '../library/library.ts';
import { termLabel } from '../library/localized.ts';
import { pathsFor } from '../library/urls.ts';
import { DICTIONARIES } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';

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

/** Cases by year of launch, oldest first, the unknown last. */
export function launchYearChart(library: Library, locale: Locale = 'zh'): Chart {
  const t = DICTIONARIES[locale].charts;
  const unstated = UNSTATED_LABELS[locale];
  return {
    id: 'chart-launched',
    title: t.launched,
    bars: [...library.casesByLaunchYear()].map(([year, cases]) => ({
      label: year === undefined ? unstated : `${year}`,
      count: cases.length,
      href: pathsFor(locale).launched(year),
      unknown: year === undefined,
    })),
    note: t.launchedNote(unstated),
  };
}

/** Cases awarded or listed per year (a case listed twice in one year counts once), oldest first. */
export function awardYearChart(library: Library, locale: Locale = 'zh'): Chart {
  const paths = pathsFor(locale);
  return {
    id: 'chart-awarded',
    title: DICTIONARIES[locale].charts.awarded,
    bars: [...library.awardYears()].reverse().map((year) => ({ label: `${year}`, count: library.casesAwardedIn(year).length, href: paths.year(year) })),
  };
}

function multiNote(vocabulary: Vocabulary, locale: Locale): string | undefined {
  const notes = DICTIONARIES[locale].charts.multiNotes;
  if (vocabulary === 'org-type') return notes['org-type'](UNSTATED_LABELS[locale]);
  return vocabulary === 'domain' || vocabulary === 'technology' ? notes[vocabulary] : undefined;
}

/**
 * Cases per term of a vocabulary, in the vocabulary's order, with an unknown bar for level and
 * organisation type. Terms without cases are kept (a zero bar says the library has none).
 */
export function termChart(library: Library, vocabulary: 'domain' | 'level' | 'org-type' | 'technology', locale: Locale = 'zh'): Chart {
  const paths = pathsFor(locale);
  const counts = library.termCounts(vocabulary);
  const bars: ChartBar[] = library.terms(vocabulary).map((term) => ({
    label: termLabel(term, locale),
    count: counts.get(term.id) ?? 0,
    href: paths.term(vocabulary, term.id),
  }));
  if (vocabulary === 'level' || vocabulary === 'org-type') {
    const unknown = library.casesWithUnknown(vocabulary).length;
    bars.push({ label: UNSTATED_LABELS[locale], count: unknown, href: unknown > 0 ? paths.unknownTerm(vocabulary) : undefined, unknown: true });
  }
  return { id: `chart-${vocabulary}`, title: DICTIONARIES[locale].charts.byVocabulary[vocabulary], bars, note: multiNote(vocabulary, locale) };
}

/**
 * The search page filtered by a programme and one more filter: it lists exactly a programme chart's
 * bar. Filter values are the Chinese names and labels the search records carry, in both languages.
 */
const programmeSearch = (locale: Locale, programme: string, filter: string, value: string) =>
  `${pathsFor(locale).search()}?programme=${encodeURIComponent(programme)}&${filter}=${encodeURIComponent(value)}`;

/** Cases per completeness level (简目, 部分, 完整), each bar linking to the search page filtered by it. */
export function completenessChart(library: Library, locale: Locale = 'zh'): Chart {
  return {
    id: 'chart-completeness',
    title: DICTIONARIES[locale].charts.completeness,
    bars: COMPLETENESS.map((level) => ({
      label: ENUM_LABELS[locale].completeness[level],
      count: library.cases.filter((entry) => entry.data.completeness === level).length,
      // Filter values are the Chinese labels the search records carry, in both languages.
      href: `${pathsFor(locale).search()}?completeness=${encodeURIComponent(COMPLETENESS_LABELS[level])}`,
    })),
  };
}


/**
 * Charts of one programme's listed cases: by year of the edition, by domain and by level. Each bar
 * links to the search page filtered by the programme and the bar's value, which lists those cases.
 */
export function programmeCharts(library: Library, programmeId: string, locale: Locale = 'zh'): Chart[] {
  const t = DICTIONARIES[locale].charts;
  const unstated = UNSTATED_LABELS[locale];
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
      .map((term) => ({ label: termLabel(term, locale), count: countWith(vocabulary, term.id), href: programmeSearch(locale, name, vocabulary, term.label) }))
      .filter((bar) => bar.count > 0);
  // The search page files an unstated level under the same label, so the unknown bar links there too.
  const unknownLevel = countWith('level', UNSTATED_TERM);
  return [
    {
      id: `chart-${programmeId}-year`,
      title: t.programmeYear,
      bars: years.map((year) => {
        const ids = editionIds(year);
        return { label: `${year}`, count: countIn(cases, (c) => c.data.awards.some((a) => ids.has(a.edition))), href: programmeSearch(locale, name, 'year', `${year}`) };
      }),
    },
    { id: `chart-${programmeId}-domain`, title: t.byVocabulary.domain, bars: termBars('domain'), note: multiNote('domain', locale) },
    {
      id: `chart-${programmeId}-level`,
      title: t.byVocabulary.level,
      bars: [...termBars('level'), ...(unknownLevel > 0 ? [{ label: unstated, count: unknownLevel, href: programmeSearch(locale, name, 'level', UNSTATED_LABELS.zh), unknown: true }] : [])],
      note: unknownLevel > 0 ? t.unknownLevelNote(unstated) : undefined,
    },
  ];
}

function countIn(cases: CaseEntry[], test: (entry: CaseEntry) => boolean): number {
  let count = 0;
  for (const entry of cases) if (test(entry)) count++;
  return count;
}

/** One sentence that says what a chart shows, for its text alternative. */
export function chartSummary(chart: Chart, locale: Locale = 'zh'): string {
  const t = DICTIONARIES[locale].charts;
  const shown = chart.bars.filter((b) => b.count > 0);
  if (shown.length === 0) return t.empty(chart.title);
  const top = [...shown].sort((a, b) => b.count - a.count)[0]!;
  const parts = chart.bars.map((b) => t.summaryPart(b.label, b.count)).join(t.summarySeparator);
  return t.summary(chart.title, parts, top.label, top.count);
}
