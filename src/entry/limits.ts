// How much work one entry may ask of the readers. Each limit is checked on the text, before any
// parser sees it, so that no file can make the validator or the build hang or run out of stack;
// a file that passes them and is still too slow to check is stopped by the validator's time budget
// (src/validation/file-checker.ts). The numbers, and the entries they were chosen from, are in
// docs/content-model.md ("Limits").

export const LIMITS = {
  /** Bytes of a file, checked before it is decoded: room for the YAML and the body limits below. */
  fileBytes: 1_000_000,
  /** Characters of YAML: a .yaml entry, or an .mdx entry's front matter. */
  yamlCharacters: 200_000,
  /** Levels of nesting in the YAML: block indentation, `- ` items and [ { brackets. */
  yamlDepth: 20,
  /** Characters of an .mdx entry's Markdown body. */
  bodyCharacters: 20_000,
  /** Levels of nesting in a body: lists, block quotes and indentation. */
  bodyDepth: 12,
  /** Milliseconds the validator may spend on one file before it stops and reports it. */
  fileMilliseconds: 5_000,
} as const;

/** A limit exceeded: the line (of the text checked, from 1) and what to tell the editor. */
export interface LimitProblem {
  line: number;
  message: string;
}

/** The deepest nesting in some YAML, and the first line (from 1) that reaches it. */
export function yamlDepth(yaml: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  const indents: number[] = [];
  let flow = 0;
  const lines = yaml.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const indent = /^ */.exec(line)![0].length;
    let rest = line.slice(indent);
    if (rest.trim() === '' || rest.startsWith('#')) continue;
    if (flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
    }
    let items = 0;
    for (let marker = /^-(?:[ \t]+|$)/.exec(rest); marker; marker = /^-(?:[ \t]+|$)/.exec(rest)) {
      items++;
      rest = rest.slice(marker[0].length);
    }
    let depth = indents.length + items + flow;
    let quote = '';
    for (const character of rest) {
      if (quote) {
        if (character === quote) quote = '';
      } else if (character === '"' || character === "'") {
        quote = character;
      } else if (character === '#') {
        break;
      } else if (character === '[' || character === '{') {
        flow++;
        depth = Math.max(depth, indents.length + items + flow);
      } else if ((character === ']' || character === '}') && flow > 0) {
        flow--;
      }
    }
    if (depth > deepest.depth) deepest = { depth, line: index + 1 };
  }
  return deepest;
}

/** The deepest nesting of lists, block quotes and indentation in a Markdown body, and its first line. */
export function markdownDepth(body: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  let fence: string | undefined;
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].replace(/\t/g, '    ');
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMark !== undefined) {
      fence = fenceMark;
      continue;
    }
    const indent = /^ */.exec(line)![0].length;
    let rest = line.slice(indent);
    let depth = Math.floor(indent / 2);
    for (let marker = CONTAINER.exec(rest); marker; marker = CONTAINER.exec(rest)) {
      depth++;
      rest = rest.slice(marker[0].length);
    }
    if (depth > deepest.depth) deepest = { depth, line: index + 1 };
  }
  return deepest;
}

/** A block quote marker or a list item marker at the start of what is left of a line. */
const CONTAINER = /^(?:>[ ]?|(?:[-*+]|\d{1,9}[.)])(?: +|$))/;

/** Whether a file's size is within the limit, checked before decoding it. */
export function checkFileSize(bytes: number): LimitProblem | undefined {
  if (bytes <= LIMITS.fileBytes) return undefined;
  return { line: 1, message: `is ${bytes} bytes long, more than the ${LIMITS.fileBytes} a file may have: an entry is far smaller; split it or remove what does not belong` };
}

/** Whether some YAML is within the limits, checked before parsing it. */
export function checkYamlLimits(yaml: string): LimitProblem | undefined {
  const characters = countCharacters(yaml, LIMITS.yamlCharacters);
  if (characters > LIMITS.yamlCharacters) {
    return { line: 1, message: `数据部分有 ${characters} 个字符，超过上限 ${LIMITS.yamlCharacters}：请删减或拆成几个条目` };
  }
  const { depth, line } = yamlDepth(yaml);
  if (depth > LIMITS.yamlDepth) {
    return { line, message: `嵌套了 ${depth} 层，超过上限 ${LIMITS.yamlDepth} 层：请减少列表和字段的层级` };
  }
  return undefined;
}

/** Whether a Markdown body is within the limits, checked before parsing it. Lines count from the body's first. */
export function checkBodyLimits(body: string): LimitProblem | undefined {
  const characters = countCharacters(body, LIMITS.bodyCharacters);
  if (characters > LIMITS.bodyCharacters) return { line: 1, message: `is longer than ${LIMITS.bodyCharacters} characters (has ${characters})` };
  const { depth, line } = markdownDepth(body);
  if (depth > LIMITS.bodyDepth) {
    return { line, message: `nests lists, quotes or indentation ${depth} levels deep, more than the ${LIMITS.bodyDepth} allowed: flatten it` };
  }
  return undefined;
}

/** Characters (code points) of a text; a cheap upper bound first, so that a huge text is not spread. */
function countCharacters(text: string, limit: number): number {
  if (text.length <= limit) return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) index++;
    count++;
  }
  return count;
}
