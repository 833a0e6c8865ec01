// RSS feed of cases, most recently reviewed first (@astrojs/rss writes and escapes the XML).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getLibrary } from '../lib/content.ts';
import { paths } from '../lib/urls.ts';

/** How many cases the feed carries. */
const FEED_SIZE = 50;

export const GET: APIRoute = async ({ site }) => {
  const library = await getLibrary();
  const cases = library.recentlyReviewed(FEED_SIZE);
  return rss({
    title: '治理案例库',
    description: '地方治理创新案例',
    site: new URL(paths.home(), site),
    customData: '<language>zh-CN</language>',
    items: cases.map((entry) => ({
      title: entry.data.title,
      link: paths.case(entry.id),
      description: entry.data.summary,
      pubDate: new Date(`${entry.data.lastReviewed}T00:00:00Z`),
    })),
  });
};
