// Many files checked at once (src/validation/file-checker.ts): queued on up to two workers, the
// answers come back in the files' order, and a file that hangs is stopped without losing the rest.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFiles, type FileAnswer } from '../../src/validation/file-checker.ts';
import type { FileRequest } from '../../src/validation/check-file.ts';

const real = readFileSync('content/cases/caidian-tax-steward.mdx', 'utf8');

/** A real case under another ID, with its title numbered so every answer can be told apart. */
function request(k: number, text = real.replace(/^title: (.*)$/m, `title: 案例${k}`)): FileRequest {
  return { file: `cases/case-${k}.mdx`, id: `case-${k}`, bytes: Buffer.from(text), collection: 'cases' };
}
const titleOf = (answer: FileAnswer) => ('result' in answer ? (answer.result.entry?.data as { title?: string } | undefined)?.title : undefined);

describe('checkFiles', () => {
  it('answers every file in order when the files are split between two workers', () => {
    const requests = Array.from({ length: 450 }, (_, k) => request(k));
    const answers = checkFiles(requests);
    expect(answers).toHaveLength(450);
    answers.forEach((answer, k) => expect(titleOf(answer)).toBe(`案例${k}`));
  }, 120_000);

  it('stops a file that takes too long in the second part, and checks the files after it', () => {
    // About 20,000 characters of *_ keep the Markdown parser busy for seconds.
    const hanging = request(430, `${real}\n${'*_'.repeat(9_900)}\n`);
    const requests = Array.from({ length: 450 }, (_, k) => (k === 430 ? hanging : request(k)));
    const answers = checkFiles(requests, 1_000);
    expect(answers[430]).toEqual({ timedOut: 'body', milliseconds: 1_000 });
    for (const k of [0, 224, 225, 429, 431, 449]) expect(titleOf(answers[k])).toBe(`案例${k}`);
  }, 120_000);
});
