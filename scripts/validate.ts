// npm run validate: check every entry under content/ without building the site.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirectory } from '../src/schemas/index.ts';
import { formatGithubAnnotation } from '../src/validation/github-format.ts';
import { formatProblem, validateContent, type Problem } from '../src/validation/index.ts';

const USAGE = `Usage: npm run validate [-- --content DIR] [--format text|github] [--quiet]

Checks every file under content/ (or DIR, or $CONTENT_DIR): YAML syntax, schema, cross-references,
duplicate titles and aliases, UTF-8, length limits and safe MDX. Exits 1 if there is any problem,
else prints a summary and exits 0.

  --content DIR    the content folder to check (default: content/, or $CONTENT_DIR)
  --format text    one line per problem on stderr: file:line: field: message (the default)
  --format github  one GitHub Actions workflow command per problem on stdout,
                   ::error file=<path>,line=<n>,title=<field>::<message>,
                   so that CI shows each message on the pull request's changed line
  --quiet          print nothing when there is no problem
  --help           show this text`;

const FORMATS: Record<string, { write: (problem: Problem) => void }> = {
  text: { write: (problem) => console.error(formatProblem(problem)) },
  github: { write: (problem) => console.log(formatGithubAnnotation(problem)) },
};

let options: { content?: string; format?: string; quiet?: boolean; help?: boolean };
try {
  options = parseArgs({
    options: {
      content: { type: 'string' },
      format: { type: 'string', default: 'text' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  console.error(`validate: ${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const format = FORMATS[options.format ?? 'text'];
if (!format) {
  console.error(`validate: unknown format "${options.format}" (known: ${Object.keys(FORMATS).join(', ')})\n\n${USAGE}`);
  process.exit(2);
}

const contentDir = path.resolve(options.content ?? contentDirectory());
const { problems, counts } = validateContent(contentDir);
for (const problem of problems) format.write(problem);
const summary = Object.entries(counts).map(([name, count]) => `${count} ${name}`).join(', ');
if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${path.relative(process.cwd(), contentDir) || '.'} (${summary})`);
  process.exit(1);
}
if (!options.quiet) console.log(`content OK: ${summary}`);
