// The English RSS feed of cases (views/rss.ts).
import { caseFeed } from '../../views/rss.ts';

export const GET = caseFeed('en');
