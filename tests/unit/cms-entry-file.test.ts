// The files the web editor writes: what the form holds (keys in any order, empty optional values,
// the entry ID) becomes an entry file that passes the validator, with keys in the schema's order.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as loadYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/config.ts';
import { buildCmsConfig, type CmsCollection } from '../../src/editor/config.ts';
import { formatEntryFile, parseEntryFile } from '../../src/editor/entry-file.ts';
import { ENTRY_ID_FIELD } from '../../src/editor/names.ts';
import { readSchemaDocs } from '../../src/editor/schema-docs.ts';
import { VALID_FIXTURE, validateWith } from '../support/fixture.ts';
import { fixtureLibrary } from '../support/library-fixture.ts';

const config = buildCmsConfig(fixtureLibrary(), readSchemaDocs(), readSettings({}).editor);
const shape = (name: string) => {
  const collection = config.collections.find((c) => c.name === name) as CmsCollection;
  return { fields: collection.fields, frontMatter: collection.extension === 'mdx', omit: ENTRY_ID_FIELD };
};

/** A case as the form holds it: keys in editing order, untouched optional fields empty. */
const formCase = {
  [ENTRY_ID_FIELD]: 'gamma-grid',
  lastReviewed: '2026-11-29',
  completeness: 'stub',
  sources: ['news-one'],
  title: '江汉区网格治理测试案例',
  summary: '江汉区以网格平台汇集事件的一个测试案例，供编辑器测试使用。',
  organisations: [{ role: 'lead', name: '江汉区委政法委', type: 'party-government' }],
  region: 'jianghan',
  level: 'county',
  domains: ['grassroots-governance'],
  technologies: [],
  period: { launched: '', ended: '2024', ongoing: undefined },
  awards: [{ listedOrganisations: ['江汉区委政法委'], category: '优秀案例', position: 2, edition: 'prize-2022', listedTitle: '' }],
  metrics: [],
  aliases: [],
  body: '## 做法\n\n江汉区建设了网格平台。\n',
};

describe('a case saved from the form', () => {
  const text = formatEntryFile(formCase, shape('cases'));

  it('passes the validator unchanged', () => {
    expect(validateWith({ 'cases/gamma-grid.mdx': text })).toEqual([]);
  });

  it('has front matter in the schema’s order at every depth, without the ID or empty values', () => {
    expect(text).toBe(`---
title: 江汉区网格治理测试案例
summary: 江汉区以网格平台汇集事件的一个测试案例，供编辑器测试使用。
aliases: []
organisations:
  - name: 江汉区委政法委
    type: party-government
    role: lead
region: jianghan
level: county
domains: [grassroots-governance]
technologies: []
period:
  ended: "2024"
awards:
  - edition: prize-2022
    category: 优秀案例
    position: 2
    listedOrganisations: [江汉区委政法委]
metrics: []
sources: [news-one]
completeness: stub
lastReviewed: "2026-11-29"
---

## 做法

江汉区建设了网格平台。
`);
  });

  it('reads back as the data it was written from', () => {
    const back = parseEntryFile(text, shape('cases'));
    expect(back.title).toBe(formCase.title);
    expect(back.awards).toEqual([{ edition: 'prize-2022', category: '优秀案例', position: 2, listedOrganisations: ['江汉区委政法委'] }]);
    expect(back.body).toBe('## 做法\n\n江汉区建设了网格平台。\n');
  });

  it('keeps a field the form does not know, so that the validator reports it and nothing is lost', () => {
    const withExtra = formatEntryFile({ ...formCase, note: '旧字段' }, shape('cases'));
    expect(withExtra).toContain('note: 旧字段');
    expect(validateWith({ 'cases/gamma-grid.mdx': withExtra }).join('\n')).toMatch(/note/);
  });
});

describe('a case’s English and keywords saved from the form', () => {
  it('puts the English group after the summary and the keywords after the aliases, and passes the validator', () => {
    const text = formatEntryFile(
      { ...formCase, keywords: ['网格化', 'grid management'], en: { summary: 'A test case: Jianghan District gathers incidents on a grid platform.', title: 'Jianghan grid governance (网格治理)' } },
      shape('cases'),
    );
    expect(validateWith({ 'cases/gamma-grid.mdx': text })).toEqual([]);
    expect(text).toContain(`summary: 江汉区以网格平台汇集事件的一个测试案例，供编辑器测试使用。
en:
  title: Jianghan grid governance (网格治理)
  summary: "A test case: Jianghan District gathers incidents on a grid platform."
aliases: []
keywords: [网格化, grid management]
organisations:`);
  });

  it('leaves out an English group left blank, so that a case without English stays valid', () => {
    const text = formatEntryFile({ ...formCase, en: { title: '', summary: '' } }, shape('cases'));
    expect(text).not.toMatch(/^en:/m);
    expect(validateWith({ 'cases/gamma-grid.mdx': text })).toEqual([]);
  });

  it('leaves the validator to ask for the other half of a half-filled English group', () => {
    const text = formatEntryFile({ ...formCase, en: { title: 'Jianghan grid governance', summary: '' } }, shape('cases'));
    expect(validateWith({ 'cases/gamma-grid.mdx': text })).toEqual(['cases/gamma-grid.mdx:5: en.summary: is required']);
  });
});

describe('existing entries opened and saved without changes', () => {
  it.each([
    ['cases', 'cases/alpha-index.mdx'],
    ['comparisons', 'comparisons/two-cases.mdx'],
    ['sources', 'sources/news-one.yaml'],
    ['editions', 'editions/prize-2022.yaml'],
  ])('%s: %s keeps its data and stays valid', (name, file) => {
    const original = readFileSync(path.join(VALID_FIXTURE, file), 'utf8');
    const saved = formatEntryFile(parseEntryFile(original, shape(name)), shape(name));
    expect(validateWith({ [file]: saved })).toEqual([]);
    const data = (text: string) => loadYaml(file.endsWith('.mdx') ? text.split(/^---$/m)[1] : text);
    expect(data(saved)).toEqual(data(original));
    if (file.endsWith('.mdx')) expect(saved.split(/^---$/m).slice(2).join('---').trim()).toBe(original.split(/^---$/m).slice(2).join('---').trim());
  });
});

describe('an existing entry edited in the form', () => {
  const original = `---
title: 武昌区平安指数
# A note for editors, kept across saves.
summary: '武昌区以平安指数支撑基层治理的一个测试案例。'
organisations:
  - name: 武昌区委政法委
    type: party-government
    role: lead
region: wuchang
domains: [grassroots-governance]
awards:
  # The list gives no position.
  - edition: prize-2022
    category: 优秀案例
sources: [news-one]
completeness: stub
lastReviewed: '2026-11-23'
---

正文。
`;

  it('keeps comments and the writing of unchanged values, and changes only what was edited', () => {
    const data = parseEntryFile(original, shape('cases'));
    const saved = formatEntryFile({ ...data, summary: '武昌区以平安指数支撑基层治理，这是改过的摘要。', level: 'county' }, shape('cases'));
    expect(saved).toBe(original
      .replace("summary: '武昌区以平安指数支撑基层治理的一个测试案例。'", "summary: '武昌区以平安指数支撑基层治理，这是改过的摘要。'")
      .replace('region: wuchang\n', 'region: wuchang\nlevel: county\n'));
  });

  it('writes the file back byte for byte when nothing changed', () => {
    expect(formatEntryFile(parseEntryFile(original, shape('cases')), shape('cases'))).toBe(original);
  });
});
