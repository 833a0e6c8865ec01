// npm run pr-summary: what a pull request changes in content/, as Markdown for the CI job summary.
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { parseCommandLine, usageError } from './lib/cli.ts';
import type { EntrySnapshot } from './lib/content-changes.ts';

const USAGE = `Usage: npm run pr-summary -- --base REF [--head REF] [--output FILE]

Compares content/ at the merge base of REF and the head (default HEAD) with content/ at the head,
using git and the project's entry parser, and writes Markdown: cases (and other entries) added,
changed with the fields that changed, and removed. Writes to FILE, else to $GITHUB_STEP_SUMMARY
(appending, as GitHub expects), else to stdout. Exit codes: 0 written, 1 git failed, 2 bad usage.`;

const CLI = { name: 'pr-summary', usage: USAGE, options: { base: { type: 'string' }, head: { type: 'string' }, output: { type: 'string' } } } as const;
const { values: options } = parseCommandLine(CLI);
if (!options.base) usageError(CLI, '--base is required (the branch or commit the pull request merges into)');
// The entry parser, once the command line is known to be good.
const { diffContent, readSnapshot, renderSummary } = await import('./lib/content-changes.ts');

const head = options.head ?? 'HEAD';
const mergeBase = git(['merge-base', options.base, head]).trim();
const changedFiles = git(['diff', '--name-status', '--no-renames', '-z', mergeBase, head, '--', 'content/'])
  .split('\0')
  .filter(Boolean);

const before: EntrySnapshot[] = [];
const after: EntrySnapshot[] = [];
for (let i = 0; i + 1 < changedFiles.length; i += 2) {
  const [status, file] = [changedFiles[i], changedFiles[i + 1]];
  if (status !== 'A') pushSnapshot(before, file, git(['show', `${mergeBase}:${file}`]));
  if (status !== 'D') pushSnapshot(after, file, git(['show', `${head}:${file}`]));
}

const markdown = renderSummary(diffContent(before, after));
const output = options.output ?? process.env.GITHUB_STEP_SUMMARY;
if (output) appendFileSync(output, markdown);
else process.stdout.write(markdown);

function pushSnapshot(list: EntrySnapshot[], file: string, text: string): void {
  const snapshot = readSnapshot(file, text);
  if (snapshot) list.push(snapshot);
}

function git(args: string[]): string {
  const result = spawnSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) {
    console.error(`pr-summary: git ${args.join(' ')} failed: ${result.stderr.trim() || result.error?.message}`);
    process.exit(1);
  }
  return result.stdout;
}
