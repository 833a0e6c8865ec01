// /data/datapackage.json against the Frictionless Data Package v2 profile (vendored), and the CSV
// files against the schemas it declares: headers, types, categories, keys.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CODEBOOK_FILE, codebookTable, datapackage, OTHER_DATA_FILES } from '../../src/research/datapackage.ts';
import { stringify } from 'csv-stringify/sync';
import { csvFile, datasetTables, excelFileName } from '../../src/research/dataset.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { fixtureLibrary } from '../support/library-fixture.ts';

const VENDOR = path.resolve(import.meta.dirname, '../../vendor/frictionless');
const SITE = 'https://example.org/';

/** The 2.0 profile with upstream's fix for the missing list field type (see vendor/frictionless/README.md). */
function profile() {
  const schema = JSON.parse(readFileSync(path.join(VENDOR, 'datapackage-2.0.json'), 'utf8'));
  const listField = JSON.parse(readFileSync(path.join(VENDOR, 'list-field-2.1.json'), 'utf8'));
  const fieldTypes = schema.properties.resources.items.properties.schema.properties.fields.items.oneOf as unknown[];
  fieldTypes.splice(fieldTypes.length - 2, 0, listField);
  return schema;
}

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(profile());

interface Field {
  name: string;
  type: string;
  categories?: string[];
  constraints?: { required?: boolean; pattern?: string };
  delimiter?: string;
  trueValues?: string[];
  falseValues?: string[];
}
interface Resource {
  name: string;
  path: string;
  schema?: { fields: Field[]; primaryKey?: string[]; foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }> };
}

const VERSION = { contentRevision: 7, created: '2026-11-29T16:57:07+00:00' };

const libraries = {
  'the site content': loadLibrary(path.resolve(import.meta.dirname, '../../content')).library,
  'the test fixture': fixtureLibrary(),
};

describe.each(Object.entries(libraries))('datapackage.json for %s', (_, library) => {
  const tables = datasetTables(library, SITE);
  const descriptor = datapackage(tables, SITE, VERSION) as unknown as { version: string; created: string; resources: Resource[] };
  // Read back through csv-parse without BOM handling: the described files must not need it.
  const csv = new Map([...tables.map((t) => [t.file, parse(csvFile(t)) as string[][]] as const), [CODEBOOK_FILE, parse(stringify(codebookTable(tables))) as string[][]]]);

  it('is valid against the Data Package v2 profile', () => {
    expect(validate(descriptor), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
  });

  it('describes every CSV table and every other file under /data/', () => {
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual([...tables.map((t) => t.file), ...tables.map((t) => excelFileName(t.file)), CODEBOOK_FILE, ...OTHER_DATA_FILES.map((f) => f.path)].sort());
  });

  it('has a semantic version and the date of the data in created', () => {
    expect(descriptor.version).toBe('1.2.7');
    expect(descriptor.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(descriptor.created).toBe(VERSION.created);
  });

  it('the codebook names every column of every table once, with Chinese and English descriptions', () => {
    const [header, ...rows] = csv.get(CODEBOOK_FILE)!;
    expect(rows.map((r) => `${r[0]} ${r[1]}`)).toEqual(tables.flatMap((t) => t.columns.map((c) => `${t.file} ${c.name}`)));
    for (const row of rows) expect(row[header.indexOf('description_en')]).toMatch(/^[A-Za-z]/);
  });

  it.each(tables.map((t) => t.file))('%s has exactly the header its schema declares', (file) => {
    const resource = descriptor.resources.find((r) => r.path === file)!;
    expect(csv.get(file)![0]).toEqual(resource.schema!.fields.map((f) => f.name));
  });

  it.each([...tables.map((t) => t.file), CODEBOOK_FILE])('every cell of %s fits its field: type, pattern, categories, required', (file) => {
    const resource = descriptor.resources.find((r) => r.path === file)!;
    const [header, ...rows] = csv.get(file)!;
    const problems: string[] = [];
    rows.forEach((row, r) => {
      expect(row).toHaveLength(header.length);
      resource.schema!.fields.forEach((field, c) => {
        const value = row[c];
        const where = `${file} row ${r + 2} ${field.name}="${value}"`;
        if (value === '') {
          if (field.constraints?.required) problems.push(`${where}: required`);
          return;
        }
        const ok = {
          string: () => true,
          integer: () => /^-?\d+$/.test(value),
          number: () => Number.isFinite(Number(value)),
          date: () => /^\d{4}-\d{2}-\d{2}$/.test(value),
          boolean: () => [...field.trueValues!, ...field.falseValues!].includes(value),
          list: () => value.split(field.delimiter!).every((item) => item !== '' && item.trim() === item),
        }[field.type as 'string'];
        if (!ok?.()) problems.push(`${where}: not a ${field.type}`);
        if (field.constraints?.pattern && !new RegExp(field.constraints.pattern).test(value)) problems.push(`${where}: does not match ${field.constraints.pattern}`);
        if (field.categories && !field.categories.includes(value)) problems.push(`${where}: not one of its categories`);
      });
    });
    expect(problems).toEqual([]);
  });

  it('primary keys are unique and foreign keys point at existing cases', () => {
    const problems: string[] = [];
    for (const resource of descriptor.resources.filter((r) => r.schema)) {
      const [header, ...rows] = csv.get(resource.path)!;
      const column = (name: string) => header.indexOf(name);
      if (resource.schema!.primaryKey) {
        const keys = rows.map((row) => resource.schema!.primaryKey!.map((k) => row[column(k)]).join('\u0000'));
        if (new Set(keys).size !== keys.length) problems.push(`${resource.path}: duplicate primary key`);
      }
      for (const key of resource.schema!.foreignKeys ?? []) {
        const target = descriptor.resources.find((r) => r.name === key.reference.resource)!;
        const [targetHeader, ...targetRows] = csv.get(target.path)!;
        const ids = new Set(targetRows.map((row) => row[targetHeader.indexOf(key.reference.fields[0])]));
        for (const row of rows) if (!ids.has(row[column(key.fields[0])])) problems.push(`${resource.path}: ${row[column(key.fields[0])]} is not a case`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the validator is strict enough to catch a broken descriptor', () => {
  const library = fixtureLibrary();
  const good = () => datapackage(datasetTables(library, SITE), SITE, VERSION) as unknown as { resources: Array<Record<string, any>> };

  it('rejects a field of an unknown type', () => {
    const bad = good();
    bad.resources[0].schema.fields[0].type = 'text';
    expect(validate(bad)).toBe(false);
  });

  it('rejects a resource without a path or data', () => {
    const bad = good();
    delete bad.resources[0].path;
    expect(validate(bad)).toBe(false);
  });
});

describe('award listings', () => {
  it('awards.csv lists each published listing once, with position, listed title and organisations verbatim', () => {
    const library = libraries['the site content'];
    const awards = datasetTables(library, SITE)[2];
    const [header, ...rows] = parse(csvFile(awards)) as string[][];
    expect(rows).toHaveLength(library.cases.reduce((n, c) => n + c.data.awards.length, 0));
    const at = (row: string[], name: string) => row[header.indexOf(name)];
    for (const row of rows) {
      const award = library.caseById(at(row, 'case_id'))!.data.awards.find((a) => a.edition === at(row, 'edition') && a.category === at(row, 'category'))!;
      expect(at(row, 'position')).toBe(award.position === undefined ? '' : String(award.position));
      expect(at(row, 'listed_title')).toBe(award.listedTitle ?? '');
      expect(at(row, 'listed_organisations')).toBe(award.listedOrganisations.join('; '));
    }
  });
});
