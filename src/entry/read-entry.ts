// The entry file format, read in one place: an `.mdx` entry is YAML front matter between two
// "---" lines and a Markdown body; a `.yaml` entry is YAML alone. The validator
// (src/validation/entry-file.ts) and the Astro loader (src/loaders/entry-loader.ts) both read
// entries here, so they can never disagree about where the data ends or what it says.
//
// YAML is parsed once with `yaml`, which keeps source positions: the validator names the line of
// every problem from the same parse that produced the data (see docs/architecture.md).
import {
  Document as YamlDocument,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type DocumentOptions,
  type Node,
  type ParseOptions,
  type ScalarTag,
  type SchemaOptions,
  type YAMLError,
} from 'yaml';
import { isCalendarDay } from './calendar.ts';
import { checkYamlLimits } from './limits.ts';
import { yamlErrorMessage, YAML_MESSAGES } from './yaml-messages.ts';

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
  /** Where each YAML node lies, as plain data (what `pathAt`, `lineOf` and `lineOfKey` answer from). */
  locations: EntryLocations;
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
const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { schema: 'core', customTags: [calendarTimestamp()], merge: true, prettyErrors: false };

/** How many times aliases may be expanded in one file (the yaml parser's own guard against "billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

/**
 * YAML 1.1's timestamp tag (unquoted 2024-05-01 becomes a Date), except that a date that is not on
 * the calendar (2026-02-30, which `Date` would roll over to March 2) or before the year 1000 stays
 * the text as written, so that the schema's date check reports it instead of accepting another day.
 */
function calendarTimestamp(): ScalarTag {
  const timestamp = new YamlDocument(null, { schema: 'yaml-1.1' }).schema.tags.find((tag) => tag.tag === 'tag:yaml.org,2002:timestamp') as ScalarTag;
  return {
    ...timestamp,
    resolve(value, onError, options) {
      const [year, month, day] = value.slice(0, 10).split(/[-tT ]/).map(Number);
      if (year < 1000 || !isCalendarDay(year, month, day)) return value;
      return timestamp.resolve(value, onError, options);
    },
  };
}

/** Where an MDX entry's parts are: its front matter's YAML (and offset), and the offset of the body. */
export interface FrontMatter {
  yaml: string;
  yamlStart: number;
  bodyStart: number;
}

/**
 * Split an MDX entry's text at its front matter; undefined when the text does not start with YAML
 * between two "---" lines. The web editor (src/editor/entry-file.ts) splits its files here too.
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

  const tooLarge = checkYamlLimits(yamlText);
  if (tooLarge) {
    return { ...unreadable({ line: yamlStartLine + tooLarge.line - 1, message: `YAML: ${tooLarge.message}` }), body, bodyStartLine, yamlStart, yamlLength: yamlText.length };
  }

  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { ...YAML_OPTIONS, lineCounter });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + yamlStartLine - 1;
  const where: EntryLocations = { yamlStart, firstLine: yamlStartLine, nodes: locateNodes(document, lineAt) };
  const located = { body, bodyStartLine, yamlStart, yamlLength: yamlText.length, locations: where, ...locator(where) };
  if (document.errors.length > 0) {
    const errors = document.errors.map((error) => ({ line: lineAt(error.pos[0]), message: `YAML: ${yamlErrorMessage(error as YAMLError)}` }));
    return { ...unreadable(...errors), ...located };
  }
  const converted = toData(document);
  if ('error' in converted) {
    return { ...unreadable({ line: lineAt(converted.offset), message: `YAML: ${converted.error}` }), ...located };
  }
  return { data: converted.data, errors: [], ...located };
}

/**
 * Where each YAML node of an entry lies: plain data, so that a worker thread can read an entry
 * and hand its locations to the main thread (src/validation/check-file.ts), where `locator()`
 * answers the same questions as the entry read here.
 */
export interface EntryLocations {
  /** Offset of the YAML in the file's text, and the file line it starts on. */
  yamlStart: number;
  firstLine: number;
  nodes: NodeLocation[];
}

/** One value in the YAML (offsets within the YAML text), and the key that names it in a mapping. */
export interface NodeLocation {
  path: PropertyKey[];
  start: number;
  end: number;
  line: number;
  key?: { start: number; end: number; line: number };
}

/** Every value's location, depth first; a key without a value still gets an entry for its key. */
function locateNodes(document: Document, lineAt: (offset: number) => number): NodeLocation[] {
  const nodes: NodeLocation[] = [];
  const keyOf = (node: unknown) => {
    const range = (node as Node | null)?.range;
    return range ? { start: range[0], end: range[2], line: lineAt(range[0]) } : undefined;
  };
  const walk = (node: unknown, path: PropertyKey[], key?: NodeLocation['key']) => {
    const range = (node as Node | null)?.range;
    if (!range) {
      // A key without a value node: its path still leads to the key, not to the map above it.
      if (key) nodes.push({ path, start: key.start, end: key.start, line: key.line, key });
      return;
    }
    nodes.push({ path, start: range[0], end: range[2], line: lineAt(range[0]), ...(key ? { key } : {}) });
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const name = isMergeKey(pair.key) ? '<<' : String(pair.key.value);
        walk(pair.value, [...path, name], keyOf(pair.key));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...path, index]));
    }
  };
  walk(document.contents, []);
  return nodes;
}

/** The questions asked of an entry's locations: the path at an offset, and the line of a path or key. */
export function locator(where: EntryLocations): Pick<ReadEntry, 'pathAt' | 'lineOf' | 'lineOfKey'> {
  const byPath = new Map(where.nodes.map((node) => [JSON.stringify(node.path), node]));
  const nearest = (path: readonly PropertyKey[]) => {
    for (let length = path.length; length >= 0; length--) {
      const node = byPath.get(JSON.stringify(path.slice(0, length)));
      if (node) return node;
    }
    return undefined;
  };
  return {
    pathAt: (offset) => {
      const at = offset - where.yamlStart;
      const holds = (range?: { start: number; end: number }) => range !== undefined && at >= range.start && at < range.end;
      let best: PropertyKey[] = [];
      for (const node of where.nodes) {
        if ((holds(node) || holds(node.key)) && node.path.length > best.length) best = node.path;
      }
      return [...best];
    },
    lineOf: (path) => nearest(path)?.line ?? where.firstLine,
    lineOfKey: (path, key) => byPath.get(JSON.stringify([...path, key]))?.key?.line ?? nearest(path)?.line ?? where.firstLine,
  };
}

/**
 * The document's data, or why it cannot be had: an alias without its anchor, an anchor that
 * contains its own alias, a merge key of something that is not a mapping, too many alias
 * expansions. These are found on the syntax tree first, so that each is reported at its line in
 * words an editor understands; the parser's own exceptions are caught as a last resort.
 */
function toData(document: Document): { data: unknown } | { error: string; offset: number } {
  let problem: { error: string; offset: number } | undefined;
  let firstAlias: number | undefined;
  const anchored = new Map<string, Node>();
  const offsetOf = (node: unknown) => (node as Node | null)?.range?.[0] ?? 0;
  const kindOf = (node: unknown) => (isSeq(node) ? YAML_MESSAGES.kindList : isScalar(node) ? (node.value === null ? YAML_MESSAGES.kindEmpty : YAML_MESSAGES.kindText) : YAML_MESSAGES.kindOther);
  visit(document, {
    Node: (_key, node, path) => {
      if (problem) return visit.BREAK;
      if (isAlias(node)) {
        firstAlias ??= offsetOf(node);
        const target = anchored.get(node.source);
        if (target === undefined) {
          problem = { error: YAML_MESSAGES.missingAnchor(node.source), offset: offsetOf(node) };
        } else if (path.includes(target as never)) {
          problem = { error: YAML_MESSAGES.selfReference(node.source), offset: offsetOf(node) };
        }
        return undefined;
      }
      if (node.anchor) anchored.set(node.anchor, node);
      return undefined;
    },
    Pair: (_key, pair) => {
      if (problem || !isMergeKey(pair.key)) return undefined;
      const resolve = (value: unknown) => (isAlias(value) ? (anchored.get(value.source) ?? value) : value);
      const source = resolve(pair.value);
      const sources = isSeq(source) ? source.items.map(resolve) : [source];
      const bad = sources.find((item) => !isMap(item) && !isAlias(item));
      if (bad !== undefined) {
        const kind = isSeq(source) ? `${YAML_MESSAGES.kindList}里的${kindOf(bad)}` : kindOf(bad);
        problem = { error: YAML_MESSAGES.mergeNotMapping(kind), offset: offsetOf(pair.value ?? pair.key) };
      }
      return undefined;
    },
  });
  if (problem) return problem;
  try {
    return { data: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {} };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/alias count/i.test(message)) return { error: YAML_MESSAGES.tooManyAliases(MAX_ALIAS_COUNT), offset: firstAlias ?? 0 };
    return { error: YAML_MESSAGES.unreadable(message), offset: 0 };
  }
}

/** A `<<` merge key: the parser resolves a plain `<<` to a symbol; a quoted '<<' is an ordinary key. */
function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const { value } = key;
  return (typeof value === 'symbol' && value.description === '<<') || (value === '<<' && (key.type === undefined || key.type === 'PLAIN'));
}

function unreadable(...errors: ReadError[]): ReadEntry {
  return {
    data: undefined,
    body: '',
    bodyStartLine: 1,
    yamlStart: 0,
    yamlLength: 0,
    errors,
    locations: { yamlStart: 0, firstLine: 1, nodes: [] },
    pathAt: () => [],
    lineOf: () => 1,
    lineOfKey: () => 1,
  };
}
