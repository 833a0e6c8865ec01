// Award programmes (brands) and their editions (events): one YAML file each.
import { z } from 'astro/zod';
import { entryId, httpUrl, partialDate, text, uniqueList } from './common.ts';

export const awardProgrammeSchema = z.strictObject({
  /** Short name used on the site, e.g. 楚治. */
  name: text(40),
  /** Full formal name, when different. */
  fullName: text(100).optional(),
  /** Organising bodies. Default: none known. */
  organisers: z.array(text(60)).default([]),
  /** Year of the first edition, when a source gives it. */
  since: z.number().int().min(1949).max(2100).optional(),
  /** Official site. */
  url: httpUrl.optional(),
  /** What the programme is, from the sources (≤ 400 characters). */
  description: text(400).optional(),
  /** English name and description. `translated: true` (the default) marks our translation where the organisers published no English name. */
  en: z
    .strictObject({
      name: text(80),
      fullName: text(200).optional(),
      description: text(800).optional(),
      translated: z.boolean().default(true),
    })
    .optional(),
  /** Source IDs that support these facts. */
  sources: uniqueList(entryId, { min: 1 }),
});

export const editionCategorySchema = z.strictObject({
  /** Category name, exactly as cases refer to it. */
  name: text(40),
  /** English name of the category (our translation unless the edition's `en.translated` is false). */
  en: text(80).optional(),
  /** Tier within the edition (十佳, 优秀 …), when the source gives one. */
  tier: text(20).optional(),
  /** How many the source says were awarded in this category. */
  awarded: z.number().int().min(0).optional(),
});

export const awardEditionSchema = z.strictObject({
  /** ID of the programme (content/awards/<id>.yaml). */
  programme: entryId,
  /** Year the edition was held. */
  year: z.number().int().min(1949).max(2100),
  /** Full title of the edition. */
  title: text(100),
  /** Short title for lists. */
  shortTitle: text(40).optional(),
  /** English title. `translated: true` (the default) marks our translation where the organisers published none. */
  en: z
    .strictObject({
      title: text(200),
      shortTitle: text(80).optional(),
      translated: z.boolean().default(true),
    })
    .optional(),
  /** Organisers of this edition. Default: none known. */
  organisers: z.array(text(60)).default([]),
  /** Co-organisers of this edition. Default: none known. */
  coOrganisers: z.array(text(80)).default([]),
  /** True only when the source ranks the winners. Default: false. */
  ranked: z.boolean().default(false),
  /** Categories / tiers, in the edition's own order. */
  categories: z
    .array(editionCategorySchema)
    .min(1, 'must list at least one category')
    .refine((list) => new Set(list.map((c) => c.name)).size === list.length, 'category names must be distinct'),
  /** Key dates, in order. */
  dates: z.array(z.strictObject({ label: text(40), en: text(80).optional(), date: partialDate })).default([]),
  /** Counts the source gives. */
  counts: z
    .strictObject({
      applications: z.number().int().min(0).optional(),
      shortlisted: z.number().int().min(0).optional(),
      awarded: z.number().int().min(0).optional(),
    })
    .default({}),
  /** Source IDs that support these facts. */
  sources: uniqueList(entryId, { min: 1 }),
});

export type AwardProgramme = z.infer<typeof awardProgrammeSchema>;
export type AwardEdition = z.infer<typeof awardEditionSchema>;
