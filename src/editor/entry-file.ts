// How the web editor reads and writes entry files: YAML front matter (MDX) or YAML, keys in the
// schema's field order at every depth, empty optional values left out, the entry ID (the file
// name) never written into the data. An entry that is edited keeps its YAML as written where the
// values did not change, comments included. Runs in the browser (src/scripts/admin-editor.ts) and
// in unit tests, so the files it writes are checked against the validator.
import { Document, isMap, isScalar, isSeq, parse, parseDocument, visit, type Node } from 'yaml';
import { splitFrontMatter } from '../entry/read-entry.ts';
import type { CmsField } from './config.ts';

export interface EntryFileShape {
  /** The collection's fields, in order (from the generated configuration). */
  fields: CmsField[];
  /** True for MDX entries (front matter and a Markdown body). */
  frontMatter: boolean;
  /** A field that only names the file and is never written. */
  omit?: string;
}

/**
 * The YAML an entry was read from, carried in its data through the editor (which keeps keys it
 * has no field for) so that saving can keep comments and unchanged values as they were written.
 */
export const SOURCE_YAML_KEY = '__sourceYaml';
// YAML 1.1 rules decide the quoting, so that what a YAML 1.1 reader would take for a date, number
// or boolean ('2022-04-30', 'yes') stays a string for every reader.
const YAML_OPTIONS = { version: '1.1' } as const;

export function parseEntryFile(text: string, shape: EntryFileShape): Record<string, unknown> {
  let yamlText = text;
  let body = '';
  if (shape.frontMatter) {
    const frontMatter = splitFrontMatter(text);
    if (!frontMatter) return { body: text };
    yamlText = frontMatter.yaml;
    body = text.slice(frontMatter.bodyStart).replace(/^(?:\r?\n)+/, '');
  }
  const data = (parse(yamlText) as Record<string, unknown> | null) ?? {};
  return { ...data, ...(body.trim() ? { body } : {}), [SOURCE_YAML_KEY]: yamlText };
}

export function formatEntryFile(data: Record<string, unknown>, shape: EntryFileShape): string {
  const { body, [SOURCE_YAML_KEY]: source, ...rest } = data;
  const fields = shape.fields.filter((field) => field.name !== 'body' && field.name !== shape.omit);
  const ordered = orderObject(shape.omit ? withoutKey(rest, shape.omit) : rest, fields) ?? {};
  let document: Document;
  if (typeof source === 'string') {
    document = parseDocument(source, YAML_OPTIONS);
    document.contents = merge(document, document.contents, ordered);
  } else {
    document = new Document(ordered, YAML_OPTIONS);
    visit(document, {
      Seq(_, node) {
        if (node.items.every((item) => isScalar(item))) node.flow = true;
      },
      Map(_, node) {
        if (node.items.length === 0) node.flow = true;
      },
    });
  }
  const yamlText = document.toString({ lineWidth: 0, flowCollectionPadding: false, directives: false });
  if (!shape.frontMatter) return yamlText;
  const text = typeof body === 'string' ? body.trim() : '';
  return `---\n${yamlText}---\n${text ? `\n${text}\n` : ''}`;
}

/**
 * The node as written, changed only where `value` differs: kept pairs keep their place, comments
 * and quoting; a new key goes after the key that precedes it in `value` (the schema's order).
 */
function merge(document: Document, node: unknown, value: unknown): Node {
  if (isMap(node) && value && typeof value === 'object' && !Array.isArray(value)) {
    const keyOf = (pair: (typeof node.items)[number]) => (isScalar(pair.key) ? pair.key.value : pair.key);
    const entries = Object.entries(value);
    const wanted = new Set(entries.map(([key]) => key));
    const items = node.items.filter((pair) => wanted.has(keyOf(pair) as string));
    entries.forEach(([key, item], index) => {
      const pair = items.find((p) => keyOf(p) === key);
      if (pair) {
        pair.value = merge(document, pair.value, item);
        return;
      }
      const previous = entries.slice(0, index).map(([k]) => k);
      const after = items.reduce((at, p, i) => (previous.includes(keyOf(p) as string) ? i : at), -1);
      items.splice(after + 1, 0, document.createPair(key, item));
    });
    node.items = items;
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items = value.map((item, i) => (i < node.items.length ? merge(document, node.items[i], item) : document.createNode(item)));
    return node;
  }
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    // Same node, new value: its quoting style stays, and YAML quotes whatever would misread.
    if (node.value !== value) node.value = value;
    return node;
  }
  return document.createNode(value);
}

function withoutKey(data: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _omitted, ...rest } = data;
  return rest;
}

/** Keys in field order, then any the form does not know (kept so that nothing is lost). */
function orderObject(value: unknown, fields: CmsField[] | undefined): Record<string, unknown> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const known = new Set<string>();
  for (const field of fields ?? []) {
    known.add(field.name);
    const cleaned = cleanValue(source[field.name], field);
    if (cleaned !== undefined) out[field.name] = cleaned;
  }
  for (const [key, item] of Object.entries(source)) {
    if (!known.has(key) && !isEmpty(item)) out[key] = item;
  }
  return out;
}

function cleanValue(value: unknown, field: CmsField): unknown {
  if (isEmpty(value)) return undefined;
  const subFields = field.fields as CmsField[] | undefined;
  const types = field.types as Array<{ name: string; fields: CmsField[] }> | undefined;
  if (field.widget === 'object') {
    // An optional group left blank in the form (an entry without English) is left out, not written as {}.
    const object = orderObject(value, subFields);
    return object && Object.keys(object).length === 0 ? undefined : object;
  }
  if (Array.isArray(value)) {
    if (types) {
      const typeKey = String(field.typeKey ?? 'type');
      return value.map((item) => {
        const type = types.find((t) => t.name === (item as Record<string, unknown>)?.[typeKey]);
        return orderObject(item, [{ name: typeKey, label: typeKey, widget: 'hidden' }, ...(type?.fields ?? [])]) ?? item;
      });
    }
    if (subFields) return value.map((item) => orderObject(item, subFields) ?? item);
  }
  return value;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (typeof value === 'number' && Number.isNaN(value));
}

