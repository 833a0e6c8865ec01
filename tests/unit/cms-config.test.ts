// The web editor's generated configuration against the schemas and the library it was generated
// from: every vocabulary term, edition, category and programme is offered; required fields, length
// limits, patterns and list bounds agree with what Zod accepts; help texts are the field docs.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { readSettings } from '../../src/config.ts';
import { buildCmsConfig, type CmsCollection, type CmsField } from '../../src/editor/config.ts';
import { ENTRY_ID_FIELD } from '../../src/editor/names.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { readSchemaDocs, schemaDocsOf } from '../../src/editor/schema-docs.ts';
import { ENTRY_ID_PATTERN, FILE_ID_PATTERN } from '../../src/schemas/common.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { fixtureLibrary } from '../support/library-fixture.ts';

const library = fixtureLibrary();
const docs = readSchemaDocs();
const config = buildCmsConfig(library, docs, readSettings({}).editor);
const collection = (name: string) => config.collections.find((c) => c.name === name) as CmsCollection;
const field = (fields: CmsField[], name: string) => {
  const found = fields.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name} in ${fields.map((f) => f.name).join(', ')}`);
  return found;
};
const values = (f: CmsField) => (f.options as Array<{ value: string }>).map((o) => o.value);
const cases = collection('cases');
const EDITABLE = ['cases', 'comparisons', 'sources', 'editions'] as const;

/** The Zod schema under optional / default / preprocess wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema as z.ZodType & { def: { type: string; innerType?: z.ZodType; out?: z.ZodType } };
  while (['optional', 'default', 'nullable', 'pipe'].includes(current.def.type)) {
    current = (current.def.type === 'pipe' ? current.def.out : current.def.innerType) as typeof current;
  }
  return current;
}
const shapeOf = (schema: z.ZodType) => (unwrap(schema) as z.ZodObject).shape as Record<string, z.ZodType>;
const elementOf = (schema: z.ZodType) => (unwrap(schema) as z.ZodArray<z.ZodType>).element;

interface Pair {
  where: string;
  field: CmsField;
  schema: z.ZodType;
  /** Inside an object the form marks optional (a case's `en`). */
  insideOptional?: boolean;
}

/** Every form field with the Zod schema it edits, at every depth. */
function pairs(fields: CmsField[], shape: Record<string, z.ZodType>, where: string, insideOptional = false): Pair[] {
  return fields.flatMap((f) => {
    const schema = shape[f.name];
    if (!schema) return [];
    const inner = unwrap(schema);
    const here = { where: `${where}.${f.name}`, field: f, schema, insideOptional };
    if (f.widget === 'object') return [here, ...pairs(f.fields as CmsField[], shapeOf(schema), here.where, insideOptional || f.required === false)];
    if (f.widget === 'list' && f.fields) return [here, ...pairs(f.fields as CmsField[], shapeOf(elementOf(schema)), here.where)];
    if (f.widget === 'list' && f.types) {
      return [here, ...(f.types as Array<{ name: string; fields: CmsField[] }>).flatMap((t) => pairs(t.fields, shapeOf(elementOf(schema)), `${here.where}[${t.name}]`))];
    }
    if (f.widget === 'list' && f.field) return [here, { where: `${here.where}[]`, field: f.field as CmsField, schema: (inner as z.ZodArray<z.ZodType>).element }];
    return [here];
  });
}
const allPairs = EDITABLE.flatMap((name) => pairs(collection(name).fields, shapeOf(COLLECTIONS[name].schema), name));

describe('every choice comes from the library', () => {
  it.each([
    ['org-type', (c: CmsCollection) => field(field(c.fields, 'organisations').fields as CmsField[], 'type')],
    ['region', (c: CmsCollection) => field(c.fields, 'region')],
    ['level', (c: CmsCollection) => field(c.fields, 'level')],
    ['domain', (c: CmsCollection) => field(c.fields, 'domains')],
    ['technology', (c: CmsCollection) => field(c.fields, 'technologies')],
  ] as const)('offers every %s term, as a select', (vocabulary, pick) => {
    const select = pick(cases);
    expect(select.widget).toBe('select');
    expect(values(select).sort()).toEqual(library.terms(vocabulary).map((t) => t.id).sort());
  });

  it('labels regions with their path and lists parents before children', () => {
    const options = field(cases.fields, 'region').options as Array<{ label: string; value: string }>;
    expect(options.find((o) => o.value === 'wuchang')?.label).toBe('湖北省 › 武汉市 › 武昌区');
    const order = options.map((o) => o.value);
    for (const term of library.terms('region')) {
      if (term.parent) expect(order.indexOf(term.parent), term.id).toBeLessThan(order.indexOf(term.id));
    }
  });

  it('offers one award item type per edition, each with exactly that edition’s categories', () => {
    const awards = field(cases.fields, 'awards');
    expect(awards.typeKey).toBe('edition');
    const types = awards.types as Array<{ name: string; fields: CmsField[] }>;
    expect(types.map((t) => t.name).sort()).toEqual(library.editions.map((e) => e.id).sort());
    for (const edition of library.editions) {
      const category = field(types.find((t) => t.name === edition.id)!.fields, 'category');
      expect(category.widget).toBe('select');
      expect(values(category)).toEqual(edition.data.categories.map((c) => c.name));
    }
  });

  it('offers every award programme for an edition, and the sources and cases as relations', () => {
    expect(values(field(collection('editions').fields, 'programme')).sort()).toEqual(library.programmes.map((p) => p.id).sort());
    for (const [name, target] of [['cases', 'sources'], ['editions', 'sources'], ['comparisons', 'cases']] as const) {
      const relation = field(collection(name).fields, name === 'comparisons' ? 'cases' : 'sources');
      expect(relation).toMatchObject({ widget: 'relation', collection: target, value_field: '{{slug}}', multiple: true });
    }
  });

  it('never asks for an entry or term ID as free text', () => {
    const typed = allPairs.filter(({ field: f }) => f.pattern?.[0] === ENTRY_ID_PATTERN.source).map((p) => p.where);
    expect(typed).toEqual([]);
  });
});

describe('the form accepts what the schema accepts', () => {
  it('covers every schema field of every edited collection, in the schema’s order', () => {
    for (const name of EDITABLE) {
      const formFields = collection(name).fields.map((f) => f.name).filter((n) => n !== ENTRY_ID_FIELD && n !== 'body');
      expect(formFields, name).toEqual(Object.keys(shapeOf(COLLECTIONS[name].schema)));
    }
  });

  it('marks a field required exactly when the schema rejects a missing value, except inside an optional group', () => {
    const mismatches = allPairs
      .filter(({ where }) => !where.endsWith('[]'))
      .filter(({ field: f, schema, insideOptional }) => (f.required !== false) !== (!schema.safeParse(undefined).success && !insideOptional))
      .map(({ where, field: f }) => `${where}: required=${f.required}`);
    expect(mismatches).toEqual([]);
  });

  it('lets an optional group be left empty, saying which of its fields are needed once it is filled', () => {
    // Decap refuses to save while a required field of an empty optional object is blank
    // (decaporg/decap-cms#7748): the form would not save a case without English.
    const grouped = allPairs.filter(({ insideOptional, schema }) => insideOptional && !schema.safeParse(undefined).success);
    expect(grouped.map((p) => p.where)).toEqual(expect.arrayContaining(['cases.en.title', 'cases.en.summary', 'comparisons.en.title', 'editions.en.title']));
    for (const { where, field: f } of grouped) {
      expect(f.required, where).toBe(false);
      expect(f.hint, where).toMatch(/^填写本组时必填/);
    }
  });

  it('checks text length and format exactly as the schema does', () => {
    const lengths = [1, 2, 9, 10, 11, 12, 13, 19, 20, 21, 29, 30, 31, 39, 40, 41, 59, 60, 61, 79, 80, 81, 99, 100, 101, 119, 120, 121, 199, 200, 201, 299, 300, 301, 399, 400, 401];
    const probes = [
      '', ' ', '  \n ', ...lengths.flatMap((n) => ['字'.repeat(n), ` ${'字'.repeat(n)} `, `${'字'.repeat(Math.max(n - 2, 0))} 字`]),
      '2022', '2022-04', '2022-04-30', '2022-13', '2022-04-32', '22-04', '2022/04', 'wuchang', 'Wuchang', 'a--b', 'https://example.org/a', 'ftp://x',
    ];
    const checked = allPairs.filter(({ field: f }) => f.pattern && f.widget !== 'entry-id');
    expect(checked.length).toBeGreaterThan(20);
    const disagreements = checked.flatMap(({ where, field: f, schema }) =>
      probes
        .filter((probe) => probe !== '' || f.required !== false)
        .filter((probe) => new RegExp(f.pattern![0]).test(probe) !== unwrap(schema).safeParse(probe).success)
        .map((probe) => `${where}: ${JSON.stringify(probe.length > 12 ? `${probe.slice(0, 4)}…(${probe.length})` : probe)}`),
    );
    expect(disagreements).toEqual([]);
  });

  it('bounds numbers and lists as the schema does', () => {
    const numbers = allPairs.filter(({ field: f }) => f.widget === 'number');
    expect(numbers.length).toBeGreaterThan(3);
    for (const { where, field: f, schema } of numbers) {
      for (const n of [0, 1, 1948, 1949, 2100, 2101, 1.5]) {
        const inForm = (f.min === undefined || n >= (f.min as number)) && (f.max === undefined || n <= (f.max as number)) && (f.value_type !== 'int' || Number.isInteger(n));
        if (f.value_type === 'int' || Number.isInteger(n)) expect(inForm, `${where} ${n}`).toBe(unwrap(schema).safeParse(n).success);
      }
    }
    const lists = allPairs.filter(({ field: f, schema }) => f.multiple || (f.widget === 'list' && (unwrap(elementOf(schema)) as z.ZodType).def.type === 'string'));
    for (const { where, field: f, schema } of lists) {
      for (let n = 0; n <= 8; n++) {
        const items = Array.from({ length: n }, (_, i) => `item-${i + 1}`);
        const inForm = n >= ((f.min as number | undefined) ?? 0) && n <= ((f.max as number | undefined) ?? Infinity);
        const element = unwrap(elementOf(schema));
        const sample = element.def.type === 'enum' ? (element as z.ZodEnum).options.slice(0, n) : items;
        if (sample.length === n) expect(inForm, `${where} with ${n} items`).toBe(unwrap(schema).safeParse(sample).success);
      }
    }
  });

  it('asks for a new entry’s ID with the file-name pattern the validator uses', () => {
    for (const name of EDITABLE) {
      const id = field(collection(name).fields, ENTRY_ID_FIELD);
      expect(id.pattern?.[0]).toBe(FILE_ID_PATTERN.source);
      expect(collection(name).slug).toBe(`{{fields.${ENTRY_ID_FIELD}}}`);
      expect(collection(name).folder).toBe(`content/${COLLECTIONS[name].folder}`);
      expect(`.${collection(name).extension}`).toBe(COLLECTIONS[name].extension);
    }
  });
});

describe('the English fields', () => {
  /** The field at `path` in a collection's form, through nested objects and list items. */
  const english = (name: string, [first, ...rest]: string[]) =>
    rest.reduce((f, key) => field(f.fields as CmsField[], key), field(collection(name).fields, first));

  it('offers a case’s and a comparison’s English title and summary as an optional group after the summary', () => {
    for (const name of ['cases', 'comparisons']) {
      const names = collection(name).fields.map((f) => f.name);
      expect(names.indexOf('en'), name).toBe(names.indexOf('summary') + 1);
      expect(english(name, ['en'])).toMatchObject({ widget: 'object', label: '英文', required: false });
      expect(english(name, ['en', 'title'])).toMatchObject({ label: '英文标题', widget: 'string' });
      expect(english(name, ['en', 'summary'])).toMatchObject({ label: '英文摘要', widget: 'text' });
    }
  });

  it('offers an edition’s English title, its categories’ and dates’ English names', () => {
    expect(english('editions', ['en', 'title'])).toMatchObject({ label: '英文全称', widget: 'string' });
    expect(english('editions', ['en', 'translated'])).toMatchObject({ widget: 'boolean', required: false });
    expect(english('editions', ['categories', 'en'])).toMatchObject({ label: '英文名称', required: false });
    expect(english('editions', ['dates', 'en'])).toMatchObject({ label: '英文', required: false });
  });

  it('explains the English rule on every English text field, and not elsewhere', () => {
    const withRule = allPairs.filter(({ field: f }) => f.hint?.includes('用英文书写')).map((p) => p.where);
    expect(withRule.sort()).toEqual(
      ['cases.en.title', 'cases.en.summary', 'comparisons.en.title', 'comparisons.en.summary', 'editions.en.title', 'editions.en.shortTitle', 'editions.categories.en', 'editions.dates.en'].sort(),
    );
    expect(english('cases', ['en', 'title']).hint).toContain(docs.get('caseSchema.en.title'));
  });

  it('offers keywords as a list of short texts', () => {
    const keywords = field(cases.fields, 'keywords');
    expect(keywords).toMatchObject({ widget: 'list', label: '关键词', required: false, default: [] });
    expect(keywords.field).toMatchObject({ widget: 'string' });
    expect(keywords.hint).toContain(docs.get('caseSchema.keywords'));
  });
});

describe('help texts are the field docs', () => {
  it('shows each field’s JSDoc comment as its hint', () => {
    expect(field(cases.fields, 'title').hint).toContain('Title (≤ 60 characters), unique across cases.');
    const award = (field(cases.fields, 'awards').types as Array<{ fields: CmsField[] }>)[0].fields;
    expect(field(award, 'listedTitle').hint).toContain(docs.get('caseAwardSchema.listedTitle'));
    const withDocs = allPairs.filter(({ field: f }) => f.hint && /[A-Za-z]{4}/.test(f.hint));
    expect(withDocs.length).toBeGreaterThan(40);
  });

  it('reads nested, multi-line and wrapped comments from a schema file', () => {
    const source = `
      import { z } from 'astro/zod';
      export const partSchema = z.strictObject({
        /**
         * The first line
         * and its continuation.
         */
        name: z.string(),
        /** When it ran. */
        period: z.strictObject({ /** Start. */ launched: z.string().optional() }).default({}),
        /** Dates. */
        dates: z.array(z.strictObject({ /** What happened. */ label: z.string() })).default([]),
        undocumented: z.string(),
      });`;
    expect([...schemaDocsOf(source)]).toEqual([
      ['partSchema.name', 'The first line and its continuation.'],
      ['partSchema.period', 'When it ran.'],
      ['partSchema.period.launched', 'Start.'],
      ['partSchema.dates', 'Dates.'],
      ['partSchema.dates.label', 'What happened.'],
    ]);
  });
});

describe('the editor writes to the repository named in the settings', () => {
  it('uses the GitHub backend with open authoring and the local mode', () => {
    expect(config.backend).toMatchObject({ name: 'github', repo: 'zhili-anli-ku/zhili-anli-ku', open_authoring: true });
    expect(config.local_backend).toBe(true);
    expect(config.locale).toBe('zh_Hans');
    const custom = buildCmsConfig(library, docs, readSettings({ CMS_GITHUB_REPO: 'someone/fork', CMS_AUTH_BASE_URL: 'https://auth.example.org' }).editor);
    expect(custom.backend).toMatchObject({ repo: 'someone/fork', base_url: 'https://auth.example.org' });
  });

  it('is plain JSON and the same on every build', () => {
    const again = buildCmsConfig(fixtureLibrary(), readSchemaDocs(), readSettings({}).editor);
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
    expect(again).toEqual(config);
  });
});

it('offers every term and edition of the real content', () => {
  const real = loadLibrary(path.resolve('content')).library;
  const realCases = buildCmsConfig(real, docs, readSettings({}).editor).collections[0];
  expect(values(field(realCases.fields, 'region')).sort()).toEqual(real.terms('region').map((t) => t.id).sort());
  expect((field(realCases.fields, 'awards').types as Array<{ name: string }>).map((t) => t.name).sort()).toEqual(real.editions.map((e) => e.id).sort());
});
