// Downloads: citations of every case as CSL-JSON, BibTeX and RIS, in title order.
import type { APIRoute, GetStaticPaths } from 'astro';
import { caseCitable } from '../../lib/case-metadata.ts';
import { citationFiles } from '../../lib/citation.ts';
import { getLibrary } from '../../lib/content.ts';
import { paths } from '../../lib/urls.ts';

const FILES = {
  'cases.csl.json': { format: citationFiles.csl, type: 'application/vnd.citationstyles.csl+json' },
  'cases.bib': { format: citationFiles.bibtex, type: 'application/x-bibtex; charset=utf-8' },
  'cases.ris': { format: citationFiles.ris, type: 'application/x-research-info-systems; charset=utf-8' },
} as const;

export const getStaticPaths = (() => Object.keys(FILES).map((citations) => ({ params: { citations } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const library = await getLibrary();
  const siteUrl = new URL(paths.home(), site).href;
  const file = FILES[params.citations as keyof typeof FILES];
  return new Response(file.format(library.cases.map((entry) => caseCitable(entry, siteUrl))), { headers: { 'Content-Type': file.type } });
};
