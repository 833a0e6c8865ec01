// RSS feed of cases, most recently added or changed first (lib/feed.ts); @astrojs/rss writes and
// escapes the XML. atom:link rel="self" names the feed's own address, as RSS Best Practices ask.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getLibrary } from '../lib/content.ts';
import { feedItems } from '../lib/feed.ts';
import { href, paths } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const library = await getLibrary();
  const self = new URL(href('/rss.xml'), site).href;
  return rss({
    title: '治理案例库',
    description: '地方治理创新案例：新收录和最近修改的案例',
    site: new URL(paths.home(), site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-CN</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: feedItems(library).map(({ entry, date, added }) => ({
      title: entry.data.title,
      link: paths.case(entry.id),
      description: entry.data.summary,
      pubDate: date,
      categories: [added ? '新收录' : '修改'],
    })),
  });
};
