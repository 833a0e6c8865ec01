// English fields must be English. Every collection writes its English text in fields named `en`
// (a string, or an object of strings such as a case's en.title and en.summary) or `definitionEn`
// (a vocabulary term's definition); a Chinese title pasted there would show on the English site as
// if it were the translation. Lengths are the schemas' business, hidden characters text-safety.ts's.
//
// The rule. English text may keep a Chinese name beside its English rendering, as the library
// asks (Wuchang's "Safety Index" (平安指数)), so Han characters alone do not make it wrong. It is
// wrong when
//   1. it has no Latin letter at all (Han-only, or only digits and punctuation), or
//   2. it is mostly Chinese: its Han characters, each weighed as three Latin letters, outweigh its
//      Latin letters (3 × Han > Latin).
// Why three: an English word averages under five letters, a Chinese word under two characters,
// so one Han character carries about what two and a half to three Latin letters carry. Counting
// plain characters would let 平安指数 (Safety Index) through (4 Han, 11 Latin) although it is a
// Chinese title with an English gloss; with the weight it is refused (12 > 11), while
// Wuchang's "Safety Index" (平安指数) passes (12 against 19), as does a stub summary quoting a
// listed title and an organisation's name in Chinese beside their English renderings.
// Digits, spaces and punctuation (Chinese quotation marks included) count for neither side.
import type { EntryFile } from './entry-file.ts';
import { fieldPath, type Problem } from './problem.ts';

/** How many Latin letters one Han character weighs (see above). */
export const HAN_WEIGHT = 3;

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

export interface ScriptCount {
  han: number;
  latin: number;
}

export function countScripts(text: string): ScriptCount {
  return { han: text.match(HAN)?.length ?? 0, latin: text.match(LATIN)?.length ?? 0 };
}

/** Why `text` is not acceptable English, or undefined when it is. */
export function englishProblem(text: string): string | undefined {
  const { han, latin } = countScripts(text);
  if (latin === 0) {
    return han > 0
      ? 'is Chinese only: write it in English, keeping a Chinese name in brackets after its English rendering, e.g. Wuchang\'s "Safety Index" (平安指数)'
      : 'has no English words: write it in English';
  }
  if (HAN_WEIGHT * han > latin) {
    return `is mostly Chinese (${han} Han characters, weighed as ${HAN_WEIGHT} letters each, against ${latin} Latin letters): write it in English and keep Chinese only for names, in brackets after their English rendering, e.g. Wuchang's "Safety Index" (平安指数)`;
  }
  return undefined;
}

/** Whether the field at the end of `path` holds English text: `en`, `definitionEn`, or any string inside an `en` object. */
export function isEnglishField(path: readonly PropertyKey[]): boolean {
  const key = path.at(-1);
  return key === 'en' || key === 'definitionEn' || path.at(-2) === 'en';
}

/**
 * Check every English field of one entry (any collection). Runs on the data as read, so that a
 * schema problem elsewhere in the entry does not hide these; non-string values are the schema's.
 */
export function checkEnglishFields(entry: EntryFile, data: unknown, problems: Problem[]): void {
  walk(data, [], (value, path) => {
    if (!isEnglishField(path)) return;
    const message = englishProblem(value);
    if (message) problems.push({ file: entry.file, line: entry.lineOf(path), field: fieldPath(path), message });
  });
}

function walk(data: unknown, path: PropertyKey[], visit: (value: string, path: PropertyKey[]) => void): void {
  if (typeof data === 'string') visit(data, path);
  else if (Array.isArray(data)) data.forEach((item, i) => walk(item, [...path, i], visit));
  else if (data !== null && typeof data === 'object' && !(data instanceof Date)) {
    for (const [key, value] of Object.entries(data)) walk(value, [...path, key], visit);
  }
}
