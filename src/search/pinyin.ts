// Pinyin of the library's names, computed at build time with pinyin-pro and indexed as Latin words
// beside the names (search/records.ts): a pinyin query is then an ordinary prefix search, and the
// browser ships no pinyin dictionary. Node only.
import { pinyin } from 'pinyin-pro';

const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
/**
 * Longest pinyin word indexed. A prefix query finds a longer word by its start, so a long name's
 * reading is cut rather than left out.
 */
export const MAX_PINYIN_WORD = 40;

/** Toneless syllables of a Han string, ü written v (as pinyin keyboards type it). */
export function syllables(han: string, reading?: string): string[] {
  const given = reading?.trim().split(/\s+/);
  if (given && given.length === [...han].length) return given.map((s) => s.replace(/ü/g, 'v'));
  return pinyin(han, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());
}

/** Full reading and initials of a syllable list (huiyunyan, hyy). */
export function readings(list: string[]): string[] {
  if (list.length === 0) return [];
  return [list.join('').slice(0, MAX_PINYIN_WORD), list.map((s) => s[0]).join('').slice(0, MAX_PINYIN_WORD)];
}

/**
 * Pinyin words for a name: full and initials of each run of Han characters, and of the whole name
 * when it has several runs (湖北交警“云哨金钟罩” → hubeijiaojing hbjj yunshaojinzhongzhao ysjzz
 * hubeijiaojingyunshao… hbjjysjzz). `reading` overrides the computed syllables (whole name).
 */
export function pinyinWords(name: string, reading?: string): string[] {
  const runs = name.match(HAN_RUN) ?? [];
  const words = runs.flatMap((run) => readings(syllables(run, runs.length === 1 ? reading : undefined)));
  if (runs.length > 1) words.push(...readings(runs.flatMap((run) => syllables(run))));
  return [...new Set(words)];
}

/** Every toneless reading of one character (行: xing, hang), ü written v. */
export function allReadings(char: string): string[] {
  return [...new Set(pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }).map((s) => s.toLowerCase()).filter((s) => /^[a-z]+$/.test(s)))];
}
