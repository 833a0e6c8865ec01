// Downloads: citations of every case as CSL-JSON, BibTeX and RIS, in title order; the *.en.* files
// are the English-language variants (research/citation.ts: APA's original title [English translation]).
import type { APIRoute, GetStaticPaths } from 'astro';
import { caseCitable } from '../../research/case-metadata.ts';
import { citationFiles, type CitationLanguage } from '../../research/citation.ts';
import { getLibrary } from '../../library/content.ts';
import { paths } from '../../library/urls.ts';

const FORMATS = {
  csl: { file: (lang: string) => `cases${lang}.csl.json`, type: 'application/vnd.citationstyles.csl+json' },
  bibtex: { file: (lang: string) => `cases${lang}.bib`, type: 'application/x-bibtex; charset=utf-8' },
  ris: { file: (lang: string) => `cases${lang}.ris`, type: 'application/x-research-info-systems; charset=utf-8' },
} as const;
const LANGUAGES: Record<CitationLanguage, string> = { zh: '', en: '.en' };

const FILES = new Map(
  (Object.keys(FORMATS) as Array<keyof typeof FORMATS>).flatMap((format) =>
    (Object.keys(LANGUAGES) as CitationLanguage[]).map((language) => [FORMATS[format].file(LANGUAGES[language]), { format, language }] as const),
  ),
);

export const getStaticPaths = (() => [...FILES.keys()].map((citations) => ({ params: { citations } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const library = await getLibrary();
  const siteUrl = new URL(paths.home(), site).href;
  const { format, language } = FILES.get(params.citations!)!;
  const entries = library.cases.map((entry) => caseCitable(library, entry, siteUrl));
  return new Response(citationFiles[format](entries, language), { headers: { 'Content-Type': FORMATS[format].type } });
};
