// Where Chinese stands inside English text: the runs an English page marks up lang="zh-CN" (names,
// official titles, data values that have no English yet). Pure, for components and tests alike.

export interface TextRun {
  text: string;
  /** True for a run of Chinese: words with Han characters, and the digits and punctuation between them. */
  zh: boolean;
}

const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;
/** Punctuation an English sentence puts around a word: kept outside the Chinese run. */
const OUTER_PUNCTUATION = /^([\s([{"'‘“]*)(.*?)([\s)\]},.;:!?"'’”]*)$/su;

/** True when the text has any Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * Split text into Chinese and other runs. Words are separated by whitespace; a word with a Han
 * character is Chinese, and so are words of only digits and punctuation between two Chinese words
 * ("2022 楚治 · 数字政府" gives "2022 " and "楚治 · 数字政府"). English punctuation around a word
 * stays outside the run. Joining the runs' text gives the input back.
 */
export function hanRuns(text: string): TextRun[] {
  if (!hasHan(text)) return text === '' ? [] : [{ text, zh: false }];
  const tokens = text.split(/(\s+)/u);
  const kinds = tokens.map((token) => (hasHan(token) ? 'zh' : LATIN_LETTER.test(token) ? 'latin' : 'neutral'));
  const runs: TextRun[] = [];
  const push = (part: string, zh: boolean) => {
    if (part === '') return;
    const last = runs.at(-1);
    if (last && last.zh === zh) last.text += part;
    else runs.push({ text: part, zh });
  };
  let i = 0;
  while (i < tokens.length) {
    if (kinds[i] !== 'zh') {
      push(tokens[i]!, false);
      i++;
      continue;
    }
    // The run extends over neutral tokens (whitespace, digits, punctuation) up to the last Chinese word.
    let end = i;
    for (let j = i + 1; j < tokens.length && kinds[j] !== 'latin'; j++) if (kinds[j] === 'zh') end = j;
    const [lead, core, trail] = balance(OUTER_PUNCTUATION.exec(tokens.slice(i, end + 1).join('')) ?? []);
    push(lead, false);
    push(core, true);
    push(trail, false);
    i = end + 1;
  }
  return runs;
}

const PAIRS: Array<[string, string]> = [['(', ')'], ['[', ']'], ['{', '}'], ['“', '”'], ['‘', '’']];

/** Keep a bracket or quote inside the run when its partner is inside: "荆楚网(湖北日报网)" stays whole. */
function balance(match: ReadonlyArray<string | undefined>): [string, string, string] {
  let [lead, core, trail] = [match[1] ?? '', match[2] ?? '', match[3] ?? ''];
  for (const [open, close] of PAIRS) {
    const count = (text: string, char: string) => text.split(char).length - 1;
    // The cheap test first: most runs have no bracket or quote beside them.
    while (lead.endsWith(open) && count(core, close) > count(core, open)) {
      lead = lead.slice(0, -open.length);
      core = open + core;
    }
    while (trail.startsWith(close) && count(core, open) > count(core, close)) {
      trail = trail.slice(close.length);
      core += close;
    }
  }
  return [lead, core, trail];
}
