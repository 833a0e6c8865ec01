// PLACEHOLDER owned by the research workstream (issue 14), which replaces this file: it wires the
// export button(s) and lazily imports the export code on click. The search page (search-page.ts)
// calls registerExportSource once with a function returning the case IDs of ALL current results,
// filters applied, in displayed order. Until the real module lands, the source is only kept.
let source: (() => string[]) | undefined;

export function registerExportSource(getResultIds: () => string[]): void {
  source = getResultIds;
}

/** The registered source's current IDs (for tests and the real module's replacement). */
export function currentResultIds(): string[] {
  return source?.() ?? [];
}
