// Pagefind custom records for every case: the text to index (in the bigram form of
// search-text.ts, Traditional characters converted), the filters and meta the search page
// shows. Built from the same query layer as the pages.
import { COMPLETENESS_LABELS } from '../schemas/constants.ts';
import { caseAwardLabel, regionPathLabel } from '../library/format.ts';
import { caseAwardText, caseTitle, regionPathText, termLabel } from '../library/localized.ts';
import { simplified } from '../text/chinese-script.ts';
import type { CaseEntry, Library } from '../library/library.ts';
import { BODY_START, indexText, NAME_FILLER, NAME_SPAN } from './text.ts';
import { SEARCH_LANGUAGE, SEARCH_LANGUAGE_EN, type SearchIndexLanguage } from './filters.ts';
import { pinyinWords } from './pinyin.ts';
import { caseConcepts, caseNames, regionPinyin } from './vocabulary.ts';
import type { Vocabulary } from '../schemas/taxonomy.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * A block of tokens padded with filler tokens to `span` word positions. The names come first,
 * padded to NAME_SPAN, then the summary, organisations, region and awards, padded to BODY_START,
 * so that the search page knows from a match's position which field it is in. A filler has no
 * letters, so Pagefind gives it a position but indexes nothing for it. A block that is too long
 * is kept whole: nothing is dropped from the index, and only the field of the matches after it is
 * misread (ranked lower).
 */
function padded(tokens: string[], span: number): string[] {
  return [...tokens, ...Array(Math.max(0, span - tokens.length)).fill(NAME_FILLER)];
}
const tokensOf = (text: string) => indexText(text).split(' ').filter(Boolean);

/**
 * A case's record. Its URL is site-relative without Astro's base: the Pagefind client adds the
 * base itself (it is the folder above /pagefind/), so adding it here would double it.
 */
export function caseSearchRecord(library: Library, entry: CaseEntry, bodyText: string, language: SearchIndexLanguage = SEARCH_LANGUAGE): SearchRecord {
  if (language === SEARCH_LANGUAGE_EN) return englishSearchRecord(library, entry);
  const data = entry.data;
  const regions = library.regionPath(data.region);
  const editions = data.awards.map((award) => ({ award, edition: library.edition(award.edition)! }));
  // Fields are joined with 。 so that no bigram spans two fields. Names: the title, aliases and the
  // titles the award lists give, then their pinyin (full and initials, see search-pinyin.ts).
  const names = caseNames(entry).map(simplified);
  const organisations = [...new Set([...data.organisations.map((o) => o.name), ...data.awards.flatMap((a) => a.listedOrganisations)])].map(simplified);
  const nameTokens = [...tokensOf(names.join('。')), NAME_FILLER, ...new Set(names.flatMap((name) => pinyinWords(name)))];
  // Keywords (what the practice is about, in plain Chinese and English words) count as words of the
  // case, beside its summary.
  const meta = joinFields([
    data.summary,
    data.keywords.join('、'),
    organisations.join('，'),
    regions.map((r) => r.label).join(' '),
    editions.map(({ award, edition }) => `${edition.data.title} ${award.category}`).join('，'),
  ]);
  // The pinyin follows a filler, where the page's excerpts stop reading (readableFields), then the
  // markers of the vocabulary concepts the case is filed under (search-concepts.ts).
  const metaTokens = [
    ...tokensOf(simplified(meta)),
    NAME_FILLER,
    ...new Set([...regions.flatMap(regionPinyin), ...organisations.flatMap((name) => pinyinWords(name))]),
    ...caseConcepts(library, entry),
  ];
  return {
    url: `/cases/${entry.id}/`,
    content: [...padded(nameTokens, NAME_SPAN), ...padded(metaTokens, BODY_START - NAME_SPAN), ...tokensOf(simplified(bodyText))].join(' '),
    language: SEARCH_LANGUAGE,
    meta: {
      title: data.title,
      region: regionPathLabel(regions),
      awards: data.awards.map((award) => caseAwardLabel(library, award)).join('|'),
      completeness: data.completeness,
    },
    filters: caseFilters(library, entry),
  };
}

/** The nine filters, with the Chinese values both indexes carry (the English page labels them). */
function caseFilters(library: Library, entry: CaseEntry): Record<string, string[]> {
  const data = entry.data;
  const regions = library.regionPath(data.region);
  const editions = data.awards.map((award) => ({ award, edition: library.edition(award.edition)! }));
  return {
      programme: unique(editions.map(({ edition }) => library.programme(edition.data.programme)?.data.name ?? edition.data.programme)),
      year: unique(editions.map(({ edition }) => String(edition.data.year))),
      category: unique(editions.map(({ award }) => award.category)),
      province: regions.filter((r) => r.rank === 'province').map((r) => r.label),
      city: regions.filter((r) => r.rank === 'city').map((r) => r.label),
      domain: data.domains.map((d) => library.termLabel('domain', d)),
      technology: data.technologies.map((t) => library.termLabel('technology', t)),
      level: [library.termLabel('level', data.level)],
      completeness: [COMPLETENESS_LABELS[data.completeness]],
  };
}

/** Text in Latin script only (English words; a word with Han characters is left to the Chinese names). */
export const isLatinText = (text: string) => !/\p{Script=Han}/u.test(text);

/**
 * A case's record in the English index (language `en`, which Pagefind stems: audits → audit). The
 * same three blocks as the Chinese record, so positions tell fields the same way:
 * - names: the English title, then the Chinese names (title, aliases, listed titles) in the
 *   Chinese index's bigram form (indexText), so a Chinese name typed on the English page finds
 *   its case;
 * - then the English summary, the English keywords, the English labels and Latin-script entry
 *   terms of the terms the case is filed under, the Chinese organisations and region names
 *   (bigram form), and after a filler the concept markers;
 * - no body (the body is Chinese; the Chinese index has it).
 */
function englishSearchRecord(library: Library, entry: CaseEntry): SearchRecord {
  const data = entry.data;
  const regions = library.regionPath(data.region);
  const names = caseNames(entry).map(simplified);
  const organisations = [...new Set([...data.organisations.map((o) => o.name), ...data.awards.flatMap((a) => a.listedOrganisations)])].map(simplified);
  const termKeys: Array<[Vocabulary, string]> = [
    ...data.domains.map((id) => ['domain', id] as [Vocabulary, string]),
    ...data.technologies.map((id) => ['technology', id] as [Vocabulary, string]),
    ...(data.level ? [['level', data.level] as [Vocabulary, string]] : []),
    ...data.organisations.flatMap((o) => (o.type ? [['org-type', o.type] as [Vocabulary, string]] : [])),
    ...regions.map((r) => ['region', r.id] as [Vocabulary, string]),
  ];
  const termWords = [...new Set(termKeys.flatMap(([vocabulary, id]) => {
    const term = library.term(vocabulary, id);
    return term ? [...(term.en ? [termLabel(term, 'en')] : []), ...(term.entryTerms ?? []).filter(isLatinText)] : [];
  }))];
  const nameTokens = [...tokensOf([data.en?.title ?? '', ...names].filter(Boolean).join('。'))];
  const metaTokens = [
    ...tokensOf(simplified(joinFields([
      data.en?.summary ?? '',
      data.keywords.filter(isLatinText).join(', '),
      termWords.join(', '),
      organisations.join('，'),
      regions.map((r) => r.label).join(' '),
    ]))),
    NAME_FILLER,
    ...caseConcepts(library, entry),
  ];
  return {
    url: `/en/cases/${entry.id}/`,
    content: [...padded(nameTokens, NAME_SPAN), ...padded(metaTokens, BODY_START - NAME_SPAN)].join(' '),
    language: SEARCH_LANGUAGE_EN,
    meta: {
      title: caseTitle(entry, 'en'),
      titleZh: data.title,
      region: regionPathText(regions, 'en'),
      awards: data.awards.map((award) => caseAwardText(library, award, 'en')).join('|'),
      completeness: data.completeness,
    },
    filters: caseFilters(library, entry),
  };
}

const unique = (values: string[]) => [...new Set(values)];

/**
 * Fields joined by 。 (so that no bigram spans two of them), without doubling a field's own
 * closing punctuation or leaving one for an empty field: excerpts read these fields back.
 */
export function joinFields(fields: string[]): string {
  return fields
    .map((field) => field.trim().replace(/[。．.！!？?；;]+$/u, ''))
    .filter(Boolean)
    .join('。');
}
