// The research outputs against the vocabularies and schemas other tools use: every CSL-JSON record
// against the official CSL-JSON schema (vendor/csl/schema), and every JSON-LD type and property
// against the schema.org vocabulary (vendor/schemaorg), including that each property is allowed on
// its type (schema:domainIncludes, through the type's superclasses).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { caseCitable, caseJsonLdInput } from '../../src/research/case-metadata.ts';
import { cslItem } from '../../src/research/citation.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { breadcrumbJsonLd, caseJsonLd, datasetJsonLd } from '../../src/research/metadata.ts';
import { datasetTables } from '../../src/research/dataset.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE = 'https://example.org/';
const { library } = loadLibrary(path.join(ROOT, 'content'));

const cslSchema = JSON.parse(readFileSync(path.join(ROOT, 'vendor/csl/schema/csl-data.json'), 'utf8'));
const validateCsl = new Ajv({ allErrors: true, strict: false }).compile(cslSchema);

const vocabulary = JSON.parse(readFileSync(path.join(ROOT, 'vendor/schemaorg/schemaorg-30.0-terms.json'), 'utf8')) as {
  classes: Record<string, string[]>;
  properties: Record<string, string[]>;
};

/** The class and all its superclasses. */
function ancestors(type: string): Set<string> {
  const seen = new Set<string>();
  const visit = (t: string) => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const parent of vocabulary.classes[t] ?? []) visit(parent);
  };
  visit(type);
  return seen;
}

/** Every problem with a JSON-LD node tree: unknown types, unknown properties, properties not allowed on their node's type. */
function schemaOrgProblems(node: unknown, where = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => schemaOrgProblems(n, `${where}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  const problems: string[] = [];
  if (typeof type !== 'string') return [`${where}: no @type`];
  if (!(type in vocabulary.classes)) problems.push(`${where}: @type ${type} is not a schema.org class`);
  const types = ancestors(type);
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith('@')) continue;
    const domains = vocabulary.properties[key];
    if (!domains) problems.push(`${where}.${key}: not a schema.org property`);
    else if (!domains.some((d) => types.has(d))) problems.push(`${where}.${key}: not a property of ${type}`);
    if (value && typeof value === 'object') problems.push(...schemaOrgProblems(value, `${where}.${key}`));
  }
  return problems;
}

describe('CSL-JSON against the official CSL-JSON schema', () => {
  it.each(['zh', 'en'] as const)('every case record (%s) is valid', (language) => {
    const items = library.cases.map((entry) => cslItem(caseCitable(library, entry, SITE), language));
    expect(validateCsl(items), JSON.stringify(validateCsl.errors?.slice(0, 3))).toBe(true);
  });

  it('the schema is strict enough to catch a broken record', () => {
    const item = cslItem(caseCitable(library, library.cases[0], SITE)) as unknown as Record<string, unknown>;
    expect(validateCsl([{ ...item, type: 'case-study' }])).toBe(false);
    expect(validateCsl([{ ...item, issued: '2026-11-23' }])).toBe(false);
  });
});

describe('JSON-LD against the schema.org vocabulary', () => {
  it('every case Article uses only schema.org types and properties, each allowed on its type', () => {
    const problems = library.cases.flatMap((entry) => schemaOrgProblems(caseJsonLd(caseJsonLdInput(library, entry, SITE), SITE), entry.id));
    expect(problems).toEqual([]);
  });

  it('the Dataset and a BreadcrumbList too', () => {
    const tables = datasetTables(library, SITE);
    const dataset = datasetJsonLd({
      url: `${SITE}data/`,
      siteUrl: SITE,
      name: 'n',
      description: 'd',
      dateModified: '2026-11-29',
      variables: tables.flatMap((t) => t.columns.map((c) => ({ name: c.name, description: c.description, table: t.file }))),
      distributions: [{ name: 'cases.csv', url: `${SITE}data/cases.csv`, encodingFormat: 'text/csv' }],
    });
    expect(schemaOrgProblems(dataset, 'Dataset')).toEqual([]);
    expect(schemaOrgProblems(breadcrumbJsonLd([{ name: '首页', url: SITE }, { name: '案例' }]), 'BreadcrumbList')).toEqual([]);
  });

  it('the check finds an unknown property, a misplaced one and an unknown type', () => {
    expect(schemaOrgProblems({ '@type': 'Article', headline: 'x', variableMeasured: 'y' })).toEqual(['$.variableMeasured: not a property of Article']);
    expect(schemaOrgProblems({ '@type': 'Article', modifiedDate: 'x' })).toEqual(['$.modifiedDate: not a schema.org property']);
    expect(schemaOrgProblems({ '@type': 'CaseStudy' })).toEqual(['$: @type CaseStudy is not a schema.org class']);
  });
});
