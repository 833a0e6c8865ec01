// npm run validate: check every entry under content/ without building the site.
import path from 'node:path';
import { readSettings } from '../src/config.ts';
import { LIMITS } from '../src/entry/limits.ts';
import type { Problem } from '../src/validation/index.ts';
import { parseCommandLine, usageError } from './lib/cli.ts';

const USAGE = `Usage: npm run validate [-- --content DIR] [--format text|github] [--quiet]

Checks every file under content/ (or DIR, or $CONTENT_DIR): YAML syntax, schema, cross-references,
duplicate titles and aliases, UTF-8, calendar dates, size and nesting limits, and safe MDX. A file
that takes longer than ${LIMITS.fileMilliseconds / 1000} s to check is stopped and reported as too complex.
Exits 1 if there is any problem, else prints a summary and exits 0.

  --content DIR    the content folder to check (default: content/, or $CONTENT_DIR)
  --format text    one line per problem on stderr: file:line: field: message (the default)
  --format github  one GitHub Actions workflow command per problem on stdout,
                   ::error file=<path>,line=<n>,title=<field>::<message>,
                   so that CI shows each message on the pull request's changed line
  --quiet          print nothing when there is no problem
  --help           show this text`;

const CLI = { name: 'validate', usage: USAGE, options: { content: { type: 'string' }, format: { type: 'string' }, quiet: { type: 'boolean' } } } as const;
const { values: options } = parseCommandLine(CLI);
const FORMATS = ['text', 'github'];
if (!FORMATS.includes(options.format ?? 'text')) usageError(CLI, `unknown format "${options.format}" (known: ${FORMATS.join(', ')})`);

// The validator is loaded once the command line is known to be good: it starts its file checker's
// worker as it loads, which --help and a usage error do not need.
const { formatProblem, validateContent } = await import('../src/validation/index.ts');
const { formatGithubAnnotation } = await import('../src/validation/github-format.ts');
const write: (problem: Problem) => void =
  options.format === 'github' ? (problem) => console.log(formatGithubAnnotation(problem)) : (problem) => console.error(formatProblem(problem));

const contentDir = path.resolve(options.content ?? readSettings().contentDir);
let result: ReturnType<typeof validateContent>;
try {
  result = validateContent(contentDir);
} catch (error) {
  // validateContent reports everything a file contains as a problem; only a failure of the
  // validator itself (its worker could not start, say) gets here: one line, no stack trace.
  console.error(`validate: internal error, the content was not checked: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const { problems, counts } = result;
for (const problem of problems) write(problem);
const summary = Object.entries(counts).map(([name, count]) => `${count} ${name}`).join(', ');
if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${path.relative(process.cwd(), contentDir) || '.'} (${summary})`);
  process.exit(1);
}
if (!options.quiet) console.log(`content OK: ${summary}`);
