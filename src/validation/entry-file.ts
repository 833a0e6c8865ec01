// Reads one content file: checks its encoding, splits MDX front matter from the body, parses the
// YAML, and answers "which line holds this field?". Data is parsed with js-yaml, as Astro's loader
// reads it (and fast); the position-keeping `yaml` parser runs only when a line must be named.
import { load as loadYaml, YAMLException } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from './problem.ts';

export interface EntryFile {
  /** Project-relative path, e.g. content/cases/foo.mdx. */
  file: string;
  /** Entry ID: the file name without extension. */
  id: string;
  /** Parsed YAML data (front matter for MDX), or undefined when it could not be parsed. */
  data: unknown;
  /** MDX body text ('' for YAML entries). */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyStartLine: number;
  /** Offset in the file's text of the YAML (front matter for MDX), and its length. */
  yamlStart: number;
  yamlLength: number;
  /** Data path of the deepest YAML node that contains `offset` (an offset in the file's text). */
  pathAt(offset: number): PropertyKey[];
  /** Line of the value at a data path, or of its nearest existing ancestor. */
  lineOf(path: readonly PropertyKey[]): number;
  /** Line of the key `key` inside the mapping at `path`, for unknown-field messages. */
  lineOfKey(path: readonly PropertyKey[], key: string): number;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/** Decode bytes as strict UTF-8; on failure report the line of the first bad byte. */
export function decodeUtf8(file: string, bytes: Uint8Array, problems: Problem[]): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const goodPrefix = new TextDecoder('utf-8').decode(bytes).split('\uFFFD')[0];
    const line = goodPrefix.split('\n').length;
    problems.push({ file, line, field: '', message: 'is not valid UTF-8 text: save the file as UTF-8 (without a BOM)' });
    return undefined;
  }
}

export function readEntryFile(file: string, id: string, text: string, problems: Problem[]): EntryFile {
  const isMdx = file.endsWith('.mdx');
  let yamlText = text;
  let yamlStartLine = 1;
  let yamlStart = 0;
  let body = '';
  let bodyStartLine = 1;
  if (isMdx) {
    const match = text.startsWith('---') ? FRONT_MATTER.exec(text) : null;
    if (!match || match.index !== 0) {
      problems.push({ file, line: 1, field: '', message: 'must start with YAML front matter between two "---" lines' });
      return { ...withoutData(file, id), yamlStart: 0, yamlLength: 0 };
    }
    yamlText = match[1];
    yamlStart = match[0].indexOf('\n') + 1;
    yamlStartLine = 2;
    body = text.slice(match[0].length);
    bodyStartLine = text.slice(0, match[0].length).split('\n').length;
  }

  // Positions are only needed to report a problem: parse for them on first use.
  let positions: { document: Document; lineAt: (offset: number) => number } | undefined;
  const located = () => {
    if (!positions) {
      const lineCounter = new LineCounter();
      const document = parseDocument(yamlText, { lineCounter, version: '1.1', prettyErrors: false, uniqueKeys: false });
      positions = { document, lineAt: (offset) => lineCounter.linePos(offset).line + yamlStartLine - 1 };
    }
    return positions;
  };
  const yaml = {
    yamlStart,
    yamlLength: yamlText.length,
    pathAt: (offset: number) => pathAtOffset(located().document, offset - yamlStart),
  };

  let data: unknown;
  try {
    data = loadYaml(yamlText);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = (error.mark?.line ?? 0) + yamlStartLine;
    problems.push({ file, line, field: '', message: `YAML: ${error.reason}` });
    return { ...withoutData(file, id), ...yaml, body, bodyStartLine };
  }

  return {
    file,
    id,
    data: data ?? {},
    body,
    bodyStartLine,
    ...yaml,
    lineOf: (path) => {
      const { document, lineAt } = located();
      return lineAt(nearestNode(document, path)?.range?.[0] ?? 0);
    },
    lineOfKey: (path, key) => {
      const { document, lineAt } = located();
      const parent = nearestNode(document, path);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
        const keyNode = pair?.key as Node | undefined;
        if (keyNode?.range) return lineAt(keyNode.range[0]);
      }
      return lineAt(parent?.range?.[0] ?? 0);
    },
  };
}

function withoutData(file: string, id: string): Omit<EntryFile, 'yamlStart' | 'yamlLength'> {
  return { file, id, data: undefined, body: '', bodyStartLine: 1, lineOf: () => 1, lineOfKey: () => 1, pathAt: () => [] };
}

/** The data path of the deepest node whose source range holds `offset` (a key counts as its value's path). */
function pathAtOffset(document: Document, offset: number): PropertyKey[] {
  const path: PropertyKey[] = [];
  const holds = (node: unknown) => {
    const range = (node as Node | null)?.range;
    return range !== undefined && range !== null && offset >= range[0] && offset < range[2];
  };
  let node: unknown = document.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((item) => holds(item.key) || holds(item.value));
      if (!pair || !isScalar(pair.key)) break;
      path.push(String(pair.key.value));
      if (holds(pair.key)) break;
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex(holds);
      if (index < 0) break;
      path.push(index);
      node = node.items[index];
    } else {
      break;
    }
  }
  return path;
}

/** The YAML node at `path`, or the deepest ancestor that exists. */
function nearestNode(document: Document, path: readonly PropertyKey[]): Node | undefined {
  let node: unknown = document.contents;
  let found = node as Node | undefined;
  for (const key of path) {
    if (isMap(node)) node = node.get(key as string, true);
    else if (isSeq(node) && typeof key === 'number') node = node.get(key, true);
    else break;
    if (node === undefined || node === null) break;
    found = node as Node;
  }
  return found;
}
