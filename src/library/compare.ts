// Comparison tables: each case's facts as display text per dimension, and the rows of a
// side-by-side table. The curated comparison pages and the compare picker's JSON both use this.
import type { ComparisonData } from '../schemas/comparison.ts';
import { CASE_FIELD_LABELS, COMPARE_CASES, COMPARISON_DIMENSIONS, ENUM_LABELS } from '../schemas/constants.ts';
import { formatMetricValue, periodLabel } from './format.ts';
import { caseAwardText, caseTitle, libraryTermLabel, regionPathText } from './localized.ts';
import type { Locale } from '../i18n/locales.ts';
import type { CaseMetric } from '../schemas/case.ts';
import type { CaseEntry, Library } from './library.ts';

export type Dimension = ComparisonData['dimensions'][number];

export const DIMENSION_LABELS: Record<Dimension, string> = CASE_FIELD_LABELS;


/** A case reduced to what a comparison shows: text per dimension (null = no data) and metrics. */
export interface CaseFacts {
  id: string;
  title: string;
  facts: Record<Exclude<Dimension, 'metrics'>, string | null>;
  metrics: Array<Pick<CaseMetric, 'label' | 'unit' | 'asOf' | 'source'> & { text: string }>;
}

/** How a comparison joins several values, and writes a metric row's unit, per language. */
const SEPARATORS: Record<Locale, { list: string; group: string; unit: (label: string, unit: string) => string; caption: (count: number) => string }> = {
  zh: { list: '、', group: '；', unit: (label, unit) => `${label}（${unit}）`, caption: (count) => `${count} 个案例并排比较` },
  en: { list: ', ', group: '; ', unit: (label, unit) => `${label} (${unit})`, caption: (count) => `${count} cases side by side` },
};

export function caseFacts(library: Library, entry: CaseEntry, locale: Locale = 'zh'): CaseFacts {
  const data = entry.data;
  const { list, group } = SEPARATORS[locale];
  const orNull = (text: string) => (text.trim() === '' ? null : text);
  return {
    id: entry.id,
    title: caseTitle(entry, locale),
    facts: {
      organisations: data.organisations.map((o) => o.name).join(group),
      region: regionPathText(library.regionPath(data.region), locale),
      level: libraryTermLabel(library, 'level', data.level, locale),
      domains: data.domains.map((d) => libraryTermLabel(library, 'domain', d, locale)).join(list),
      technologies: orNull(data.technologies.map((t) => libraryTermLabel(library, 'technology', t, locale)).join(list)),
      period: periodLabel(data.period, undefined, locale) ?? null,
      awards: orNull(data.awards.map((a) => caseAwardText(library, a, locale)).join(group)),
      completeness: ENUM_LABELS[locale].completeness[data.completeness],
    },
    metrics: data.metrics.map((m) => ({ label: m.label, unit: m.unit, asOf: m.asOf, source: m.source, text: formatMetricValue(m, locale) })),
  };
}

export interface ComparisonRow {
  label: string;
  /** One cell per case; null means the sources give no data. */
  cells: Array<{ text: string; asOf?: string } | null>;
  kind: 'fact' | 'metric';
}

/** Rows of a side-by-side table for cases of the library. */
export function comparisonRows(library: Library, cases: CaseEntry[], dimensions: readonly Dimension[] = COMPARISON_DIMENSIONS, locale: Locale = 'zh'): ComparisonRow[] {
  return rowsFromFacts(cases.map((entry) => caseFacts(library, entry, locale)), dimensions, locale);
}

/**
 * Rows from already-extracted facts: the chosen dimensions in their fixed order, then metrics
 * aligned by label and unit (rows shared by more cases first). The compare picker runs this in
 * the browser on the JSON the build writes, so both tables are built the same way.
 */
export function rowsFromFacts(facts: CaseFacts[], dimensions: readonly Dimension[] = COMPARISON_DIMENSIONS, locale: Locale = 'zh'): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  const labels = ENUM_LABELS[locale].caseFields;
  for (const dimension of COMPARISON_DIMENSIONS.filter((d) => dimensions.includes(d))) {
    if (dimension !== 'metrics') {
      rows.push({
        label: labels[dimension],
        kind: 'fact',
        cells: facts.map((f) => (f.facts[dimension] === null ? null : { text: f.facts[dimension] })),
      });
      continue;
    }
    const metricRows = new Map<string, ComparisonRow>();
    facts.forEach((f, column) => {
      for (const metric of f.metrics) {
        const key = `${metric.label}\u0000${metric.unit}`;
        const row = metricRows.get(key) ?? { label: SEPARATORS[locale].unit(metric.label, metric.unit), kind: 'metric' as const, cells: facts.map(() => null) };
        row.cells[column] ??= { text: metric.text, asOf: metric.asOf };
        metricRows.set(key, row);
      }
    });
    const filled = (row: ComparisonRow) => row.cells.filter(Boolean).length;
    rows.push(...[...metricRows.values()].sort((a, b) => filled(b) - filled(a)));
  }
  return rows;
}

/** The caption of a table of `count` cases side by side. */
export function comparisonCaption(count: number, locale: Locale = 'zh'): string {
  return SEPARATORS[locale].caption(count);
}

/**
 * Placeholders of the table template the compare page renders with ComparisonTable.astro: the
 * picker clones its parts and puts a case's text where these stand, so the markup has one source.
 */
export const TEMPLATE_SLOTS = { title: '{title}', label: '{label}', text: '{text}', asOf: '{asOf}' } as const;

/**
 * What the compare picker says, per language. They live here rather than in the page dictionaries
 * (src/i18n/) because the picker is browser code and must stay small.
 */
export const PICKER_MESSAGES = {
  zh: {
    unknownId: (id: string) => `没有编号为“${id}”的案例，已忽略。`,
    duplicate: (id: string) => `案例“${id}”重复出现，只保留一次。`,
    tooMany: (max: number, id: string) => `最多同时比较 ${max} 个案例，“${id}”未加入。`,
    loadFailed: '案例数据加载失败，请稍后重试。',
    remove: '移除',
    removeLabel: (title: string) => `从比较中移除：${title}`,
    noneSelected: (min: number, max: number) => `尚未选择案例。请添加 ${min}–${max} 个案例。`,
    oneMore: '再添加至少 1 个案例即可并排比较。',
    notFound: (title: string) => `没有找到标题为“${title}”的案例。`,
    alreadyChosen: '该案例已在比较中。',
    full: (max: number) => `最多同时比较 ${max} 个案例。`,
    exportCsv: '导出表格（CSV）',
  },
  en: {
    unknownId: (id: string) => `There is no case with the ID “${id}”; it was ignored.`,
    duplicate: (id: string) => `Case “${id}” appears more than once; it is shown once.`,
    tooMany: (max: number, id: string) => `At most ${max} cases can be compared at once; “${id}” was not added.`,
    loadFailed: 'The case data could not be loaded. Please try again later.',
    remove: 'Remove',
    removeLabel: (title: string) => `Remove from comparison: ${title}`,
    noneSelected: (min: number, max: number) => `No cases chosen yet. Add ${min}–${max} cases.`,
    oneMore: 'Add at least one more case to compare side by side.',
    notFound: (title: string) => `No case has the title “${title}”.`,
    alreadyChosen: 'That case is already in the comparison.',
    full: (max: number) => `At most ${max} cases can be compared at once.`,
    exportCsv: 'Export the table (CSV)',
  },
} satisfies Record<Locale, Record<string, unknown>>;

/** Parse ?cases=a,b,c (or repeated cases=…) into known IDs and messages about the rest. */
export function parseCompareSelection(
  values: readonly string[],
  knownIds: ReadonlySet<string>,
  max: number = COMPARE_CASES.max,
  locale: Locale = 'zh',
): { ids: string[]; messages: string[] } {
  const say = PICKER_MESSAGES[locale];
  const ids: string[] = [];
  const messages: string[] = [];
  for (const raw of values.flatMap((v) => v.split(','))) {
    const id = raw.trim();
    if (id === '') continue;
    if (!knownIds.has(id)) messages.push(say.unknownId(id.slice(0, 60)));
    else if (ids.includes(id)) messages.push(say.duplicate(id));
    else if (ids.length >= max) messages.push(say.tooMany(max, id));
    else ids.push(id);
  }
  return { ids, messages };
}

/** Cases per shard of the compare picker's data: the picker fetches only the shards it needs. */
export const CASES_PER_COMPARE_SHARD = 100;

export function compareShardCount(caseCount: number): number {
  return Math.max(1, Math.ceil(caseCount / CASES_PER_COMPARE_SHARD));
}

/** Which shard holds a case's facts (FNV-1a of the ID), stable for a given shard count. */
export function compareShard(id: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shardCount;
}

/** The IDs named in ?cases= values, trimmed, in order, before they are checked. */
export function requestedIds(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(',')).map((id) => id.trim()).filter((id) => id !== '');
}
