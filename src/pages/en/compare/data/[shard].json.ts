// The compare picker's facts in shards (en; views/compare-data.ts).
import { compareShardFile, compareShardPaths } from '../../../../views/compare-data.ts';

export const getStaticPaths = compareShardPaths('en');
export const GET = compareShardFile;
