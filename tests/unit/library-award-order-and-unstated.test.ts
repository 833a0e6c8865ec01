// The query layer's award lists (published order) and its handling of values the sources do not
// state (no organisation type, no level), over the valid fixture with a few cases changed.
import { describe, expect, it } from 'vitest';
import { caseFacts } from '../../src/library/compare.ts';
import { caseColumns } from '../../src/research/dataset.ts';
import { UNSTATED_LABEL } from '../../src/library/format.ts';
import { Library, type CaseEntry } from '../../src/library/library.ts';
import { fixtureLibrary } from '../support/library-fixture.ts';

const base = fixtureLibrary();
const [alpha, beta] = ['alpha-index', 'beta-audit'].map((id) => base.caseById(id)!);

function libraryWith(cases: CaseEntry[]): Library {
  return new Library({ cases, sources: [], awards: base.programmes, editions: base.editions, taxonomies: base.vocabularies, comparisons: [] });
}

/** A copy of `entry` under another ID and title, listed in 优秀案例 at `position`. */
function listed(entry: CaseEntry, id: string, title: string, position: number | undefined): CaseEntry {
  const award = { edition: 'prize-2022', category: '优秀案例', position, listedOrganisations: [] };
  return { id, data: { ...entry.data, title, aliases: [], awards: [award] } };
}

describe('an edition\'s winners', () => {
  it('come in the order of the published list, not in title order', () => {
    // Title order is 丙, 甲, 乙 in neither direction of the positions below.
    const library = libraryWith([alpha, listed(beta, 'c1', '乙案例', 3), listed(beta, 'c2', '甲案例', 1), listed(beta, 'c3', '丙案例', 2)]);
    const [, excellent] = library.editionWinners('prize-2022');
    expect(excellent.listings.map((l) => [l.entry.id, l.award.position])).toEqual([['c2', 1], ['c3', 2], ['c1', 3]]);
    expect(excellent.cases.map((c) => c.id)).toEqual(['c2', 'c3', 'c1']);
  });

  it('put listings without a position after those with one', () => {
    const library = libraryWith([listed(beta, 'c1', '甲案例', undefined), listed(beta, 'c2', '乙案例', 1)]);
    const [, excellent] = library.editionWinners('prize-2022');
    expect(excellent.cases.map((c) => c.id)).toEqual(['c2', 'c1']);
  });
});

describe('values the sources do not state', () => {
  const untyped: CaseEntry = {
    id: beta.id,
    data: { ...beta.data, level: undefined, organisations: beta.data.organisations.map((o) => ({ ...o, type: undefined })) },
  };
  const library = libraryWith([alpha, untyped]);

  it('are labelled 未说明', () => {
    expect(library.termLabel('level', untyped.data.level)).toBe(UNSTATED_LABEL);
    expect(library.termLabel('org-type', untyped.data.organisations[0].type)).toBe(UNSTATED_LABEL);
    expect(library.termLabel('level', alpha.data.level)).not.toBe(UNSTATED_LABEL);
  });

  it('are counted as unknown, apart from every term', () => {
    expect(library.casesWithUnknown('level').length).toBe(1);
    expect(library.casesWithUnknown('org-type').length).toBe(1);
    expect([...library.termCounts('level').values()].reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('appear as 未说明 in the data download and the compare table', () => {
    const columns = caseColumns(library, 'https://example.org/');
    const value = (name: string) => columns.find((c) => c.name === name)!.value(untyped);
    expect(value('level')).toBe(UNSTATED_LABEL);
    expect(value('organisation_types')).toBe(UNSTATED_LABEL);
    expect(caseFacts(library, untyped).facts.level).toBe(UNSTATED_LABEL);
  });

  it('never make two cases more related by sharing an unknown level', () => {
    const subject: CaseEntry = { id: 'subject', data: { ...untyped.data, title: '主案例', domains: ['supervision'], technologies: [], region: 'hubei' } };
    // Both candidates share the subject's domain; title order puts 甲 before 乙. Were an unknown
    // level counted as the same level, 乙 (also unknown) would outrank 甲 (county).
    const unknownLevel: CaseEntry = { id: 'unknown-level', data: { ...subject.data, title: '乙案例' } };
    const knownLevel: CaseEntry = { id: 'known-level', data: { ...subject.data, title: '甲案例', level: 'county' } };
    const related = libraryWith([subject, unknownLevel, knownLevel]).relatedCases(subject);
    expect(related.map((c) => c.id)).toEqual(['known-level', 'unknown-level']);
  });
});
