// A case's level and its region's rank tell the same story: the region is the most specific place
// the sources support, so a case run at a tier of government sits in a region of that tier.
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load-library.ts';

const { library } = loadLibrary(path.resolve(import.meta.dirname, '../../content'));

/** The level of government of each region rank; a community or village lies within a town or district. */
const LEVEL_OF_RANK: Record<string, string[]> = {
  country: ['national'],
  province: ['provincial'],
  city: ['municipal'],
  district: ['county', 'community'],
  town: ['township', 'community'],
};

it('gives every case a level that matches the rank of its region (天门 is a county-level city, so county)', () => {
  const mismatched: string[] = [];
  for (const entry of library.cases) {
    const rank = library.term('region', entry.data.region)?.rank;
    if (!entry.data.level || !rank) continue;
    if (!LEVEL_OF_RANK[rank]?.includes(entry.data.level)) mismatched.push(`${entry.id}: level ${entry.data.level}, region ${entry.data.region} (${rank})`);
  }
  expect(mismatched).toEqual([]);
  expect(library.term('region', 'tianmen')?.rank).toBe('district');
});
