// npm run validate: check every entry under content/ without building the site.
import path from 'node:path';
import { contentDirectory } from '../src/schemas/index.ts';
import { formatProblem, validateContent } from '../src/validation/index.ts';

const USAGE = `Usage: npm run validate [-- --content DIR] [--quiet]

Checks every file under content/ (or DIR, or $CONTENT_DIR): YAML syntax, schema, cross-references,
duplicate titles and aliases, UTF-8, length limits and safe MDX. Prints one line per problem
(file:line: field: message) and exits 1 if there is any, else prints a summary and exits 0.`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const contentIndex = args.indexOf('--content');
const contentDir = path.resolve(contentIndex >= 0 ? (args[contentIndex + 1] ?? '') : contentDirectory());
const unknown = args.filter((arg, i) => !['--quiet', '--content'].includes(arg) && args[i - 1] !== '--content');
if (unknown.length > 0) {
  console.error(`validate: unknown argument ${unknown[0]}\n\n${USAGE}`);
  process.exit(2);
}

const { problems, counts } = validateContent(contentDir);
for (const problem of problems) console.error(formatProblem(problem));
const summary = Object.entries(counts).map(([name, count]) => `${count} ${name}`).join(', ');
if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${path.relative(process.cwd(), contentDir) || '.'} (${summary})`);
  process.exit(1);
}
if (!args.includes('--quiet')) console.log(`content OK: ${summary}`);
