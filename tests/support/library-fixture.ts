// A small in-memory library for query-layer tests, loaded from tests/fixtures/valid through the
// validator (so the data has the schema's defaults, exactly as the site sees it).
import { loadLibrary } from '../../src/library/load-library.ts';
import { VALID_FIXTURE } from './fixture.ts';

export function fixtureLibrary() {
  return loadLibrary(VALID_FIXTURE).library;
}
