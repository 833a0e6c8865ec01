// The compare picker's facts in shards (zh; views/compare-data.ts).
import { compareShardFile, compareShardPaths } from '../../../views/compare-data.ts';

export const getStaticPaths = compareShardPaths('zh');
export const GET = compareShardFile;
