// A curated comparison's table as CSV (en; views/compare-data.ts).
import { comparisonCsvFile, comparisonCsvPaths } from '../../../../views/compare-data.ts';

export const getStaticPaths = comparisonCsvPaths;
export const GET = comparisonCsvFile('en');
