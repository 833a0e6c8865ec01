// Hidden and spoofing characters. A title that displays as something other than what it is, or a
// name that looks like another but differs by an invisible character, must never reach the site.
//
// - Control characters (C0 other than tab and line feed, DEL, C1, a carriage return that is not part
//   of a CRLF line ending, U+2028/U+2029) and bidirectional overrides and isolates
//   (U+202A–U+202E, U+2066–U+2069) are refused anywhere in a file: fields, body and comments
//   (bidi controls in a comment are how "Trojan Source" hides code from a reviewer).
// - Invisible characters (Unicode's Default_Ignorable_Code_Point: zero-width spaces and joiners,
//   soft hyphens, bidi marks, variation selectors, a BOM inside the text …) are refused in every
//   data field: IDs, titles, aliases, names and the other short fields. In a body they are harmless
//   to what a reader sees and common in pasted text, so they are left alone there.
// - Lone surrogates (half of a UTF-16 pair, which UTF-8 cannot hold, so only an escape such as
//   "\ud800" in YAML makes one) and Unicode's noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the
//   last two code points of every plane) are not text: a browser shows them as �. They are refused
//   anywhere, like control characters.
//
// Both the file as written and the parsed data are checked, so a character written as a YAML escape
// ("\u202E") is caught too.
import type { ReadEntry } from '../entry/read-entry.ts';
import { fieldPath, type Problem } from './problem.ts';

type Kind = 'control' | 'bidi' | 'noncharacter' | 'invisible';

const CONTROL = /^(?:[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]|\r(?!\n))/u;
const BIDI = /^[\u202A-\u202E\u2066-\u2069]$/u;
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;
/** A lone surrogate (with the u flag a paired one is a single code point) or a noncharacter. */
const NONCHARACTER = /^[\p{Cs}\p{Noncharacter_Code_Point}]$/u;
/** Any of the four, to find candidates in one pass. */
const SUSPECT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\p{Default_Ignorable_Code_Point}\p{Cs}\p{Noncharacter_Code_Point}]/gu;

/** Names of the characters an editor is most likely to meet, for the message. */
const CHARACTER_NAMES: Readonly<Record<number, string>> = {
  0x00: 'NUL, a null byte',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN without a line feed',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0xad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (a byte order mark inside the text)',
  0xfffe: 'a noncharacter',
  0xffff: 'a noncharacter',
};

const WHY: Readonly<Record<Kind, string>> = {
  control: 'a control character (only tabs and line breaks are allowed)',
  bidi: 'a bidirectional control that makes text display in a different order from what it is',
  noncharacter: 'something that is not a character (a browser shows �)',
  invisible: 'an invisible character, not allowed in IDs, titles, aliases, names or any other field',
};

/** "U+202E": the code point as an editor can search for it. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

interface Hit {
  kind: Kind;
  codePoint: number;
  /** Offset in the text. */
  index: number;
}

function findHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const match of text.matchAll(SUSPECT)) {
    const character = match[0];
    // Checked in this order: bidi controls are also default-ignorable and are reported as bidi.
    const kind: Kind | undefined = BIDI.test(character)
      ? 'bidi'
      : CONTROL.test(text.slice(match.index, match.index + 2))
        ? 'control'
        : NONCHARACTER.test(character)
          ? 'noncharacter'
          : INVISIBLE.test(character)
            ? 'invisible'
            : undefined;
    if (kind !== undefined) hits.push({ kind, codePoint: character.codePointAt(0)!, index: match.index });
  }
  return hits;
}

function describe(hit: Hit, where: string): string {
  const name = hit.codePoint >= 0xd800 && hit.codePoint <= 0xdfff ? 'a lone surrogate, half of a character' : CHARACTER_NAMES[hit.codePoint] ?? (hit.kind === 'noncharacter' ? 'a noncharacter' : undefined);
  const label = name ? `${codePointLabel(hit.codePoint)} (${name})` : codePointLabel(hit.codePoint);
  return `contains ${label}${where}, ${WHY[hit.kind]}: delete it`;
}

/**
 * Check one file's text (BOM already removed) and its parsed data. `entry` says where the YAML and
 * the body lie, so that each character is reported with its field.
 */
export function checkTextSafety(entry: Omit<ReadEntry, 'errors'> & { file: string }, text: string, problems: Problem[]): void {
  const bodyStart = text.length - entry.body.length;
  const yamlEnd = entry.yamlStart + entry.yamlLength;
  const reported = new Set<string>();
  const report = (line: number, field: string, hit: Hit, where: string) => {
    const key = `${line}\u0000${field}\u0000${hit.codePoint}`;
    if (reported.has(key)) return;
    reported.add(key);
    problems.push({ file: entry.file, line, field, message: describe(hit, where) });
  };

  // 1. The file as written.
  const hits = findHits(text);
  const lineStarts = [0];
  if (hits.length > 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  }
  const lineAt = (index: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= index) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const foundInYaml = new Set<string>();
  for (const hit of hits) {
    const inYaml = hit.index >= entry.yamlStart && hit.index < yamlEnd;
    const inBody = hit.index >= bodyStart && entry.body.length > 0;
    if (hit.kind === 'invisible' && !inYaml) continue;
    const lineIndex = lineAt(hit.index);
    const column = [...text.slice(lineStarts[lineIndex], hit.index)].length + 1;
    let field = '';
    if (inYaml) {
      field = fieldPath(entry.pathAt(hit.index));
      foundInYaml.add(`${field}\u0000${hit.codePoint}`);
    } else if (inBody) {
      field = 'body';
    }
    report(lineIndex + 1, field, hit, ` at column ${column}`);
  }

  // 2. The parsed data, for characters written as escapes ("\u202E", "\0").
  if (entry.data === undefined) return;
  walkStrings(entry.data, [], (value, path) => {
    for (const hit of findHits(value)) {
      const field = fieldPath(path);
      if (foundInYaml.has(`${field}\u0000${hit.codePoint}`)) continue;
      report(entry.lineOf(path), field, hit, ', written as an escape');
    }
  });
}

/** Calls `visit` for every string in `data`, keys included (a key is reported at its value's path). */
function walkStrings(data: unknown, path: PropertyKey[], visit: (value: string, path: PropertyKey[]) => void): void {
  if (typeof data === 'string') {
    visit(data, path);
  } else if (Array.isArray(data)) {
    data.forEach((item, i) => walkStrings(item, [...path, i], visit));
  } else if (data !== null && typeof data === 'object' && !(data instanceof Date)) {
    for (const [key, value] of Object.entries(data)) {
      visit(key, [...path, key]);
      walkStrings(value, [...path, key], visit);
    }
  }
}
