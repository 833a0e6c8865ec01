// What a pull request changes in content/: entries added, changed (with the fields that changed)
// and removed, compared file by file, and the Markdown job summary that reports it.
import { isDeepStrictEqual } from 'node:util';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';
import { readEntryFile } from '../../src/validation/entry-file.ts';
import type { Problem } from '../../src/validation/problem.ts';

/** One content file at one revision, read by the project's own entry parser. */
export interface EntrySnapshot {
  /** Repository-relative path, e.g. content/cases/foo.mdx. */
  file: string;
  collection: CollectionName;
  id: string;
  /** Parsed YAML (front matter for MDX); undefined when the file cannot be parsed. */
  data: Record<string, unknown> | undefined;
  body: string;
}

/** A field that differs; for a list of items with IDs, names or editions, which items. */
export interface FieldChange {
  field: string;
  added?: string[];
  changed?: string[];
  removed?: string[];
}

export interface EntryChange {
  kind: 'added' | 'changed' | 'removed';
  collection: CollectionName;
  id: string;
  file: string;
  /** Title, name or label of the entry (after the change, or before it for a removal). */
  title?: string;
  /** Fields that differ; for a changed entry only. */
  fields: FieldChange[];
  /** The new version of the file cannot be parsed: the validator says why. */
  unreadable: boolean;
}

const COLLECTION_BY_FOLDER = new Map<string, CollectionName>(
  (Object.entries(COLLECTIONS) as Array<[CollectionName, (typeof COLLECTIONS)[CollectionName]]>).map(([name, spec]) => [spec.folder, name]),
);

/** Read one content file's text; undefined for a path that is not an entry of a collection. */
export function readSnapshot(file: string, text: string): EntrySnapshot | undefined {
  const match = /^content\/([^/]+)\/([^/]+)$/.exec(file);
  const collection = match ? COLLECTION_BY_FOLDER.get(match[1]) : undefined;
  if (!match || !collection) return undefined;
  const extension = COLLECTIONS[collection].extension;
  if (!match[2].endsWith(extension)) return undefined;
  const id = match[2].slice(0, -extension.length);
  const ignoredProblems: Problem[] = [];
  const entry = readEntryFile(file, id, text.replace(/^\uFEFF/, ''), ignoredProblems);
  const data = entry.data !== undefined && typeof entry.data === 'object' && entry.data !== null && !Array.isArray(entry.data) ? (entry.data as Record<string, unknown>) : undefined;
  return { file, collection, id, data, body: entry.body };
}

/** Compare two sets of snapshots of the same files (by path) before and after a change. */
export function diffContent(before: readonly EntrySnapshot[], after: readonly EntrySnapshot[]): EntryChange[] {
  const beforeByFile = new Map(before.map((entry) => [entry.file, entry]));
  const afterByFile = new Map(after.map((entry) => [entry.file, entry]));
  const changes: EntryChange[] = [];
  for (const file of [...new Set([...beforeByFile.keys(), ...afterByFile.keys()])].sort()) {
    const old = beforeByFile.get(file);
    const current = afterByFile.get(file);
    const shown = current ?? old!;
    const base = { collection: shown.collection, id: shown.id, file, title: entryTitle(shown.data) ?? entryTitle(old?.data), unreadable: current !== undefined && current.data === undefined };
    if (!old) changes.push({ ...base, kind: 'added', fields: [] });
    else if (!current) changes.push({ ...base, kind: 'removed', fields: [] });
    else {
      const fields = changedFields(old, current);
      if (fields.length > 0 || base.unreadable) changes.push({ ...base, kind: 'changed', fields });
    }
  }
  return changes;
}

/** The top-level fields that differ, in the new file's order, then those removed; then the body. */
export function changedFields(old: EntrySnapshot, current: EntrySnapshot): FieldChange[] {
  const fields: FieldChange[] = [];
  if (old.data && current.data) {
    const names = [...new Set([...Object.keys(current.data), ...Object.keys(old.data)])];
    for (const name of names) {
      const was = old.data[name];
      const now = current.data[name];
      if (isDeepStrictEqual(was, now)) continue;
      fields.push({ field: name, ...keyedItemChanges(was, now) });
    }
  }
  if (old.body !== current.body) fields.push({ field: 'body' });
  return fields;
}

/** For two lists of items that each carry a key (ITEM_KEYS), which items were added, changed or removed. */
function keyedItemChanges(was: unknown, now: unknown): Omit<FieldChange, 'field'> {
  const wasItems = keyedItems(was);
  const nowItems = keyedItems(now);
  if (!wasItems || !nowItems) return {};
  const added = [...nowItems.keys()].filter((key) => !wasItems.has(key));
  const removed = [...wasItems.keys()].filter((key) => !nowItems.has(key));
  const changed = [...nowItems.keys()].filter((key) => wasItems.has(key) && !isDeepStrictEqual(wasItems.get(key), nowItems.get(key)));
  return {
    ...(added.length > 0 ? { added } : {}),
    ...(changed.length > 0 ? { changed } : {}),
    ...(removed.length > 0 ? { removed } : {}),
  };
}

/** Fields that name an item of a list: a term's or region's id, an organisation's or category's name, an award's edition. */
const ITEM_KEYS = ['id', 'name', 'edition'];

function keyedItems(value: unknown): Map<string, unknown> | undefined {
  if (!Array.isArray(value)) return undefined;
  const items = new Map<string, unknown>();
  for (const item of value) {
    const key = item && typeof item === 'object' ? ITEM_KEYS.map((field) => (item as Record<string, unknown>)[field]).find((value) => value !== undefined) : undefined;
    if (typeof key !== 'string' || items.has(key)) return undefined;
    items.set(key, item);
  }
  return items;
}

function entryTitle(data: Record<string, unknown> | undefined): string | undefined {
  for (const field of ['title', 'name', 'label']) {
    const value = data?.[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
}

/** The order of collections in the summary. */
const SUMMARY_ORDER: CollectionName[] = ['cases', 'comparisons', 'sources', 'editions', 'awards', 'taxonomies'];
const KIND_LABELS: Record<EntryChange['kind'], string> = { added: '新增', changed: '修改', removed: '删除' };
const KINDS: EntryChange['kind'][] = ['added', 'changed', 'removed'];

/** The job summary: a count per collection, then one line per entry. */
export function renderSummary(changes: readonly EntryChange[]): string {
  const lines = ['## 本次改动的内容', ''];
  if (changes.length === 0) {
    lines.push('没有改动 `content/` 下的条目。');
    return `${lines.join('\n')}\n`;
  }
  const collections = SUMMARY_ORDER.filter((name) => changes.some((change) => change.collection === name));
  lines.push('| | 新增 | 修改 | 删除 |', '|---|---:|---:|---:|');
  for (const collection of collections) {
    const counts = KINDS.map((kind) => changes.filter((change) => change.collection === collection && change.kind === kind).length);
    lines.push(`| ${COLLECTIONS[collection].label} | ${counts.join(' | ')} |`);
  }
  for (const collection of collections) {
    lines.push('', `### ${COLLECTIONS[collection].label}`, '');
    for (const kind of KINDS) {
      for (const change of changes.filter((c) => c.collection === collection && c.kind === kind)) {
        lines.push(`- ${renderChange(change)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function renderChange(change: EntryChange): string {
  const title = change.title ? ` ${escapeMarkdown(change.title)}` : '';
  let line = `${KIND_LABELS[change.kind]} \`${change.id}\`${title}`;
  if (change.unreadable) line += '（文件无法解析，见上面的校验结果）';
  if (change.fields.length > 0) line += `：${change.fields.map(renderField).join('，')}`;
  return line;
}

function renderField(change: FieldChange): string {
  const name = change.field === 'body' ? '正文' : `\`${change.field}\``;
  const parts = [
    change.added && `新增 ${change.added.map(code).join('、')}`,
    change.changed && `修改 ${change.changed.map(code).join('、')}`,
    change.removed && `删除 ${change.removed.map(code).join('、')}`,
  ].filter(Boolean);
  return parts.length > 0 ? `${name}（${parts.join('；')}）` : name;
}

function code(text: string): string {
  return text.includes('`') ? escapeMarkdown(text) : `\`${text}\``;
}

/** Escape text so that Markdown shows it literally on one line (titles are contributed input). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#~!&]/g, (character) => `\\${character}`);
}
