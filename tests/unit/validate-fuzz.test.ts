// Property-based tests of the validator (scripts/lib/validate-fuzz.ts): byte-level mutations of the
// real entries and of the test fixture, random YAML, token soup, and bodies with deep nesting and
// long runs of markers. A fixed seed keeps `npm test` repeatable; `npm run fuzz:validate` runs more.
import path from 'node:path';
import { expect, it } from 'vitest';
import { checkValidatorProperty } from '../../scripts/lib/validate-fuzz.ts';
import { VALID_FIXTURE } from '../support/fixture.ts';

it('the validator never throws or hangs on generated and mutated entries, and every problem names a file and a line', () => {
  const details = checkValidatorProperty({
    runs: 300,
    seed: 20261202,
    contentDirs: [path.resolve('content'), VALID_FIXTURE],
    fileMilliseconds: 2_000,
    // Runs are short (parsed in milliseconds) or from 20,000 up, past the body's size limit.
    maxRun: 40_000,
    maxDepth: 4_000,
  });
  expect(details.failed, String((details.errorInstance as Error | undefined)?.message ?? '')).toBe(false);
  expect(details.numRuns).toBe(300);
}, 600_000);
