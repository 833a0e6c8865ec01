// The open dataset: one flat row per case, one row per metric, one row per award listing, and the
// column definitions behind them. The CSV downloads, the codebook on /data/ and datapackage.json
// are all generated from the tables below, so the description cannot drift from the files.
import { stringify } from 'csv-stringify/sync';
import { COMPLETENESS, COMPLETENESS_LABELS, METRIC_BOUNDS } from '../schemas/constants.ts';
import type { CaseAward } from '../schemas/case.ts';
import { paths } from '../library/urls.ts';
import { caseAwardLabel, regionPathLabel, UNSTATED_LABEL } from '../library/format.ts';
import { caseDates } from '../library/case-dates.ts';
import type { CaseEntry, Library } from '../library/library.ts';

/**
 * Column types, named as in Frictionless Table Schema v2, except `partial-date`: a date as precise
 * as its source (YYYY, YYYY-MM or YYYY-MM-DD), which Table Schema describes as a string with a pattern.
 */
export type ColumnType = 'string' | 'integer' | 'number' | 'date' | 'partial-date' | 'boolean' | 'list';

export interface Column<Row> {
  name: string;
  type: ColumnType;
  description: string;
  /** The same description in English (the English codebook). */
  descriptionEn: string;
  value: (row: Row) => string | number | boolean | undefined;
  /** The only values the column may hold (empty = unknown is always allowed). */
  categories?: readonly string[];
  /** Every row has a value. */
  required?: boolean;
}

/** One CSV file of the dataset. */
export interface DatasetTable<Row> {
  /** Resource name in datapackage.json. */
  name: string;
  /** File name under /data/. */
  file: string;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  columns: Column<Row>[];
  rows: Row[];
  primaryKey?: string[];
  /** Columns that hold a case ID of cases.csv. */
  caseIdColumn?: string;
}

/** Lists inside a cell are joined with this (datapackage.json declares it as the delimiter). */
export const LIST_DELIMITER = '; ';
export const PARTIAL_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
export const BOOLEAN_VALUES = { true: 'true', false: 'false' } as const;

const list = (values: readonly string[]) => values.join(LIST_DELIMITER);
const bool = (value: boolean | undefined) => (value === undefined ? undefined : BOOLEAN_VALUES[String(value) as 'true' | 'false']);

/** A case's URL on the site (absolute). */
export const caseUrl = (siteUrl: string, id: string) => new URL(paths.case(id), siteUrl).href;

export function caseColumns(library: Library, siteUrl: string): Column<CaseEntry>[] {
  const regionAt = (entry: CaseEntry, rank: string) => library.regionPath(entry.data.region).find((t) => t.rank === rank)?.label;
  const labels = (vocabulary: 'domain' | 'technology' | 'org-type' | 'level') => library.terms(vocabulary).map((t) => t.label);
  const rankLabels = (rank: string) => library.terms('region').filter((t) => t.rank === rank).map((t) => t.label);
  // English codebook: the cells hold the Chinese labels; each is glossed with its English label.
  const glossed = (vocabulary: 'domain' | 'technology' | 'org-type' | 'level') => library.terms(vocabulary).map((t) => (t.en ? `${t.label} (${t.en})` : t.label)).join(', ');
  return [
    { name: 'id', type: 'string', required: true, description: '稳定编号（文件名），用于网址和引用', descriptionEn: 'Stable ID (the file name), used in URLs and citations', value: (c) => c.id },
    { name: 'title', type: 'string', required: true, description: '案例标题', descriptionEn: 'Case title (Chinese)', value: (c) => c.data.title },
    { name: 'summary', type: 'string', required: true, description: '摘要（≤200字）', descriptionEn: 'Summary in Chinese (at most 200 characters)', value: (c) => c.data.summary },
    { name: 'title_en', type: 'string', description: '英文标题（编辑撰写；尚未翻译的案例为空）', descriptionEn: 'English title, written by an editor (empty while the case awaits translation)', value: (c) => c.data.en?.title },
    { name: 'summary_en', type: 'string', description: '英文摘要（编辑撰写；尚未翻译的案例为空）', descriptionEn: 'English summary, written by an editor (empty while the case awaits translation)', value: (c) => c.data.en?.summary },
    { name: 'aliases', type: 'list', description: '简称、项目名', descriptionEn: 'Short names and project names', value: (c) => list(c.data.aliases) },
    { name: 'organisations', type: 'list', required: true, description: '主体单位，牵头单位在前', descriptionEn: 'Organisations as the sources name them, lead organisation first', value: (c) => list(c.data.organisations.map((o) => o.name)) },
    { name: 'organisation_types', type: 'list', required: true, description: `对应的组织类型，与 organisations 逐一对应；来源未说明的记为“${UNSTATED_LABEL}”：${[...labels('org-type'), UNSTATED_LABEL].join('、')}`, descriptionEn: `Organisation type of each organisation, in the same order, as the Chinese label of the org-type vocabulary; ${UNSTATED_LABEL} (not stated) when the sources do not state it: ${glossed('org-type')}`, value: (c) => list(c.data.organisations.map((o) => library.termLabel('org-type', o.type))) },
    { name: 'region_id', type: 'string', required: true, description: '地区词条编号（region 词表）；来源没有地点时为 unspecified', descriptionEn: 'ID of the region term (region vocabulary); unspecified when the sources give no place', categories: library.terms('region').map((t) => t.id), value: (c) => c.data.region },
    { name: 'region_path', type: 'string', description: '地区路径：省 › 市 › 区县 › 乡镇街道（全国性案例为空）', descriptionEn: 'Region path: province › city › county › township (empty for national cases)', value: (c) => regionPathLabel(library.regionPath(c.data.region)) },
    { name: 'province', type: 'string', description: '省级地区（全国性案例为空）', descriptionEn: 'Province-level region (empty for national cases)', categories: rankLabels('province'), value: (c) => regionAt(c, 'province') },
    { name: 'city', type: 'string', description: '地市级地区（来源未载明则为空）', descriptionEn: 'Prefecture-level city (empty when the sources do not state it)', categories: rankLabels('city'), value: (c) => regionAt(c, 'city') },
    { name: 'level', type: 'string', required: true, description: `层级（level 词表）；来源不支持任何层级时为“${UNSTATED_LABEL}”`, descriptionEn: `Administrative level (level vocabulary, Chinese label); ${UNSTATED_LABEL} (not stated) when the sources support none: ${glossed('level')}`, categories: [...labels('level'), UNSTATED_LABEL], value: (c) => library.termLabel('level', c.data.level) },
    { name: 'domains', type: 'list', required: true, description: `领域（domain 词表，1–3 个）：${labels('domain').join('、')}`, descriptionEn: `Domains (domain vocabulary, 1–3, Chinese labels): ${glossed('domain')}`, value: (c) => list(c.data.domains.map((d) => library.termLabel('domain', d))) },
    { name: 'technologies', type: 'list', description: `技术（technology 词表）：${labels('technology').join('、')}`, descriptionEn: `Technologies the sources name (technology vocabulary, Chinese labels): ${glossed('technology')}`, value: (c) => list(c.data.technologies.map((t) => library.termLabel('technology', t))) },
    { name: 'launched', type: 'partial-date', description: '起始时间（YYYY、YYYY-MM 或 YYYY-MM-DD，精度同来源）', descriptionEn: 'When the practice started (YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source)', value: (c) => c.data.period.launched },
    { name: 'ended', type: 'partial-date', description: '结束时间（精度同来源）', descriptionEn: 'When it ended (as precise as the source)', value: (c) => c.data.period.ended },
    { name: 'ongoing', type: 'boolean', description: '来源称仍在运行时为 true', descriptionEn: 'true when a source says it is still running', value: (c) => bool(c.data.period.ongoing) },
    { name: 'field_notes', type: 'list', description: '推断说明：字段名: 说明（如 level: 据名单所列单位名称判断）', descriptionEn: 'Notes on inferred values: field: note (in Chinese)', value: (c) => list(Object.entries(c.data.fieldNotes ?? {}).map(([field, note]) => `${field}: ${note}`)) },
    { name: 'awards', type: 'list', description: '获奖与入选：年份 评选 · 类别（明细见 awards.csv）', descriptionEn: 'Awards and listings: year, programme · category (details in awards.csv)', value: (c) => list(c.data.awards.map((a) => caseAwardLabel(library, a))) },
    { name: 'award_editions', type: 'list', description: '获奖届次编号', descriptionEn: 'IDs of the award editions', value: (c) => list(c.data.awards.map((a) => a.edition)) },
    { name: 'metrics_count', type: 'integer', required: true, description: '结构化指标条数（明细见 metrics.csv）', descriptionEn: 'Number of structured figures (details in metrics.csv)', value: (c) => c.data.metrics.length },
    { name: 'sources', type: 'list', required: true, description: '来源编号', descriptionEn: 'IDs of the sources', value: (c) => list(c.data.sources) },
    { name: 'completeness', type: 'string', required: true, description: COMPLETENESS.map((level) => `${level}（${COMPLETENESS_LABELS[level]}）`).join(' / '), descriptionEn: 'How complete the entry is: stub (known only from an award listing) / partial / complete', categories: COMPLETENESS, value: (c) => c.data.completeness },
    { name: 'last_reviewed', type: 'date', required: true, description: '最近核对日期', descriptionEn: 'Date of the last editorial review', value: (c) => c.data.lastReviewed },
    { name: 'first_published', type: 'date', required: true, description: '首次收录日期（本库 git 历史中该条目首次提交之日）', descriptionEn: 'Date the entry was first published in the library (its first commit in the git history)', value: (c) => caseDates(library, c).published },
    { name: 'last_changed', type: 'date', required: true, description: '最近修改日期（该条目最近一次提交之日）', descriptionEn: 'Date the entry last changed (its latest commit)', value: (c) => caseDates(library, c).modified },
    { name: 'url', type: 'string', required: true, description: '案例页面网址', descriptionEn: 'URL of the case page', value: (c) => caseUrl(siteUrl, c.id) },
  ];
}

export interface MetricRow {
  caseId: string;
  metric: CaseEntry['data']['metrics'][number];
}

export const METRIC_COLUMNS: Column<MetricRow>[] = [
  { name: 'case_id', type: 'string', required: true, description: '案例编号（cases.csv 的 id）', descriptionEn: 'Case ID (id in cases.csv)', value: (r) => r.caseId },
  { name: 'label', type: 'string', required: true, description: '指标名称', descriptionEn: 'What is counted (as the source words it)', value: (r) => r.metric.label },
  { name: 'value', type: 'number', required: true, description: '数值', descriptionEn: 'Value', value: (r) => r.metric.value },
  { name: 'max', type: 'number', description: '范围的上限：来源给出范围或“数万”“几千”这类约数时，value 为下限、max 为上限；单一数值时为空', descriptionEn: 'Upper end of a range: where the source gives a range or a vague quantity (数万, 几千), value is the lower end and max the upper; empty for a single figure', value: (r) => r.metric.max },
  { name: 'unit', type: 'string', required: true, description: '单位', descriptionEn: 'Unit', value: (r) => r.metric.unit },
  { name: 'bound', type: 'string', required: true, description: 'exact（确数）/ about（约）/ over（以上、余）/ under（以下、不足）', descriptionEn: 'exact / about (约) / over (以上, 余) / under (以下, 不足)', categories: METRIC_BOUNDS, value: (r) => r.metric.bound },
  { name: 'as_of', type: 'partial-date', description: '数据所指时间（精度同来源）', descriptionEn: 'Date the figure refers to (as precise as the source)', value: (r) => r.metric.asOf },
  { name: 'period', type: 'string', description: '数据覆盖的时段（文字）', descriptionEn: 'Span the figure covers (text)', value: (r) => r.metric.period },
  { name: 'source', type: 'string', required: true, description: '来源编号', descriptionEn: 'Source ID', value: (r) => r.metric.source },
  { name: 'note', type: 'string', description: '说明', descriptionEn: 'Note', value: (r) => r.metric.note },
];

export function metricRows(library: Library): MetricRow[] {
  return library.cases.flatMap((c) => c.data.metrics.map((metric) => ({ caseId: c.id, metric })));
}

/** One case as listed by one award edition. */
export interface AwardListingRow {
  caseId: string;
  award: CaseAward;
}

export function awardListingColumns(library: Library): Column<AwardListingRow>[] {
  const edition = (r: AwardListingRow) => library.edition(r.award.edition);
  return [
    { name: 'programme', type: 'string', required: true, description: '评选（奖项品牌）名称', descriptionEn: 'Award programme name', categories: library.programmes.map((p) => p.data.name), value: (r) => library.programme(edition(r)?.data.programme ?? '')?.data.name },
    { name: 'edition', type: 'string', required: true, description: '届次编号', descriptionEn: 'Edition ID', categories: library.editions.map((e) => e.id), value: (r) => r.award.edition },
    { name: 'edition_year', type: 'integer', required: true, description: '届次举办年份', descriptionEn: 'Year of the edition', value: (r) => edition(r)?.data.year },
    { name: 'category', type: 'string', required: true, description: '类别，与该届公布的类别名称一致', descriptionEn: 'Category, exactly as the edition names it', categories: [...new Set(library.editions.flatMap((e) => e.data.categories.map((c) => c.name)))], value: (r) => r.award.category },
    { name: 'position', type: 'integer', description: '在该类别公布名单中的位次（从 1 起；名单“排名不分先后”时仅表示顺序）', descriptionEn: "Place in the category's published list, from 1 (only an order when the list is unranked)", value: (r) => r.award.position },
    { name: 'rank', type: 'integer', description: '名次，仅当该届评选排名时', descriptionEn: 'Rank, only when the edition ranks its winners', value: (r) => r.award.rank },
    { name: 'listed_title', type: 'string', description: '名单所列项目名称（原文照录）', descriptionEn: 'Project title exactly as the list gives it', value: (r) => r.award.listedTitle },
    { name: 'listed_organisations', type: 'list', description: '名单所列单位（原文照录，按名单顺序）', descriptionEn: 'Organisations exactly as the list names them, in its order', value: (r) => list(r.award.listedOrganisations ?? []) },
    { name: 'case_id', type: 'string', required: true, description: '案例编号（cases.csv 的 id）', descriptionEn: 'Case ID (id in cases.csv)', value: (r) => r.caseId },
  ];
}

/** Award listings in the order the editions publish them: edition, category order, position. */
export function awardListingRows(library: Library): AwardListingRow[] {
  return library.editions.flatMap((edition) =>
    library.editionWinners(edition.id).flatMap((group) => group.listings.map(({ entry, award }) => ({ caseId: entry.id, award }))),
  );
}

export type AnyDatasetTable = DatasetTable<CaseEntry> | DatasetTable<MetricRow> | DatasetTable<AwardListingRow>;

/** The dataset's CSV files, in the order /data/ lists them. */
export function datasetTables(library: Library, siteUrl: string): [DatasetTable<CaseEntry>, DatasetTable<MetricRow>, DatasetTable<AwardListingRow>] {
  return [
    {
      name: 'cases', file: 'cases.csv', title: '案例表', titleEn: 'Cases', description: '每个案例一行。', descriptionEn: 'One row per case.',
      columns: caseColumns(library, siteUrl), rows: library.cases, primaryKey: ['id'],
    },
    {
      name: 'metrics', file: 'metrics.csv', title: '指标表', titleEn: 'Figures', description: '来源给出的每一项结构化指标一行。', descriptionEn: 'One row per structured figure a source gives.',
      columns: METRIC_COLUMNS, rows: metricRows(library), caseIdColumn: 'case_id',
    },
    {
      name: 'awards', file: 'awards.csv', title: '获奖名单表', titleEn: 'Award listings', description: '每个案例在每一届评选名单中的一次入选一行，名称与单位按公布名单原文照录。', descriptionEn: 'One row per listing of a case by an award edition; titles and organisations exactly as the published list gives them.',
      columns: awardListingColumns(library), rows: awardListingRows(library), primaryKey: ['edition', 'category', 'case_id'], caseIdColumn: 'case_id',
    },
  ];
}

/** Rows as arrays of cell values, header first, ready for a CSV writer. */
export function table<Row>(columns: Column<Row>[], rows: Row[]): Array<Array<string | number | boolean>> {
  return [columns.map((c) => c.name), ...rows.map((row) => columns.map((c) => c.value(row) ?? ''))];
}

/**
 * A table as CSV: UTF-8 without a byte-order mark, as the Data Package v2 specification recommends
 * for the described resources. `{ excel: true }` gives the spreadsheet copy: the same bytes after a
 * BOM, which Excel needs to read the file as UTF-8 (excelFileName() names it).
 */
export function csvFile(dataset: AnyDatasetTable, options: { excel?: boolean } = {}): string {
  const { columns, rows } = dataset as unknown as DatasetTable<unknown>;
  return stringify(table(columns, rows), { bom: options.excel === true });
}

/** The spreadsheet copy's file name: cases.csv → cases.excel.csv. */
export const excelFileName = (file: string) => file.replace(/\.csv$/, '.excel.csv');

/** Human-readable type names for the codebook. */
export const COLUMN_TYPE_LABELS_EN: Record<ColumnType, string> = {
  string: 'text',
  integer: 'integer',
  number: 'number',
  date: 'date (YYYY-MM-DD)',
  'partial-date': 'date, as precise as the source',
  boolean: 'true / false',
  list: `list (separated by "${LIST_DELIMITER}")`,
};

export const COLUMN_TYPE_LABELS: Record<ColumnType, string> = {
  string: '文本',
  integer: '整数',
  number: '数值',
  date: '日期（YYYY-MM-DD）',
  'partial-date': '日期（精度同来源）',
  boolean: 'true / false',
  list: `列表（以“${LIST_DELIMITER}”分隔）`,
};
