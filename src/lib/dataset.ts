// The open dataset: one flat row per case, one row per metric, and the codebook that documents
// every column. The CSV and JSON downloads and the /data/ page all come from here.
import type { CaseEntry, Library } from './library.ts';

export interface Column<Row> {
  name: string;
  type: 'text' | 'integer' | 'number' | 'date' | 'boolean' | 'list';
  description: string;
  value: (row: Row) => string | number | boolean | undefined;
}

const list = (values: readonly string[]) => values.join('; ');

export function caseColumns(library: Library, siteUrl: string): Column<CaseEntry>[] {
  const regionAt = (entry: CaseEntry, rank: string) => library.regionPath(entry.data.region).find((t) => t.rank === rank)?.label;
  return [
    { name: 'id', type: 'text', description: '稳定编号（文件名），用于网址和引用', value: (c) => c.id },
    { name: 'title', type: 'text', description: '案例标题', value: (c) => c.data.title },
    { name: 'summary', type: 'text', description: '摘要（≤200字）', value: (c) => c.data.summary },
    { name: 'aliases', type: 'list', description: '简称、项目名，以“; ”分隔', value: (c) => list(c.data.aliases) },
    { name: 'organisations', type: 'list', description: '主体单位，以“; ”分隔，牵头单位在前', value: (c) => list(c.data.organisations.map((o) => o.name)) },
    { name: 'organisation_types', type: 'list', description: '对应的组织类型（org-type 词表），顺序同上；来源未说明的记为“未说明”', value: (c) => list(c.data.organisations.map((o) => library.termLabel('org-type', o.type))) },
    { name: 'region_id', type: 'text', description: '地区词条编号（region 词表）；来源没有地点时为 unspecified', value: (c) => c.data.region },
    { name: 'region_path', type: 'text', description: '地区路径：省 › 市 › 区县 › 乡镇街道', value: (c) => library.regionPath(c.data.region).map((t) => t.label).join(' › ') },
    { name: 'province', type: 'text', description: '省级地区（全国性案例为空）', value: (c) => regionAt(c, 'province') },
    { name: 'city', type: 'text', description: '地市级地区（来源未载明则为空）', value: (c) => regionAt(c, 'city') },
    { name: 'level', type: 'text', description: '层级（level 词表）；来源不支持任何层级时为“未说明”', value: (c) => library.termLabel('level', c.data.level) },
    { name: 'domains', type: 'list', description: '领域（domain 词表，1–3 个）', value: (c) => list(c.data.domains.map((d) => library.termLabel('domain', d))) },
    { name: 'technologies', type: 'list', description: '技术（technology 词表）', value: (c) => list(c.data.technologies.map((t) => library.termLabel('technology', t))) },
    { name: 'launched', type: 'date', description: '起始时间（YYYY、YYYY-MM 或 YYYY-MM-DD，精度同来源）', value: (c) => c.data.period.launched },
    { name: 'ended', type: 'date', description: '结束时间', value: (c) => c.data.period.ended },
    { name: 'ongoing', type: 'boolean', description: '来源称仍在运行时为 true', value: (c) => c.data.period.ongoing },
    { name: 'field_notes', type: 'list', description: '推断说明：字段名: 说明（如 level: 据名单所列单位名称判断），以“; ”分隔', value: (c) => list(Object.entries(c.data.fieldNotes).map(([field, note]) => `${field}: ${note}`)) },
    { name: 'awards', type: 'list', description: '获奖与入选：年份 评选 类别', value: (c) => list(c.data.awards.map((a) => { const e = library.edition(a.edition); return `${e?.data.year ?? ''} ${e?.data.shortTitle ?? e?.data.title ?? a.edition} ${a.category}`; })) },
    { name: 'award_editions', type: 'list', description: '获奖届次编号', value: (c) => list(c.data.awards.map((a) => a.edition)) },
    { name: 'metrics_count', type: 'integer', description: '结构化指标条数（明细见 metrics.csv）', value: (c) => c.data.metrics.length },
    { name: 'sources', type: 'list', description: '来源编号', value: (c) => list(c.data.sources) },
    { name: 'completeness', type: 'text', description: 'stub（简目）/ partial（部分）/ complete（完整）', value: (c) => c.data.completeness },
    { name: 'last_reviewed', type: 'date', description: '最近核对日期', value: (c) => c.data.lastReviewed },
    { name: 'url', type: 'text', description: '案例页面网址', value: (c) => new URL(`cases/${c.id}/`, siteUrl).href },
  ];
}

export interface MetricRow {
  caseId: string;
  metric: CaseEntry['data']['metrics'][number];
}

export const METRIC_COLUMNS: Column<MetricRow>[] = [
  { name: 'case_id', type: 'text', description: '案例编号', value: (r) => r.caseId },
  { name: 'label', type: 'text', description: '指标名称', value: (r) => r.metric.label },
  { name: 'value', type: 'number', description: '数值', value: (r) => r.metric.value },
  { name: 'unit', type: 'text', description: '单位', value: (r) => r.metric.unit },
  { name: 'bound', type: 'text', description: 'exact（确数）/ about（约）/ over（以上、余）/ under（以下、不足）', value: (r) => r.metric.bound },
  { name: 'as_of', type: 'date', description: '数据所指时间', value: (r) => r.metric.asOf },
  { name: 'period', type: 'text', description: '数据覆盖的时段（文字）', value: (r) => r.metric.period },
  { name: 'source', type: 'text', description: '来源编号', value: (r) => r.metric.source },
  { name: 'note', type: 'text', description: '说明', value: (r) => r.metric.note },
];

export function metricRows(library: Library): MetricRow[] {
  return library.cases.flatMap((c) => c.data.metrics.map((metric) => ({ caseId: c.id, metric })));
}

/** Rows as arrays of cell values, header first, ready for a CSV writer. */
export function table<Row>(columns: Column<Row>[], rows: Row[]): Array<Array<string | number | boolean>> {
  return [columns.map((c) => c.name), ...rows.map((row) => columns.map((c) => c.value(row) ?? ''))];
}
