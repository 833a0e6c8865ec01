// sitemap.xml listing every HTML page the build writes.
import type { APIRoute } from 'astro';
import { getLibrary } from '../lib/content.ts';
import { CASE_ORDERS, CASES_PER_PAGE } from '../lib/case-order.ts';
import { paths } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const library = await getLibrary();
  const pageCount = Math.ceil(library.cases.length / CASES_PER_PAGE);
  const listPages = Array.from({ length: pageCount - 1 }, (_, i) => `${paths.cases()}${i + 2}/`);
  const pages = [
    paths.home(), paths.cases(), ...listPages, paths.awards(), paths.years(), paths.topics(), paths.compare(), paths.search(), paths.data(), paths.contribute(),
    ...Object.keys(CASE_ORDERS).filter((o) => o !== 'title').map((o) => `${paths.cases()}sort/${o}/`),
    ...library.cases.map((c) => paths.case(c.id)),
    ...library.programmes.map((p) => paths.programme(p.id)),
    ...library.editions.map((e) => paths.edition(e.data.programme, e.id)),
    ...library.awardYears().map((y) => paths.year(y)),
    ...library.vocabularies.flatMap((v) => [paths.vocabulary(v.id), ...v.data.terms.map((t) => paths.term(v.id, t.id))]),
    ...library.comparisons.map((c) => paths.comparison(c.id)),
  ];
  const urls = pages.map((path) => `<url><loc>${new URL(path, site).href}</loc></url>`).join('');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml' },
  });
};
