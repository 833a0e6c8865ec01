// The web editor's (Decap CMS) configuration, generated from the collection schemas, the field
// docs and the library's vocabularies, editions and programmes: the form offers exactly what the
// validator accepts, and a new schema field or vocabulary term appears in the form by itself.
import { z } from 'astro/zod';
import * as awardSchemas from '../schemas/award.ts';
import * as caseSchemas from '../schemas/case.ts';
import { FILE_ID_PATTERN, fullDate } from '../schemas/common.ts';
import * as comparisonSchemas from '../schemas/comparison.ts';
import type { EditorSettings } from '../config.ts';
import { CASE_FIELD_LABELS, COMPLETENESS_LABELS, ORGANISATION_ROLE_LABELS } from '../schemas/constants.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import * as sourceSchemas from '../schemas/source.ts';
import { DIMENSION_LABELS } from '../library/compare.ts';
import { ENTRY_ID_FIELD, ENTRY_ID_WIDGET, entryFormat } from './names.ts';
import { editionLabel, regionPathLabel } from '../library/format.ts';
import type { Library } from '../library/library.ts';
import type { SchemaDocs } from './schema-docs.ts';
import { REPOSITORY_URL } from '../library/urls.ts';
import { HAN_WEIGHT, isEnglishField } from '../validation/english.ts';

/** A Decap CMS field (https://decapcms.org/docs/widgets/), as plain JSON. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  [option: string]: unknown;
}

export interface CmsCollection {
  name: string;
  label: string;
  folder: string;
  extension: string;
  format: string;
  fields: CmsField[];
  [option: string]: unknown;
}

/** The project's repository as `owner/name`: where the editor commits unless CMS_GITHUB_REPO says otherwise. */
const DEFAULT_REPO = new URL(REPOSITORY_URL).pathname.replace(/^\/|\/$/g, '');

/** Chinese labels of schema fields, by field name; `<owner schema>.<field>` overrides. */
const FIELD_LABELS: Record<string, string> = {
  ...CASE_FIELD_LABELS,
  title: '标题', summary: '摘要', name: '名称', type: '类型', role: '角色',
  launched: '开始', ended: '结束', ongoing: '仍在运行', edition: '届次', category: '类别',
  rank: '名次', position: '名单中的位置', listedTitle: '名单所列标题', listedOrganisations: '名单所列单位',
  label: '名称', value: '数值', max: '上限', unit: '单位', bound: '精度', asOf: '数据时间',
  source: '来源', note: '说明', sources: '来源',
  publisher: '发布者', authors: '作者', date: '日期', dateNote: '日期说明', url: '网址', language: '语言',
  programme: '奖项', year: '年份', shortTitle: '简称', organisers: '主办单位', coOrganisers: '协办单位',
  ranked: '有排名', categories: '类别', tier: '等次', awarded: '获奖数', dates: '关键日期', counts: '数字',
  applications: '申报数', shortlisted: '入围数', cases: '案例', dimensions: '显示的行', fieldNotes: '字段说明',
  'metricSchema.period': '时段', 'metricSchema.label': '指标', 'sourceSchema.type': '来源类型',
  'organisationSchema.type': '单位类型', 'awardEditionSchema.title': '全称',
  en: '英文', keywords: '关键词', translated: '英文为本站所译', 'editionCategorySchema.en': '英文名称',
};

/** What the validator asks of English text (src/validation/english.ts), as the form's help. */
const ENGLISH_RULE = `用英文书写（汉字每字按 ${HAN_WEIGHT} 个字母计，不得多于英文字母）；中文名称可保留，放在英文译名后的括号里，如 Wuchang's "Safety Index" (平安指数)`;
/** Text fields that stay on one line however long they may be. */
const SINGLE_LINE = new Set(['title', 'shortTitle', 'name', 'fullName']);

/** Chinese labels of enumerated values, by field name. */
const ENUM_LABELS: Record<string, Record<string, string>> = {
  role: { ...ORGANISATION_ROLE_LABELS },
  completeness: { ...COMPLETENESS_LABELS },
  bound: { exact: '精确', about: '约', over: '超过（余、逾）', under: '不足' },
  type: { news: '新闻报道', report: '报告', official: '官方文件', academic: '学术文献', web: '网页' },
  language: { 'zh-Hans': '简体中文', 'zh-Hant': '繁体中文', en: '英文' },
  dimensions: { ...DIMENSION_LABELS },
};

/** A note's field is named after the field it explains: 地区的说明. */
function fieldLabel(owner: string, name: string): string {
  const label = FIELD_LABELS[`${owner}.${name}`] ?? FIELD_LABELS[name] ?? name;
  return owner === 'fieldNotesSchema' ? `${label}的说明` : label;
}

interface Option {
  label: string;
  value: string;
}

/** Where a field's value comes from when it names another entry or a vocabulary term. */
type Choice =
  | { kind: 'options'; options: () => Option[] }
  | { kind: 'relation'; collection: 'sources' | 'cases'; searchFields: string[]; display: string };

/** JSON Schema (draft 2020-12) as Zod writes it, with the owner tag added below. */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  anyOf?: JsonSchema[];
  'x-schema'?: string;
}

const OWNER_TAG = 'x-schema';
const FULL_DATE_PATTERN = (z.toJSONSchema(fullDate, { io: 'input', unrepresentable: 'any' }) as JsonSchema).pattern;
/** Text longer than this gets a multi-line box. */
const MULTILINE_FROM = 150;

/** Every exported object schema, so that docs can be found for schemas nested in others. */
const NAMED_SCHEMAS = new Map<unknown, string>(
  [awardSchemas, caseSchemas, comparisonSchemas, sourceSchemas].flatMap((module) =>
    Object.entries(module).filter(([, value]) => value instanceof z.ZodObject).map(([name, value]) => [value, name] as [unknown, string]),
  ),
);

function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (context) => {
      const name = NAMED_SCHEMAS.get(context.zodSchema);
      if (name) (context.jsonSchema as JsonSchema)[OWNER_TAG] = name;
    },
  }) as JsonSchema;
}

/**
 * A regular expression that accepts a text field's value exactly when the schema's `text(max,
 * min)` does: after trimming, between min and max characters (UTF-16 units, as Zod counts).
 */
export function textPattern(min: number, max: number): string {
  return `^\\s*(?=\\S)[\\s\\S]{${min},${max}}(?<=\\S)\\s*$`;
}

export function buildCmsConfig(library: Library, docs: SchemaDocs, settings: EditorSettings) {
  const choices = editorChoices(library);
  const caseAwards = (field: CmsField, schema: JsonSchema) => caseAwardsField(library, { collection: 'cases', docs, choices, overrides: {} }, field, schema);
  const collection = (name: CollectionName, extras: CollectionExtras = {}) => cmsCollection(name, { collection: name, docs, choices, overrides: extras.overrides ?? {} }, extras.body);
  return {
    backend: githubBackend(settings),
    // Used instead of GitHub when `npx decap-server` runs next to a clone (docs/editor.md).
    local_backend: true as boolean | { url: string },
    // Open authoring needs the editorial workflow: an editor's changes become a pull request.
    publish_mode: 'editorial_workflow',
    locale: 'zh_Hans',
    load_config_file: false,
    ...(settings.siteUrl ? { site_url: settings.siteUrl, display_url: settings.siteUrl } : {}),
    // Entries carry no media; Decap requires a folder anyway.
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    omit_empty_optional_fields: true,
    slug: { encoding: 'ascii', clean_accents: false, sanitize_replacement: '-' },
    collections: [
      collection('cases', {
        body: '用自己的话写背景、做法、成效（Markdown）；每条事实都须出自上面列出的来源。本库自己的分析放在最后一节，标题写作“## 启示（本库分析）”。',
        overrides: { awards: caseAwards },
      }),
      collection('comparisons', { body: '共同点、差异及其原因、来源没有告诉我们的（Markdown）。' }),
      collection('sources'),
      collection('editions'),
    ],
  };
}

export type CmsConfig = ReturnType<typeof buildCmsConfig>;

type CollectionName = 'cases' | 'comparisons' | 'sources' | 'editions';

interface CollectionExtras {
  /** The body's help text; no body field without it. */
  body?: string;
  /** Fields built by hand, by path (`awards`). */
  overrides?: FieldContext['overrides'];
}

interface FieldContext {
  collection: string;
  docs: SchemaDocs;
  choices: Record<string, Choice>;
  overrides: Record<string, (field: CmsField, schema: JsonSchema) => CmsField>;
}

/** Fields that name a term or an entry, by `<collection>.<path>`; everything else is derived. */
function editorChoices(library: Library): Record<string, Choice> {
  const terms = (vocabulary: Parameters<Library['terms']>[0]): Option[] =>
    library.terms(vocabulary).map((term) => ({ label: term.label, value: term.id }));
  const sources: Choice = { kind: 'relation', collection: 'sources', searchFields: ['title', 'publisher'], display: '{{title}}（{{publisher}}）' };
  return {
    'cases.organisations.type': { kind: 'options', options: () => terms('org-type') },
    'cases.region': { kind: 'options', options: () => regionOptions(library) },
    'cases.level': { kind: 'options', options: () => terms('level') },
    'cases.domains': { kind: 'options', options: () => terms('domain') },
    'cases.technologies': { kind: 'options', options: () => terms('technology') },
    'cases.metrics.source': sources,
    'cases.sources': sources,
    'comparisons.cases': { kind: 'relation', collection: 'cases', searchFields: ['title', 'aliases.*'], display: '{{title}}' },
    'editions.programme': { kind: 'options', options: () => library.programmes.map((p) => ({ label: p.data.fullName ?? p.data.name, value: p.id })) },
    'editions.sources': sources,
  };
}

/** Where the editor commits: open authoring on GitHub, each change a pull request. */
function githubBackend(settings: EditorSettings): Record<string, unknown> {
  return {
    name: 'github',
    repo: settings.repo ?? DEFAULT_REPO,
    branch: settings.branch,
    open_authoring: true,
    always_fork: true,
    ...(settings.authBaseUrl ? { base_url: settings.authBaseUrl } : {}),
    ...(settings.authEndpoint ? { auth_endpoint: settings.authEndpoint } : {}),
    commit_messages: {
      create: '新增{{collection}}：{{slug}}',
      update: '修改{{collection}}：{{slug}}',
      delete: '删除{{collection}}：{{slug}}',
      uploadMedia: '上传文件：{{path}}',
      deleteMedia: '删除文件：{{path}}',
      openAuthoring: '{{message}}',
    },
  };
}

/** The ID field every form starts with: it becomes the file name. */
const ID_FIELD: CmsField = {
  name: ENTRY_ID_FIELD,
  label: '编号（文件名，新建时必填）',
  widget: ENTRY_ID_WIDGET,
  required: false,
  pattern: [FILE_ID_PATTERN.source, '须为小写英文字母开头的 ASCII 短横线格式，如 wuchang-pingan-index'],
  hint: `网址和文件名中的永久编号，保存后不能再改：小写英文字母开头，只用 a–z、0–9 和单个短横线。`,
};

/** The Markdown body field, with its help text. */
function bodyField(hint: string): CmsField {
  return {
    name: 'body',
    label: '正文',
    widget: 'markdown',
    required: false,
    hint,
    modes: ['raw', 'rich_text'],
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: [],
    sanitize_preview: true,
  };
}

/** One collection's form: the ID, the schema's fields in order, and the body when it has one. */
function cmsCollection(name: CollectionName, context: FieldContext, body: string | undefined): CmsCollection {
  const spec = COLLECTIONS[name];
  const root = jsonSchemaOf(spec.schema);
  const fields = objectFields(root, context, [], root[OWNER_TAG] ?? name, []);
  return {
    name,
    label: spec.label,
    label_singular: spec.label,
    folder: `content/${spec.folder}`,
    extension: spec.extension.slice(1),
    format: entryFormat(name),
    create: true,
    delete: false,
    slug: `{{fields.${ENTRY_ID_FIELD}}}`,
    identifier_field: 'title',
    summary: '{{title}}',
    sortable_fields: ['title'],
    // The site renders entries itself; a preview of raw fields would only take room.
    editor: { preview: false },
    fields: [ID_FIELD, ...fields, ...(body ? [bodyField(body)] : [])],
  };
}

/**
 * A case's awards: each edition is one item type, its categories become the category choices, and
 * Decap writes the edition's ID into the item's `edition` key.
 */
function caseAwardsField(library: Library, context: FieldContext, field: CmsField, schema: JsonSchema): CmsField {
  const item = schema.items!;
  const owner = item[OWNER_TAG] ?? 'caseAwardSchema';
  const itemFields = objectFields(item, context, ['awards'], owner, []).filter((f) => f.name !== 'edition');
  const { fields: _fields, field: _field, ...list } = field;
  return {
    ...list,
    typeKey: 'edition',
    summary: '{{fields.category}}',
    types: library.editions.map((edition) => ({
      name: edition.id,
      label: editionOptionLabel(library, edition),
      widget: 'object',
      fields: itemFields.map((f) =>
        f.name === 'category'
          ? { ...f, widget: 'select', options: edition.data.categories.map((c) => ({ label: c.name, value: c.name })), pattern: undefined }
          : f,
      ).map(withoutUndefined),
    })),
  };
}

/** The fields of an object schema, in the schema's order. */
function objectFields(schema: JsonSchema, context: FieldContext, path: string[], owner: string, ownerPath: string[], insideOptional = false): CmsField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const field = schemaField({ name, schema: property, required: required.has(name), context, path: [...path, name], owner, ownerPath: [...ownerPath, name], insideOptional });
    const override = context.overrides[[...path, name].join('.')];
    return withoutUndefined(override ? override(field, property) : field);
  });
}

/** A schema field and where it sits: in which collection, at which path, documented by which schema. */
interface FieldSpot {
  name: string;
  schema: JsonSchema;
  required: boolean;
  context: FieldContext;
  path: string[];
  /** The named schema whose docs and labels apply, and the field's path inside it. */
  owner: string;
  ownerPath: string[];
  insideOptional: boolean;
}

/** One form field: its label, widget and options, and a help text of its rules and its docs. */
function schemaField(spot: FieldSpot): CmsField {
  const { name, schema, required, context, path, owner, ownerPath, insideOptional } = spot;
  const doc = context.docs.get([owner, ...ownerPath].join('.'));
  const english = schema.type === 'string' && isEnglishField(path);
  const label = fieldLabel(owner, name);
  const field: CmsField = {
    name,
    // en.title is 英文标题: the Chinese 标题 is on the same form.
    label: english && name !== 'en' && !label.startsWith('英文') ? `英文${label}` : label,
    widget: 'string',
    // Decap checks the required fields of an optional object even when the object is left empty
    // (decaporg/decap-cms#2103, #7748), so that a case without English could not be saved: inside
    // an optional object every field is optional in the form, and the validator asks for the rest.
    required: required && !insideOptional,
  };
  const rules: string[] = [required ? (insideOptional ? '填写本组时必填' : '必填') : '选填'];
  Object.assign(field, choiceWidget(spot) ?? nestedWidget(spot, field.label) ?? valueWidget(spot, rules));
  if (schema.type === 'array') listBounds(field, schema, rules);
  if (english) rules.push(ENGLISH_RULE);
  field.hint = [rules.join('，'), doc].filter(Boolean).join('。') || undefined;
  return field;
}

/** A field that names a vocabulary term, another entry or an enumerated value: a select or a relation. */
function choiceWidget({ name, schema, context, path }: FieldSpot): Partial<CmsField> | undefined {
  const choice = context.choices[[context.collection, ...path].join('.')];
  const many = schema.type === 'array';
  if (choice?.kind === 'options') return { widget: 'select', options: choice.options(), multiple: many || undefined };
  if (choice?.kind === 'relation') {
    return {
      widget: 'relation',
      collection: choice.collection,
      value_field: '{{slug}}',
      search_fields: choice.searchFields,
      display_fields: [choice.display],
      options_length: 200,
      multiple: many || undefined,
    };
  }
  const values = schema.enum ?? schema.items?.enum;
  if (!values) return undefined;
  const labels = ENUM_LABELS[name] ?? {};
  return {
    widget: 'select',
    options: values.map((value) => ({ label: labels[value] ? `${labels[value]}（${value}）` : value, value })),
    multiple: many || undefined,
  };
}

/** A list or an object: its fields, or its item's widget. */
function nestedWidget(spot: FieldSpot, label: string): Partial<CmsField> | undefined {
  const { name, schema, required, context, path, owner, ownerPath, insideOptional } = spot;
  // A nested named schema (organisationSchema inside caseSchema) has its own docs and labels.
  const innerOwner = schema[OWNER_TAG] ?? schema.items?.[OWNER_TAG];
  const nextOwner = innerOwner ?? owner;
  const nextPath = innerOwner ? [] : ownerPath;
  const itemSchema = schema.items;
  if (schema.type === 'array' && itemSchema?.type === 'object') {
    const fields = objectFields(itemSchema, context, path, nextOwner, nextPath);
    return { widget: 'list', fields, summary: fields[0] ? `{{fields.${fields[0].name}}}` : undefined, collapsed: false };
  }
  if (schema.type === 'array') {
    const item = schemaField({ name, schema: itemSchema ?? {}, required: true, context, path, owner, ownerPath, insideOptional: false });
    const { name: _n, label: _l, required: _r, hint: _h, ...itemOptions } = item;
    return { widget: 'list', field: { name: 'item', label, ...itemOptions } };
  }
  if (schema.type === 'object') {
    return { widget: 'object', fields: objectFields(schema, context, path, nextOwner, nextPath, insideOptional || !required), collapsed: false };
  }
  return undefined;
}

/** A single value: a switch, a number, a date, a pattern or text; its limits go into `rules`. */
function valueWidget({ name, schema }: FieldSpot, rules: string[]): Partial<CmsField> {
  if (schema.type === 'boolean') {
    // No default in the form: a value left unset is left out, and the schema's default applies.
    return { widget: 'boolean' };
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    const max = schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER ? schema.maximum : undefined;
    if (schema.minimum !== undefined) rules.push(`不小于 ${schema.minimum}`);
    if (max !== undefined) rules.push(`不大于 ${max}`);
    return { widget: 'number', value_type: schema.type === 'integer' ? 'int' : 'float', min: schema.minimum, max };
  }
  if (schema.pattern === FULL_DATE_PATTERN) {
    rules.push('日期 YYYY-MM-DD');
    return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
  }
  if (schema.pattern) {
    if (/\\d\{4\}/.test(schema.pattern)) rules.push('按来源的精度写 YYYY、YYYY-MM 或 YYYY-MM-DD');
    return { pattern: [schema.pattern, `格式不对：须符合 ${schema.pattern}`] };
  }
  if (schema.type === 'string' && schema.maxLength !== undefined) {
    const min = schema.minLength ?? 0;
    rules.push(min > 1 ? `${min}–${schema.maxLength} 字` : `≤ ${schema.maxLength} 字`);
    return {
      widget: schema.maxLength >= MULTILINE_FROM && !SINGLE_LINE.has(name) ? 'text' : 'string',
      pattern: [textPattern(min, schema.maxLength), min > 1 ? `须为 ${min}–${schema.maxLength} 个字` : `不超过 ${schema.maxLength} 个字，且不能只有空格`],
    };
  }
  return {};
}

/** A list's least and most items, in the field and in the help; an optional list starts empty. */
function listBounds(field: CmsField, schema: JsonSchema, rules: string[]): void {
  if (schema.minItems !== undefined) Object.assign(field, { min: schema.minItems });
  if (schema.maxItems !== undefined) Object.assign(field, { max: schema.maxItems });
  if (schema.minItems !== undefined && schema.maxItems !== undefined) rules.push(`${schema.minItems}–${schema.maxItems} 项`);
  else if (schema.minItems !== undefined) rules.push(`至少 ${schema.minItems} 项`);
  else if (schema.maxItems !== undefined) rules.push(`至多 ${schema.maxItems} 项`);
  if (field.widget === 'list' && schema.minItems === undefined) Object.assign(field, { default: [] });
}

/** `楚治 · 2022 大数据驱动地方治理`: programme, then the edition as lists show it. */
function editionOptionLabel(library: Library, edition: Library['editions'][number]): string {
  const programme = library.programme(edition.data.programme)?.data.name;
  return programme ? `${programme} · ${editionLabel(edition.data)}` : editionLabel(edition.data);
}

/** Region terms in tree order (parents before children), labelled with their full path. */
function regionOptions(library: Library): Option[] {
  return library.regionTermsInTreeOrder().map((term) => ({ label: regionPathLabel(library.regionPath(term.id)) || term.label, value: term.id }));
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
