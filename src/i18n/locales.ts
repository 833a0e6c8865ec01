// The site's two languages: Chinese first (unprefixed, the default) and English under /en/.
// Pure and free of Astro imports, so astro.config.mjs, pages, lib modules and browser code share it.

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh';

/** The BCP 47 tag of each locale, for <html lang>, hreflang, Intl and lang="" on names. */
export const LANGUAGE_TAGS: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** OpenGraph's og:locale of each locale. */
export const OG_LOCALES: Record<Locale, string> = { zh: 'zh_CN', en: 'en_GB' };

/** The path prefix of a locale under the site's base: '' for Chinese, 'en/' for English. */
export const LOCALE_PREFIX: Record<Locale, string> = { zh: '', en: 'en/' };

/** The locale Astro reports for the current route (Astro.currentLocale), as one of ours. */
export function toLocale(value: string | undefined): Locale {
  return value === 'en' ? 'en' : 'zh';
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh' : 'en';
}
