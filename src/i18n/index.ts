// What a page or component needs to speak its language: the locale of the current route, its
// dictionary, its site paths, its enumeration labels and how it formats numbers and dates.
import { ENUM_LABELS } from '../schemas/constants.ts';
import { formatNumber, UNSTATED_LABELS } from '../library/format.ts';
import { pathsFor } from '../library/urls.ts';
import { en } from './en.ts';
import { LANGUAGE_TAGS, toLocale, type Locale } from './locales.ts';
import { zh, type Dictionary } from './zh.ts';

export const DICTIONARIES: Record<Locale, Dictionary> = { zh, en };

/** Everything language-dependent for a route; call with Astro.currentLocale. */
export function i18n(currentLocale: string | undefined) {
  const locale = toLocale(currentLocale);
  return {
    locale,
    /** The page's BCP 47 language tag. */
    lang: LANGUAGE_TAGS[locale],
    t: DICTIONARIES[locale],
    paths: pathsFor(locale),
    labels: ENUM_LABELS[locale],
    unstated: UNSTATED_LABELS[locale],
    number: (value: number) => formatNumber(value, locale),
  };
}
export type I18n = ReturnType<typeof i18n>;
