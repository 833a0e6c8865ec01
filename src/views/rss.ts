// RSS feed of cases, most recently added or changed first (library/feed.ts), in either language:
// /rss.xml and /en/rss.xml (English titles and summaries where written). @astrojs/rss writes and
// escapes the XML; atom:link rel="self" names the feed's own address, as RSS Best Practices ask.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getLibrary } from '../library/content.ts';
import { caseSummary, caseTitle } from '../library/localized.ts';
import { feedItems } from '../library/feed.ts';
import { pathsFor } from '../library/urls.ts';
import { DICTIONARIES } from '../i18n/index.ts';
import { LANGUAGE_TAGS, type Locale } from '../i18n/locales.ts';

export const caseFeed = (locale: Locale): APIRoute => async ({ site }) => {
  const library = await getLibrary();
  const paths = pathsFor(locale);
  const t = DICTIONARIES[locale].rss;
  const self = new URL(paths.rss(), site).href;
  return rss({
    title: t.title,
    description: t.description,
    site: new URL(paths.home(), site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${LANGUAGE_TAGS[locale]}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: feedItems(library).map(({ entry, date, added }) => ({
      title: caseTitle(entry, locale),
      link: paths.case(entry.id),
      description: caseSummary(entry, locale),
      pubDate: date,
      categories: [added ? t.added : t.changed],
    })),
  });
};
