// The entry file format, read in one place: an `.mdx` entry is YAML front matter between two
// "---" lines and a Markdown body; a `.yaml` entry is YAML alone. The validator
// (src/validation/entry-file.ts) and the Astro loader (src/loaders/entry-loader.ts) both read
// entries here, so they can never disagree about where the data ends or what it says.
//
// YAML is parsed once with `yaml`, which keeps source positions: the validator names the line of
// every problem from the same parse that produced the data (see docs/architecture.md).
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type DocumentOptions, type Node, type ParseOptions, type SchemaOptions } from 'yaml';

/** A problem found while reading, before any schema: a line of the file and what is wrong. */
export interface ReadError {
  line: number;
  message: string;
}

export interface ReadEntry {
  /** Parsed YAML data (front matter for MDX), or undefined when it could not be read. */
  data: unknown;
  /** Markdown body ('' for YAML entries). */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyStartLine: number;
  /** Offset in the file's text of the YAML (front matter for MDX), and its length. */
  yamlStart: number;
  yamlLength: number;
  /** Why the data could not be read; empty when `data` is defined. */
  errors: ReadError[];
  /** Data path of the deepest YAML node that contains `offset` (an offset in the file's text). */
  pathAt(offset: number): PropertyKey[];
  /** Line of the value at a data path, or of its nearest existing ancestor. */
  lineOf(path: readonly PropertyKey[]): number;
  /** Line of the key `key` inside the mapping at `path`, for unknown-field messages. */
  lineOfKey(path: readonly PropertyKey[], key: string): number;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/**
 * YAML 1.2 core schema plus unquoted dates (2024-05-01 becomes a Date, which the schemas' date
 * fields normalise back) and `<<` merge keys, as js-yaml (the parser used before) read them. Not
 * YAML 1.1, where `no` and `on` would turn into booleans.
 */
const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { schema: 'core', customTags: ['timestamp'], merge: true, prettyErrors: false };

/** Where an MDX entry's parts are: its front matter's YAML (and offset), and the offset of the body. */
export interface FrontMatter {
  yaml: string;
  yamlStart: number;
  bodyStart: number;
}

/**
 * Split an MDX entry's text at its front matter; undefined when the text does not start with YAML
 * between two "---" lines. The web editor (src/lib/cms-entry-file.ts) splits its files here too.
 */
export function splitFrontMatter(text: string): FrontMatter | undefined {
  const match = text.startsWith('---') ? FRONT_MATTER.exec(text) : null;
  if (!match || match.index !== 0) return undefined;
  return { yaml: match[1], yamlStart: match[0].indexOf('\n') + 1, bodyStart: match[0].length };
}

/** Read an entry's text (already decoded, without a BOM). `kind` is its file extension. */
export function readEntry(text: string, kind: '.mdx' | '.yaml'): ReadEntry {
  let yamlText = text;
  let yamlStart = 0;
  let yamlStartLine = 1;
  let body = '';
  let bodyStartLine = 1;
  if (kind === '.mdx') {
    const frontMatter = splitFrontMatter(text);
    if (!frontMatter) {
      return unreadable({ line: 1, message: 'must start with YAML front matter between two "---" lines' });
    }
    yamlText = frontMatter.yaml;
    yamlStart = frontMatter.yamlStart;
    yamlStartLine = 2;
    body = text.slice(frontMatter.bodyStart);
    bodyStartLine = text.slice(0, frontMatter.bodyStart).split('\n').length;
  }

  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { ...YAML_OPTIONS, lineCounter });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + yamlStartLine - 1;
  const located = {
    body,
    bodyStartLine,
    yamlStart,
    yamlLength: yamlText.length,
    pathAt: (offset: number) => pathAtOffset(document, offset - yamlStart),
  };
  if (document.errors.length > 0) {
    const errors = document.errors.map((error) => ({ line: lineAt(error.pos[0]), message: `YAML: ${error.message}` }));
    return { ...unreadable(...errors), ...located };
  }

  return {
    data: document.toJS() ?? {},
    errors: [],
    ...located,
    lineOf: (path) => lineAt(nearestNode(document, path)?.range?.[0] ?? 0),
    lineOfKey: (path, key) => {
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

function unreadable(...errors: ReadError[]): ReadEntry {
  return {
    data: undefined,
    body: '',
    bodyStartLine: 1,
    yamlStart: 0,
    yamlLength: 0,
    errors,
    pathAt: () => [],
    lineOf: () => 1,
    lineOfKey: () => 1,
  };
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
