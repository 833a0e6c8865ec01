// RSS feed of cases, most recently reviewed first (@astrojs/rss writes and escapes the XML), in
// either language: /rss.xml and /en/rss.xml (English titles and summaries where written).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getLibrary } from '../lib/content.ts';
import { caseSummary, caseTitle } from '../lib/localized.ts';
import { pathsFor } from '../lib/urls.ts';
import { DICTIONARIES } from '../i18n/index.ts';
import { LANGUAGE_TAGS, type Locale } from '../i18n/locales.ts';

/** How many cases the feed carries. */
const FEED_SIZE = 50;

export const caseFeed = (locale: Locale): APIRoute => async ({ site }) => {
  const library = await getLibrary();
  const paths = pathsFor(locale);
  const t = DICTIONARIES[locale].rss;
  const cases = library.recentlyReviewed(FEED_SIZE);
  return rss({
    title: t.title,
    description: t.description,
    site: new URL(paths.home(), site),
    customData: `<language>${LANGUAGE_TAGS[locale]}</language>`,
    items: cases.map((entry) => ({
      title: caseTitle(entry, locale),
      link: paths.case(entry.id),
      description: caseSummary(entry, locale),
      pubDate: new Date(`${entry.data.lastReviewed}T00:00:00Z`),
    })),
  });
};
