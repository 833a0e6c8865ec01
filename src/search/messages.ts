// The search page's own words, in each language the site has: the page renders one set as JSON
// (data-messages, search/page-data.ts) and the script (scripts/search-page.ts) fills their
// {placeholders}. Kept beside the script, like the compare picker's words, so its bundle stays small.
import { CASE_FIELD_LABELS_EN } from '../schemas/constants.ts';
import { SEARCH_FILTERS, type SearchFilter } from './filters.ts';

export type SearchLocale = 'zh' | 'en';

export interface SearchMessages {
  loading: string;
  unavailable: string;
  filters: string;
  filtersChosen: string;
  tooLong: string;
  typeSomething: string;
  typeOrFilter: string;
  corrected: string;
  correctedLiteral: string;
  conceptsIncluded: string;
  regionsIncluded: string;
  literalBefore: string;
  literalAfter: string;
  didYouMean: string;
  listSeparator: string;
  chosenConditions: string;
  quoted: string;
  noneFound: string;
  nowhere: string;
  partial: string;
  notFound: string;
  found: string;
  split: string;
  expansions: string;
  missing: string;
  via: string;
  viaTopic: string;
  viaRegion: string;
  shortened: string;
  count: string;
  clearFilters: string;
  filterNames: Record<SearchFilter, string>;
  /** The export buttons (scripts/search-export-button.ts). */
  exportLabel: string;
  exportAria: string;
  exportNothing: string;
  exportPreparing: string;
  exportReading: string;
  exportPartial: string;
  exportDone: string;
  exportFailed: string;
}

const zh: SearchMessages = {
  loading: '正在加载搜索索引…',
  unavailable: '搜索暂时无法使用，请稍后刷新重试，或按下面的方式浏览。',
  filters: '筛选条件',
  filtersChosen: '筛选条件（已选 {n} 项）',
  tooLong: '关键词过长，只按前 {n} 个字搜索。',
  typeSomething: '请输入至少一个汉字、字母或数字。',
  typeOrFilter: '请输入关键词，或在左侧选择筛选条件。',
  corrected: '已显示“{name}”的结果。仍然搜索“',
  correctedLiteral: '”。',
  conceptsIncluded: '包含主题：{labels}。',
  regionsIncluded: '包含地区：{labels}。',
  literalBefore: '只搜索“',
  literalAfter: '”本身。',
  didYouMean: '您是不是要找：',
  listSeparator: '、',
  chosenConditions: '所选条件',
  quoted: '“{text}”',
  noneFound: '没有找到与{label}匹配的案例。',
  nowhere: '（以下词语在所有案例中都没有出现：{words}）',
  partial: '没有完全匹配{label}的结果，以下案例包含部分关键词（找到 {n} 个）。',
  notFound: '未找到：{words}。',
  found: '找到 {n} 个与{label}相关的案例。',
  split: '按词语分别查找：{words}。',
  expansions: '包含：{words}。',
  missing: '缺少：{words}',
  via: '按{concepts}匹配',
  viaTopic: '主题“{label}”',
  viaRegion: '地区“{label}”',
  shortened: '{word}（按“{part}”查找）',
  count: '{value}（{n}）',
  clearFilters: '清除全部筛选',
  filterNames: { ...SEARCH_FILTERS },
  exportLabel: '导出当前结果：',
  exportAria: '将当前结果导出为 {format}',
  exportNothing: ' 没有可导出的结果。',
  exportPreparing: ' 正在准备…',
  exportReading: ' 正在读取数据 {done}/{total}…',
  exportPartial: ' 已导出前 {count} 个结果（共 {total} 个；全部数据请在“数据下载”页获取）。',
  exportDone: ' 已导出 {count} 个结果。',
  exportFailed: ' 导出失败，请稍后重试。',
};

const en: SearchMessages = {
  loading: 'Loading the search index…',
  unavailable: 'Search is not available at the moment. Please reload the page later, or browse as below.',
  filters: 'Filters',
  filtersChosen: 'Filters ({n} chosen)',
  tooLong: 'The query is too long: only its first {n} characters are searched. ',
  typeSomething: 'Please type at least one letter, digit or Chinese character.',
  typeOrFilter: 'Type a query, or choose filters.',
  corrected: 'Showing results for “{name}”. Search instead for “',
  correctedLiteral: '”. ',
  conceptsIncluded: 'Including the topics: {labels}. ',
  regionsIncluded: 'Including the regions: {labels}. ',
  literalBefore: 'Search only for “',
  literalAfter: '”.',
  didYouMean: 'Did you mean: ',
  listSeparator: ', ',
  chosenConditions: 'the chosen filters',
  quoted: '“{text}”',
  noneFound: 'No cases match {label}. ',
  nowhere: '(These words occur in no case: {words}.) ',
  partial: 'No case matches all of {label}; these cases contain some of the words ({n} found). ',
  notFound: 'Not found: {words}. ',
  found: 'Cases found for {label}: {n}. ',
  split: 'Searched word by word: {words}. ',
  expansions: 'Including: {words}. ',
  missing: 'Missing: {words}',
  via: 'Matched by {concepts}',
  viaTopic: 'the topic “{label}”',
  viaRegion: 'the region “{label}”',
  shortened: '{word} (searched as “{part}”)',
  count: '{value} ({n})',
  clearFilters: 'Clear all filters',
  filterNames: {
    programme: 'Award',
    year: 'Award year',
    category: 'Award category',
    province: 'Province',
    city: 'City',
    domain: CASE_FIELD_LABELS_EN.domains,
    technology: CASE_FIELD_LABELS_EN.technologies,
    level: CASE_FIELD_LABELS_EN.level,
    completeness: CASE_FIELD_LABELS_EN.completeness,
  },
  exportLabel: 'Export the current results: ',
  exportAria: 'Export the current results as {format}',
  exportNothing: ' There are no results to export.',
  exportPreparing: ' Preparing…',
  exportReading: ' Reading the data {done}/{total}…',
  exportPartial: ' Exported the first {count} results (of {total}; the whole data set is on the Open data page).',
  exportDone: ' Exported {count} results.',
  exportFailed: ' The export failed. Please try again later.',
};

export const SEARCH_MESSAGES: Record<SearchLocale, SearchMessages> = { zh, en };

/** A message with its {placeholders} filled; an unknown placeholder is left as written. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
