// Comparison tables: each case's facts as display text per dimension, and the rows of a
// side-by-side table. The curated comparison pages and the compare picker's JSON both use this.
import type { ComparisonData } from '../schemas/comparison.ts';
import { CASE_FIELD_LABELS, COMPARE_CASES, COMPARISON_DIMENSIONS, COMPLETENESS_LABELS } from '../schemas/constants.ts';
import { caseAwardLabel, formatMetricValue, periodLabel, regionPathLabel } from './format.ts';
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

export function caseFacts(library: Library, entry: CaseEntry): CaseFacts {
  const data = entry.data;
  const orNull = (text: string) => (text.trim() === '' ? null : text);
  return {
    id: entry.id,
    title: data.title,
    facts: {
      organisations: data.organisations.map((o) => o.name).join('；'),
      region: regionPathLabel(library.regionPath(data.region)),
      level: library.termLabel('level', data.level),
      domains: data.domains.map((d) => library.termLabel('domain', d)).join('、'),
      technologies: orNull(data.technologies.map((t) => library.termLabel('technology', t)).join('、')),
      period: periodLabel(data.period) ?? null,
      awards: orNull(data.awards.map((a) => caseAwardLabel(library, a)).join('；')),
      completeness: COMPLETENESS_LABELS[data.completeness],
    },
    metrics: data.metrics.map((m) => ({ label: m.label, unit: m.unit, asOf: m.asOf, source: m.source, text: formatMetricValue(m) })),
  };
}

export interface ComparisonRow {
  label: string;
  /** One cell per case; null means the sources give no data. */
  cells: Array<{ text: string; asOf?: string } | null>;
  kind: 'fact' | 'metric';
}

/** Rows of a side-by-side table for cases of the library. */
export function comparisonRows(library: Library, cases: CaseEntry[], dimensions: readonly Dimension[] = COMPARISON_DIMENSIONS): ComparisonRow[] {
  return rowsFromFacts(cases.map((entry) => caseFacts(library, entry)), dimensions);
}

/**
 * Rows from already-extracted facts: the chosen dimensions in their fixed order, then metrics
 * aligned by label and unit (rows shared by more cases first). The compare picker runs this in
 * the browser on the JSON the build writes, so both tables are built the same way.
 */
export function rowsFromFacts(facts: CaseFacts[], dimensions: readonly Dimension[] = COMPARISON_DIMENSIONS): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  for (const dimension of COMPARISON_DIMENSIONS.filter((d) => dimensions.includes(d))) {
    if (dimension !== 'metrics') {
      rows.push({
        label: DIMENSION_LABELS[dimension],
        kind: 'fact',
        cells: facts.map((f) => (f.facts[dimension] === null ? null : { text: f.facts[dimension] })),
      });
      continue;
    }
    const metricRows = new Map<string, ComparisonRow>();
    facts.forEach((f, column) => {
      for (const metric of f.metrics) {
        const key = `${metric.label}\u0000${metric.unit}`;
        const row = metricRows.get(key) ?? { label: `${metric.label}（${metric.unit}）`, kind: 'metric' as const, cells: facts.map(() => null) };
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
export function comparisonCaption(count: number): string {
  return `${count} 个案例并排比较`;
}

/**
 * Placeholders of the table template the compare page renders with ComparisonTable.astro: the
 * picker clones its parts and puts a case's text where these stand, so the markup has one source.
 */
export const TEMPLATE_SLOTS = { title: '{title}', label: '{label}', text: '{text}', asOf: '{asOf}' } as const;

/** Parse ?cases=a,b,c (or repeated cases=…) into known IDs and messages about the rest. */
export function parseCompareSelection(
  values: readonly string[],
  knownIds: ReadonlySet<string>,
  max: number = COMPARE_CASES.max,
): { ids: string[]; messages: string[] } {
  const ids: string[] = [];
  const messages: string[] = [];
  for (const raw of values.flatMap((v) => v.split(','))) {
    const id = raw.trim();
    if (id === '') continue;
    if (!knownIds.has(id)) messages.push(`没有编号为“${id.slice(0, 60)}”的案例，已忽略。`);
    else if (ids.includes(id)) messages.push(`案例“${id}”重复出现，只保留一次。`);
    else if (ids.length >= max) messages.push(`最多同时比较 ${max} 个案例，“${id}”未加入。`);
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
