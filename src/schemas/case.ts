// Cases: one MDX file per governance practice; this is its front matter.
import { z } from 'astro/zod';
import { endNotBeforeStart, entryId, fullDate, partialDate, periodText, text, uniqueList } from './common.ts';
import { COMPLETENESS, METRIC_BOUNDS, ORGANISATION_ROLES } from './constants.ts';

export const organisationSchema = z.strictObject({
  /** The name as the source gives it. */
  name: text(80),
  /**
   * Term of the org-type vocabulary, only when a source states it or the name proves it under the
   * rule in org-type-names.ts (…局, …厅, …委, …政府, 中共…委 → party-government; …大学, 中科院…所 →
   * academic; …有限公司, …集团 → enterprise, not whose). A place name (…街道, …镇) proves nothing.
   * Default: not stated (shown as 未说明).
   */
  type: entryId.optional(),
  /** What the organisation does in the case. */
  role: z.enum(ORGANISATION_ROLES),
});

export const caseAwardSchema = z.strictObject({
  /** ID of the edition (content/editions/<id>.yaml). */
  edition: entryId,
  /** A category name of that edition, exactly. */
  category: text(40),
  /** Rank, only when the edition is ranked. */
  rank: z.number().int().min(1).optional(),
  /**
   * Position in the published list within the category, from 1, kept even when the list is
   * unranked (排名不分先后 lists still have an order). Positions in a category are unique and
   * contiguous.
   */
  position: z.number().int().min(1).optional(),
  /** The project title exactly as the published list gives it, quotes included. Default: none given. */
  listedTitle: text(120).optional(),
  /** The organisations exactly as the published list names them, in its order. Default: none given. */
  listedOrganisations: z.array(text(80)).default([]),
});

/** The fields a note may explain (see caseSchema.fieldNotes). */
export const NOTED_FIELDS = ['organisations', 'region', 'level', 'period', 'technologies', 'awards'] as const;
export type NotedField = (typeof NOTED_FIELDS)[number];

export const fieldNotesSchema = z.strictObject(
  Object.fromEntries(NOTED_FIELDS.map((field) => [field, text(200).optional()])) as Record<NotedField, z.ZodOptional<ReturnType<typeof text>>>,
);

export const metricSchema = z.strictObject({
  /** What is counted or measured. */
  label: text(40),
  /** The number. */
  value: z.number(),
  /** Unit (个, 条, 万元, %, …). Required: a bare number cannot be compared. */
  unit: text(12),
  /** exact, or about / over / under when the source says 约 / 余 / 以下. Default: exact. */
  bound: z.enum(METRIC_BOUNDS).default('exact'),
  /**
   * The top of a range, when the source gives one or a vague quantity that a single figure would
   * misstate: 三四百米 → value 300, max 400; 数万人 → 20000 to 90000 (数 and 几 mean more than one and
   * fewer than ten). Greater than value; bound stays exact. Default: a single figure.
   */
  max: z.number().optional(),
  /** The date the figure refers to. */
  asOf: partialDate.optional(),
  /** The span the figure covers, in words, or as dates written start/end (2023-12-13/2024-03-27): calendar dates, the end not before the start. */
  period: periodText(60).optional(),
  /** ID of the source that gives the figure. */
  source: entryId,
  /** Context a reader needs. */
  note: text(120).optional(),
}).refine((metric) => metric.max === undefined || (metric.max > metric.value && metric.bound === 'exact'), {
  message: 'must be greater than value, and a range takes no bound (the range already says how vague the figure is)',
  path: ['max'],
});

export const caseSchema = z.strictObject({
  /** Title (≤ 60 characters), unique across cases. */
  title: text(60, 2),
  /** One- or two-sentence summary (10–200 characters). */
  summary: text(200, 10),
  /** English title and summary, written by an editor from the sources (never machine-translated). Default: none yet (listed as needing translation). */
  en: z
    .strictObject({
      /** English title (≤ 160 characters). Names inside it keep their Chinese form elsewhere on the page. */
      title: text(160, 2),
      /** English summary, faithful to the Chinese one (10–600 characters). */
      summary: text(600, 10),
    })
    .optional(),
  /** Short names and project names. Default: none. */
  aliases: uniqueList(text(30)).default([]),
  /**
   * What the practice is about, in plain words people search with (停电抢修, 供电服务, power outage),
   * Chinese or English; each must be true of this case. Default: none.
   */
  keywords: uniqueList(text(30)).default([]),
  /** Organisations, lead first. */
  organisations: z.array(organisationSchema).min(1, 'must name at least one organisation'),
  /** Term of the region vocabulary: the most specific one the sources support (`unspecified` when none). */
  region: entryId,
  /** Term of the level vocabulary, when the sources support one. Default: not stated (shown as 未说明). */
  level: entryId.optional(),
  /** 1–3 terms of the domain vocabulary. */
  domains: uniqueList(entryId, { min: 1, max: 3 }),
  /** Terms of the technology vocabulary. Default: none. */
  technologies: uniqueList(entryId).default([]),
  /** When it ran, only as the sources say. */
  period: z
    .strictObject({ launched: partialDate.optional(), ended: partialDate.optional(), ongoing: z.boolean().optional() })
    .superRefine(endNotBeforeStart('launched', 'ended'))
    .default({}),
  /**
   * Short notes on how a field's value was arrived at, shown next to it: a year read from context,
   * a level judged from a title, a region taken from the award's scope. Default: none.
   */
  fieldNotes: fieldNotesSchema.default({}),
  /** Awards and listings. Default: none. */
  awards: z.array(caseAwardSchema).default([]),
  /** Every figure a source gives about the case. Default: none. */
  metrics: z.array(metricSchema).default([]),
  /** Source IDs; every fact on the page traces to one of them. */
  sources: uniqueList(entryId, { min: 1 }),
  /** stub: known only by title, organisation and award; partial; complete. */
  completeness: z.enum(COMPLETENESS),
  /** When an editor last checked the entry against its sources. */
  lastReviewed: fullDate,
});

export type CaseData = z.infer<typeof caseSchema>;
export type CaseMetric = z.infer<typeof metricSchema>;
export type CaseAward = z.infer<typeof caseAwardSchema>;
export type CaseFieldNotes = z.infer<typeof fieldNotesSchema>;
