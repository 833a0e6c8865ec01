// A curated comparison's table as CSV (zh; views/compare-data.ts).
import { comparisonCsvFile, comparisonCsvPaths } from '../../../views/compare-data.ts';

export const getStaticPaths = comparisonCsvPaths;
export const GET = comparisonCsvFile('zh');
