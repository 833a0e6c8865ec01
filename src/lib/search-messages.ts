// The search page's own words, in each language the site has: the page renders one set as JSON
// (data-messages) and the script (scripts/search-page.ts) fills their {placeholders}. The filter
// values' labels (data-filter-labels) map the Chinese values the indexes carry to the page's
// language. Pure and shared by the page and the script.
import { COMPLETENESS, COMPLETENESS_LABELS } from '../schemas/constants.ts';
import type { Library } from './library.ts';
import { SEARCH_FILTERS, SEARCH_SORTS, type SearchFilter } from './search-filters.ts';

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
    domain: 'Domain',
    technology: 'Technology',
    level: 'Level',
    completeness: 'Completeness',
  },
};

export const SEARCH_MESSAGES: Record<SearchLocale, SearchMessages> = { zh, en };

/** The sort orders' labels. */
export const SEARCH_SORT_LABELS: Record<SearchLocale, Record<keyof typeof SEARCH_SORTS, string>> = {
  zh: { ...SEARCH_SORTS },
  en: { '': 'Relevance', year: 'Year (newest first)', title: 'Title' },
};

const COMPLETENESS_EN: Record<string, string> = { stub: 'Stub', partial: 'Partial', complete: 'Complete' };

/** A message with its {placeholders} filled; an unknown placeholder is left as written. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The filter values' labels in English: Chinese value (as the records carry it) → the
 * vocabularies' `en`, the programmes' `en.name`, the categories' `en`. A value without an English
 * label is shown in Chinese (and marked as Chinese by the page).
 */
export function filterLabelsEn(library: Library): Partial<Record<SearchFilter, Record<string, string>>> {
  const labels: Partial<Record<SearchFilter, Record<string, string>>> = {};
  const add = (filter: SearchFilter, value: string, label: string | undefined) => {
    if (label) (labels[filter] ??= {})[value] = label;
  };
  for (const programme of library.programmes) add('programme', programme.data.name, programme.data.en?.name);
  for (const edition of library.editions) for (const category of edition.data.categories) add('category', category.name, category.en);
  for (const term of library.terms('region')) add(term.rank === 'province' ? 'province' : 'city', term.label, term.en);
  for (const term of library.terms('domain')) add('domain', term.label, term.en);
  for (const term of library.terms('technology')) add('technology', term.label, term.en);
  for (const term of library.terms('level')) add('level', term.label, term.en);
  for (const level of COMPLETENESS) add('completeness', COMPLETENESS_LABELS[level], COMPLETENESS_EN[level]);
  return labels;
}

/** Text cut into runs of Han characters and the rest, so the English page can mark Chinese with lang="zh-CN". */
export function scriptRuns(text: string): Array<{ text: string; han: boolean }> {
  const runs: Array<{ text: string; han: boolean }> = [];
  for (const match of text.matchAll(/(\p{Script=Han}[\p{Script=Han}\p{P}\s\d]*\p{Script=Han}|\p{Script=Han})|[^\p{Script=Han}]+/gu)) {
    runs.push({ text: match[0], han: match[1] !== undefined });
  }
  return runs;
}
