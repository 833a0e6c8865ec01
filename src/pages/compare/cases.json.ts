// The compare picker's index of case titles (zh; views/compare-data.ts).
import { compareIndex } from '../../views/compare-data.ts';

export const GET = compareIndex('zh');
