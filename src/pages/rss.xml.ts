// RSS feed of cases, most recently reviewed first.
import type { APIRoute } from 'astro';
import { getLibrary } from '../lib/content.ts';

const escape = (value: string) => value.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

export const GET: APIRoute = async ({ site }) => {
  const library = await getLibrary();
  const base = new URL(import.meta.env.BASE_URL, site);
  const cases = [...library.cases]
    .sort((a, b) => b.data.lastReviewed.localeCompare(a.data.lastReviewed) || a.id.localeCompare(b.id))
    .slice(0, 50);
  const items = cases.map((entry) => {
    const link = new URL(`cases/${entry.id}/`, base).href;
    return `<item><title>${escape(entry.data.title)}</title><link>${link}</link><guid>${link}</guid><description>${escape(entry.data.summary)}</description><pubDate>${new Date(`${entry.data.lastReviewed}T00:00:00Z`).toUTCString()}</pubDate></item>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>治理案例库</title><link>${base.href}</link><description>地方治理创新案例</description><language>zh-CN</language>${items.join('')}</channel></rss>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
