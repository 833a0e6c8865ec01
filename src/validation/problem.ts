// A validation problem: one line of output naming file, line and field.
export interface Problem {
  /** Path relative to the project, with forward slashes. */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  /** Dotted field path such as awards[0].category, or '' for the file itself. */
  field: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:`;
  return problem.field ? `${where} ${problem.field}: ${problem.message}` : `${where} ${problem.message}`;
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field);
}

/** Render a path such as ['awards', 0, 'category'] as awards[0].category. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
