// Pagefind custom records for every case: the text to index (in the bigram form of
// search-text.ts, Traditional characters converted), the filters and meta the search page
// shows. Built from the same query layer as the pages.
import { COMPLETENESS_LABELS } from '../schemas/constants.ts';
import { toSimplified } from './chinese-script.ts';
import type { CaseEntry, Library } from './library.ts';
import { indexText, NAME_FILLER, NAME_SPAN } from './search-text.ts';
import { SEARCH_LANGUAGE } from './search-filters.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * Cases per Pagefind index. Pagefind's indexer holds about 600 bytes per distinct (bigram, case)
 * pair, about 0.86 GB per 1,000 cases here, so a single index of 20,000 cases peaks near 17 GB
 * beside Astro: larger libraries are split into shards of at most this many cases. Each extra
 * shard makes a search load one more index chunk per bigram (+50–80% for a name search), so the
 * default keeps one index as long as the build fits. SEARCH_SHARD_SIZE overrides it, for example
 * to trade transfer for a smaller build machine.
 */
export function searchShardSize(env: Record<string, string | undefined> = process.env): number {
  const value = env.SEARCH_SHARD_SIZE?.trim();
  if (!value) return 20_000;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`SEARCH_SHARD_SIZE must be a whole number of cases, not "${value}"`);
  return Number(value);
}

/** How many index shards a library of `cases` cases gets. */
export function searchShardCount(cases: number, shardSize = searchShardSize()): number {
  return Math.max(1, Math.ceil(cases / shardSize));
}

/**
 * The names (title, then aliases) come first and are padded with filler tokens to NAME_SPAN word
 * positions, so the search page knows a match is in a name when its position is below NAME_SPAN.
 * A filler has no letters, so Pagefind gives it a position but indexes nothing for it.
 */
function namesBlock(names: string): string {
  const tokens = indexText(names).split(' ').filter(Boolean);
  return [...tokens, ...Array(Math.max(0, NAME_SPAN - tokens.length)).fill(NAME_FILLER)].join(' ');
}

/**
 * A case's record. Its URL is site-relative without Astro's base: the Pagefind client adds the
 * base itself (it is the folder above /pagefind/), so adding it here would double it.
 */
export function caseSearchRecord(library: Library, entry: CaseEntry, bodyText: string): SearchRecord {
  const data = entry.data;
  const regions = library.regionPath(data.region);
  const editions = data.awards.map((award) => ({ award, edition: library.edition(award.edition)! }));
  // Fields are joined with 。 so that no bigram spans two fields.
  const names = [data.title, ...data.aliases].join('。');
  const plain = [
    data.summary,
    data.organisations.map((o) => o.name).join('，'),
    regions.map((r) => r.label).join(' '),
    editions.map(({ award, edition }) => `${edition.data.title} ${award.category}`).join('，'),
    bodyText,
  ].join('。');
  return {
    url: `/cases/${entry.id}/`,
    content: `${namesBlock(toSimplified(names))} ${indexText(toSimplified(plain))}`,
    language: SEARCH_LANGUAGE,
    meta: {
      title: data.title,
      region: regions.map((r) => r.label).join(' › '),
      awards: editions.map(({ award, edition }) => `${edition.data.year} ${library.programme(edition.data.programme)?.data.name ?? ''} · ${award.category}`).join('|'),
      completeness: data.completeness,
    },
    filters: {
      programme: unique(editions.map(({ edition }) => library.programme(edition.data.programme)?.data.name ?? edition.data.programme)),
      year: unique(editions.map(({ edition }) => String(edition.data.year))),
      category: unique(editions.map(({ award }) => award.category)),
      province: regions.filter((r) => r.rank === 'province').map((r) => r.label),
      city: regions.filter((r) => r.rank === 'city').map((r) => r.label),
      domain: data.domains.map((d) => library.termLabel('domain', d)),
      technology: data.technologies.map((t) => library.termLabel('technology', t)),
      level: [library.termLabel('level', data.level)],
      completeness: [COMPLETENESS_LABELS[data.completeness]],
    },
  };
}

const unique = (values: string[]) => [...new Set(values)];
