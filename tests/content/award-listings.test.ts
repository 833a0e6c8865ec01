// The award listings in content/ against the lists as published (tests/fixtures/published/), and
// the rule that an entry states no more than its sources: organisation types, levels and
// technologies of entries known only from an award list.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load-library.ts';
import { publishedList } from '../support/published-list.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');
const { library, bodyTexts } = loadLibrary(CONTENT);

describe('the 楚治 2022 listings', () => {
  const groups = library.editionWinners('chuzhi-2022-bigdata');
  const published = publishedList('chuzhi-2022-results.txt');

  it('has 27 listings, each with its listed title and listed organisations', () => {
    const listings = groups.flatMap((g) => g.listings);
    expect(listings).toHaveLength(27);
    for (const { entry, award } of listings) {
      expect(award.listedTitle, entry.id).toBeTruthy();
      expect(award.listedOrganisations.length, entry.id).toBeGreaterThan(0);
    }
  });

  it('numbers each category 1–10, 1–10, 1–5, 1–2', () => {
    expect(groups.map((g) => g.listings.map((l) => l.award.position))).toEqual([
      Array.from({ length: 10 }, (_, i) => i + 1),
      Array.from({ length: 10 }, (_, i) => i + 1),
      [1, 2, 3, 4, 5],
      [1, 2],
    ]);
  });

  it('reproduces the published list line for line: categories, order, organisations and titles verbatim', () => {
    expect(published).toHaveLength(groups.length);
    groups.forEach((group, i) => {
      const ours = group.listings.map(({ award }) => ({ position: award.position, organisations: award.listedOrganisations, title: award.listedTitle }));
      const theirs = published[i].lines.map(({ position, organisations, title }) => ({ position, organisations, title }));
      expect(ours, group.category.name).toEqual(theirs);
    });
  });

  it('files each category of the list under the edition category of the same name', () => {
    groups.forEach((group, i) => expect(group.category.name.startsWith(published[i].heading), group.category.name).toBe(true));
  });
});

describe('the national typical-case listing', () => {
  it('copies nothing its source does not publish: no title, organisations or position', () => {
    const [group] = library.editionWinners('city-digital-transformation-2024-first');
    expect(group.listings.map((l) => l.entry.id)).toEqual(['huizhou-huiyun-eye']);
    const [{ award }] = group.listings;
    expect(award.listedTitle).toBeUndefined();
    expect(award.listedOrganisations).toEqual([]);
    expect(award.position).toBeUndefined();
  });
});

describe('facts only as the sources state them', () => {
  /** What a name must contain for its type to be certain from the name alone. */
  const NAME_SAYS: Record<string, RegExp> = {
    'party-government': /(局|委|厅|办|部|部门|政府|街道|镇|乡|法院|检察院)$/,
    academic: /(大学|学院|研究院|研究所|实验室|中科院)/,
    enterprise: /(公司|集团)/,
  };
  /** Types the name never proves: the entry itself must record the source's word for it. */
  const SOURCE_SAYS: Record<string, RegExp> = {
    'state-enterprise': /国有|国企|央企/,
    'private-enterprise': /民营|民企|私营/,
    'public-institution': /事业单位/,
    'social-organisation': /社会组织|社会团体|协会|基金会/,
  };

  it('types an organisation only where its name says so beyond doubt, or the entry records the source saying so', () => {
    const unsupported: string[] = [];
    for (const entry of library.cases) {
      const recorded = `${bodyTexts.get(entry.id) ?? ''}${entry.data.fieldNotes.organisations ?? ''}`;
      for (const organisation of entry.data.organisations) {
        const type = organisation.type;
        if (type === undefined) continue;
        const supported = NAME_SAYS[type]?.test(organisation.name) || SOURCE_SAYS[type]?.test(recorded);
        if (!supported) unsupported.push(`${entry.id}: ${organisation.name} as ${type}`);
      }
    }
    expect(unsupported).toEqual([]);
  });

  it('gives no type to an organisation the source describes without naming it', () => {
    const described = library.cases.flatMap((entry) =>
      entry.data.organisations.filter((o) => /^(当地|某|有关|相关)/.test(o.name) && o.type !== undefined).map((o) => `${entry.id}: ${o.name}`),
    );
    expect(described).toEqual([]);
  });

  const stubs = library.cases.filter((c) => c.data.completeness === 'stub');

  it('says in every stub summary that the case is known only from an award list', () => {
    expect(stubs.length).toBeGreaterThan(20);
    for (const stub of stubs) expect(stub.data.summary, stub.id).toContain('仅据获奖名单');
  });

  it('tags a stub only with technologies its listed title names', () => {
    const named: Record<string, RegExp> = { 'big-data': /大数据/, ai: /AI|人工智能/i, '5g': /5G/i, iot: /物联网/, cloud: /云计算/, drone: /无人机/ };
    for (const stub of stubs) {
      const titles = stub.data.awards.map((a) => a.listedTitle ?? '').join(' ');
      for (const technology of stub.data.technologies) expect(named[technology]?.test(titles), `${stub.id}: ${technology}`).toBe(true);
    }
  });

  it('explains every stub level, since a listing never states one', () => {
    for (const stub of stubs) if (stub.data.level !== undefined) expect(stub.data.fieldNotes.level, stub.id).toBeTruthy();
  });
});
