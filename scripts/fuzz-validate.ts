// npm run fuzz:validate: many more generated and mutated entries than `npm test` runs, against the
// validator's property (never throws, never hangs, every problem names a file and a line).
import path from 'node:path';
import { LIMITS } from '../src/entry/limits.ts';
import { parseCommandLine, usageError } from './lib/cli.ts';

const USAGE = `Usage: npm run fuzz:validate [-- --runs N] [--seed N] [--budget MS] [--max-run N] [--max-depth N] [--verbose]

Validates N generated files, one at a time: byte-level mutations of the entries in content/ and
tests/fixtures/valid/, random YAML, YAML and Markdown token soup, and case bodies with deep nesting
and long runs of emphasis markers. Fails (exit 1) on the first file that makes the validator throw,
take far longer than its time budget, or report a problem without a file and a line, and prints
that file's recipe and the seed to replay it.

  --runs N        how many files (default 1000)
  --seed N        fast-check seed (default: a new one, printed)
  --budget MS     the validator's time budget per file (default ${LIMITS.fileMilliseconds})
  --max-run N     longest run of one Markdown marker (default 30000)
  --max-depth N   deepest generated nesting (default 5000)
  --verbose       one line per file: milliseconds, problems, how it was made
  --help          show this text`;

const CLI = {
  name: 'fuzz:validate',
  usage: USAGE,
  options: {
    runs: { type: 'string' },
    seed: { type: 'string' },
    budget: { type: 'string' },
    'max-run': { type: 'string' },
    'max-depth': { type: 'string' },
    verbose: { type: 'boolean' },
  },
} as const;
const { values } = parseCommandLine(CLI);
const integer = (name: string, value: string | undefined, fallback: number) => {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) usageError(CLI, `--${name} must be a whole number, not "${value}"`);
  return Number(value);
};
const runs = integer('runs', values.runs, 1000);
const seed = integer('seed', values.seed, Math.floor(Math.random() * 2 ** 31));
const root = path.resolve(import.meta.dirname, '..');
// The validator (which starts its worker as it loads) and fast-check, once the command line is good.
const { closeFileChecker } = await import('../src/validation/index.ts');
const { checkValidatorProperty } = await import('./lib/validate-fuzz.ts');

console.log(`fuzz:validate: ${runs} files, seed ${seed}`);
let done = 0;
let slowest = 0;
const details = checkValidatorProperty({
  runs,
  seed,
  contentDirs: [path.join(root, 'content'), path.join(root, 'tests/fixtures/valid')],
  fileMilliseconds: integer('budget', values.budget, LIMITS.fileMilliseconds),
  maxRun: integer('max-run', values['max-run'], 30_000),
  maxDepth: integer('max-depth', values['max-depth'], 5_000),
  onCase: (file, problems, milliseconds) => {
    done++;
    slowest = Math.max(slowest, milliseconds);
    if (values.verbose) console.log(`${String(Math.round(milliseconds)).padStart(6)} ms  ${String(problems.length).padStart(3)} problems  ${file.how.slice(0, 120)}`);
    else if (done % 100 === 0) console.log(`  ${done} files, slowest ${Math.round(slowest)} ms`);
  },
});
closeFileChecker();
if (details.failed) {
  console.error(`fuzz:validate: FAILED after ${details.numRuns} files (seed ${seed}, path ${details.counterexamplePath}):`);
  console.error(String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance));
  process.exit(1);
}
console.log(`fuzz:validate: ${details.numRuns} files passed (seed ${seed}); slowest ${Math.round(slowest)} ms`);
