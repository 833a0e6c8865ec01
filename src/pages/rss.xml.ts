// The RSS feed of cases (views/rss.ts; the English one is /en/rss.xml).
import { caseFeed } from '../views/rss.ts';

export const GET = caseFeed('zh');
