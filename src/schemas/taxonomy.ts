// Controlled vocabularies: one YAML file per vocabulary under content/taxonomies/.
import { z } from 'astro/zod';
import { entryId, text, uniqueList } from './common.ts';

/** The vocabularies the site knows; each is one file, content/taxonomies/<vocabulary>.yaml. */
export const VOCABULARIES = ['domain', 'technology', 'region', 'level', 'org-type'] as const;
export type Vocabulary = (typeof VOCABULARIES)[number];

/** Levels of the region tree, from the root down. */
export const REGION_RANKS = ['country', 'province', 'city', 'district', 'town'] as const;

export const taxonomyTermSchema = z.strictObject({
  /** Stable term ID (kebab-case), used in entries and URLs. */
  id: entryId,
  /** Chinese label shown on the site. */
  label: text(30),
  /** Optional English label. */
  en: text(60).optional(),
  /** English definition. Default: none yet. */
  definitionEn: text(300).optional(),
  /** A short definition (≤ 120 characters). */
  definition: text(120),
  /**
   * Entry terms: everyday words, abbreviations and English words that mean this term (廉政, audit),
   * for search. Each must be true of every case filed under the term. Default: none.
   */
  entryTerms: uniqueList(text(40)).default([]),
  /** Regions only: ID of the parent region. */
  parent: entryId.optional(),
  /** Regions only: the term's level in the tree. */
  rank: z.enum(REGION_RANKS).optional(),
  /**
   * Regions only: the label's reading in toneless pinyin, one syllable per character separated by
   * spaces (黄陂区: huang pi qu). Only where the search's pinyin library reads a place name wrongly;
   * without it the reading is computed.
   */
  pinyin: z
    .string()
    .regex(/^[a-zü]+( [a-zü]+)*$/, 'must be toneless pinyin syllables in lower case, separated by single spaces (huang pi qu)')
    .optional(),
}).refine((term) => term.pinyin === undefined || term.pinyin.split(' ').length === [...term.label].length, {
  message: 'must give one syllable per character of the label',
  path: ['pinyin'],
});

export const taxonomySchema = z.strictObject({
  /** Must equal the file name. */
  vocabulary: z.enum(VOCABULARIES),
  /** Chinese name of the vocabulary. */
  label: text(20),
  /** What the vocabulary classifies. */
  description: text(200).optional(),
  /** The terms, in display order. */
  terms: z.array(taxonomyTermSchema).min(1, 'must list at least one term'),
});

export type TaxonomyTerm = z.infer<typeof taxonomyTermSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;
