// A validation problem as a GitHub Actions workflow command, so that the message appears as an
// annotation on the pull request's changed line:
// ::error file=<path>,line=<n>,title=<field>::<message>
// Escaping follows GitHub's rules for workflow commands (the runner decodes these sequences):
// in the message, % and line breaks; in a property value, also : and , which would end it.
import type { Problem } from './problem.ts';

export function formatGithubAnnotation(problem: Problem): string {
  const properties = [`file=${escapeProperty(problem.file)}`, `line=${problem.line}`];
  if (problem.field) properties.push(`title=${escapeProperty(problem.field)}`);
  return `::error ${properties.join(',')}::${escapeData(problem.message)}`;
}

export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
