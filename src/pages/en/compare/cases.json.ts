// The compare picker's index of case titles (en; views/compare-data.ts).
import { compareIndex } from '../../../views/compare-data.ts';

export const GET = compareIndex('en');
