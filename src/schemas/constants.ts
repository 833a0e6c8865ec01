// Enumerations shared by schemas and browser code. No Zod here, so client bundles stay small.

/** Rows a comparison table can show, in display order. */
export const COMPARISON_DIMENSIONS = [
  'organisations',
  'region',
  'level',
  'domains',
  'technologies',
  'period',
  'awards',
  'metrics',
  'completeness',
] as const;

/** Short Chinese labels of the completeness levels (schemas/case.ts), for badges, facets and tables. */
export const COMPLETENESS_LABELS = { stub: '简目', partial: '部分', complete: '完整' } as const;
