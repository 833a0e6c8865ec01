// Enumerations shared by schemas and browser code, each with its Chinese labels, so a value and
// how it is shown are defined together. No Zod here, so client bundles stay small.

/** Rows a comparison table can show, in display order. */
export const COMPARISON_DIMENSIONS = [
  'organisations',
  'region',
  'level',
  'domains',
  'technologies',
  'period',
  'awards',
  'metrics',
  'completeness',
] as const;

/**
 * Chinese labels of a case's fields, wherever a field is named to a reader: the case page's facts
 * panel, comparison rows, search filters, the web editor's form.
 */
export const CASE_FIELD_LABELS = {
  aliases: '简称 / 项目名',
  organisations: '主体单位',
  region: '地区',
  level: '层级',
  domains: '领域',
  technologies: '技术',
  period: '时间',
  awards: '获奖与入选',
  metrics: '数据指标',
  completeness: '完整度',
  lastReviewed: '最近核对日期',
} as const;

/** How many cases one comparison puts side by side: curated pages and the compare picker alike. */
export const COMPARE_CASES = { min: 2, max: 6 } as const;

/** How complete an entry is (schemas/case.ts `completeness`). */
export const COMPLETENESS = ['stub', 'partial', 'complete'] as const;
export type Completeness = (typeof COMPLETENESS)[number];

/** Short labels of the completeness levels, for badges, facets and tables. */
export const COMPLETENESS_LABELS: Record<Completeness, string> = { stub: '简目', partial: '部分', complete: '完整' };

/** The same levels explained, for a case page's facts panel. */
export const COMPLETENESS_DESCRIPTIONS: Record<Completeness, string> = {
  stub: '简目（仅有名称、单位和获奖信息）',
  partial: '部分（来源支持部分章节）',
  complete: '完整',
};

/** How a source qualifies a figure (schemas/case.ts `metrics[].bound`): 约, 余/超, 不足. */
export const METRIC_BOUNDS = ['exact', 'about', 'over', 'under'] as const;
export type MetricBound = (typeof METRIC_BOUNDS)[number];

/** The word shown before a qualified figure; none for an exact one. */
export const METRIC_BOUND_LABELS: Record<MetricBound, string> = { exact: '', about: '约', over: '超过', under: '不足' };

/** What an organisation does in a case (schemas/case.ts `organisations[].role`). */
export const ORGANISATION_ROLES = ['lead', 'partner', 'operator', 'technology', 'funder'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export const ORGANISATION_ROLE_LABELS: Record<OrganisationRole, string> = {
  lead: '牵头',
  partner: '合作',
  operator: '运营',
  technology: '技术支持',
  funder: '资助',
};

// English labels of the same enumerations, for the English pages (/en/). Each is typed against
// the Chinese labels' keys, so a new value cannot miss its English label.

export const CASE_FIELD_LABELS_EN: Record<keyof typeof CASE_FIELD_LABELS, string> = {
  aliases: 'Short names / project names',
  organisations: 'Organisations',
  region: 'Region',
  level: 'Level',
  domains: 'Domains',
  technologies: 'Technologies',
  period: 'Period',
  awards: 'Awards and listings',
  metrics: 'Figures',
  completeness: 'Completeness',
  lastReviewed: 'Last checked',
};

export const COMPLETENESS_LABELS_EN: Record<Completeness, string> = { stub: 'Stub', partial: 'Partial', complete: 'Complete' };

export const COMPLETENESS_DESCRIPTIONS_EN: Record<Completeness, string> = {
  stub: 'Stub (name, organisations and award only)',
  partial: 'Partial (the sources support some sections)',
  complete: 'Complete',
};

export const METRIC_BOUND_LABELS_EN: Record<MetricBound, string> = { exact: '', about: 'about', over: 'over', under: 'under' };

export const ORGANISATION_ROLE_LABELS_EN: Record<OrganisationRole, string> = {
  lead: 'lead',
  partner: 'partner',
  operator: 'operator',
  technology: 'technology provider',
  funder: 'funder',
};

/** Each enumeration's labels in one language: pages pick them by the page's locale. */
export const ENUM_LABELS = {
  zh: { caseFields: CASE_FIELD_LABELS, completeness: COMPLETENESS_LABELS, completenessDescriptions: COMPLETENESS_DESCRIPTIONS, metricBounds: METRIC_BOUND_LABELS, roles: ORGANISATION_ROLE_LABELS },
  en: { caseFields: CASE_FIELD_LABELS_EN, completeness: COMPLETENESS_LABELS_EN, completenessDescriptions: COMPLETENESS_DESCRIPTIONS_EN, metricBounds: METRIC_BOUND_LABELS_EN, roles: ORGANISATION_ROLE_LABELS_EN },
} satisfies Record<'zh' | 'en', Record<string, Record<string, string>>>;
