// How the site shows a region path, an award, an edition, a period and an unstated value: one
// definition each for pages, components, the data files, the search records and browser scripts.
// Pure and free of Node and Astro imports, so browser bundles can use it.
import type { CaseAward, CaseData, CaseMetric } from '../schemas/case.ts';
import { ENUM_LABELS } from '../schemas/constants.ts';
import { LANGUAGE_TAGS, type Locale } from '../i18n/locales.ts';

/** What the site shows where the sources do not state a value (an organisation type, a level). */
export const UNSTATED_LABEL = '未说明';
export const UNSTATED_LABELS: Record<Locale, string> = { zh: UNSTATED_LABEL, en: 'Not stated' };

/** Between the places of a region path, broadest first: 湖北省 › 武汉市 › 蔡甸区. */
export const REGION_SEPARATOR = ' › ';

/** A region path as text, broadest place first. Empty for a path without places. */
export function regionPathLabel(path: ReadonlyArray<{ label: string }>): string {
  return path.map((term) => term.label).join(REGION_SEPARATOR);
}

interface EditionFields {
  year: number;
  title: string;
  shortTitle?: string;
}

/**
 * The tier to show beside a category's name: none when the name already says it (政务服务组十佳
 * is a 十佳 category; showing 政务服务组十佳（十佳） says it twice).
 */
export function categoryTierNote(category: { name: string; tier?: string }): string | undefined {
  return category.tier && !category.name.includes(category.tier) ? category.tier : undefined;
}

/**
 * An edition in lists and links: its year and short title (the full title when it has none). A
 * short title that already starts with the year is not given the year twice.
 */
export function editionLabel(edition: EditionFields): string {
  const name = edition.shortTitle ?? edition.title;
  return name.startsWith(String(edition.year)) ? name : `${edition.year} ${name}`;
}

/** An edition under its full title, as the award indexes list it: "2022 · 楚治——2022“荆楚杯”…". */
export function editionTitleLabel(edition: EditionFields): string {
  return `${edition.year} · ${edition.title}`;
}

/** An award as a badge or a list item: year, programme and category, e.g. "2022 楚治 · 数字政府". */
export function awardLabel(year: number | undefined, programmeName: string | undefined, category: string): string {
  const edition = [year, programmeName].filter((part) => part !== undefined && part !== '').join(' ');
  return edition === '' ? category : `${edition} · ${category}`;
}

/**
 * The lookups caseAwardLabel() needs; the Library has them. Named here rather than imported, so
 * that the display rules stay below the query layer (library.ts shows UNSTATED_LABEL).
 */
export interface AwardLookup {
  edition(id: string): { data: { year: number; programme: string } } | undefined;
  programme(id: string): { data: { name: string } } | undefined;
}

/** awardLabel() for one of a case's awards, looked up in the library. */
export function caseAwardLabel(library: AwardLookup, award: CaseAward): string {
  const edition = library.edition(award.edition);
  return awardLabel(edition?.data.year, edition && library.programme(edition.data.programme)?.data.name, award.category);
}

/**
 * When a case ran, as the sources say: "2019 起，2021 止", "2020-05 起，仍在运行". Undefined when
 * the sources state nothing; `unknownStart` stands first when an end or ongoing is stated but no start.
 */
const PERIOD_WORDS: Record<Locale, { launched: (date: string) => string; ended: (date: string) => string; ongoing: string; separator: string }> = {
  zh: { launched: (date) => `${date} 起`, ended: (date) => `${date} 止`, ongoing: '仍在运行', separator: '，' },
  en: { launched: (date) => `from ${date}`, ended: (date) => `until ${date}`, ongoing: 'still running', separator: ', ' },
};

export function periodLabel(period: CaseData['period'], unknownStart?: string, locale: Locale = 'zh'): string | undefined {
  const words = PERIOD_WORDS[locale];
  const parts = [
    period.launched ? words.launched(period.launched) : undefined,
    period.ended && words.ended(period.ended),
    period.ongoing ? words.ongoing : undefined,
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return undefined;
  if (!period.launched && unknownStart) parts.unshift(unknownStart);
  return parts.join(words.separator);
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A number written for the locale: 20,000 in both, 1.5 万 never (the sources' figures are kept as numbers). */
export function formatNumber(value: number, locale: Locale = 'zh'): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(LANGUAGE_TAGS[locale], { maximumFractionDigits: 4 })));
  return format.format(value);
}

/** A figure with its unit, qualified as the source qualified it: "超过 20,000 条" ("over 20,000 条"). */
export function formatMetricValue(metric: Pick<CaseMetric, 'value' | 'bound' | 'unit' | 'max'>, locale: Locale = 'zh'): string {
  const bound = ENUM_LABELS[locale].metricBounds[metric.bound];
  const range = metric.max === undefined ? '' : `–${formatNumber(metric.max, locale)}`;
  return `${bound ? `${bound} ` : ''}${formatNumber(metric.value, locale)}${range} ${metric.unit}`;
}

const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const FULL_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A date as precise as the source gave it (YYYY, YYYY-MM or YYYY-MM-DD), for the locale: Chinese
 * pages show it as written; English ones spell the month ("May 2020", "3 May 2020").
 */
export function formatDate(date: string, locale: Locale = 'zh'): string {
  if (locale === 'zh') return date;
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return date;
  const value = new Date(Date.UTC(year!, month - 1, day ?? 1));
  return (day === undefined ? MONTH_YEAR : FULL_DATE).format(value);
}
