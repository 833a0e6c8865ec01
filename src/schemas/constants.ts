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
