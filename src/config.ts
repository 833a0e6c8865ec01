// The site's settings, read from the environment in one place: astro.config.mjs and the scripts
// call readSettings() and pass the values down; the build's pages get them from the integrations
// (virtual:case-library/settings), so no schema or query module reads the environment.

export interface Settings {
  /** Where the entries are: `content/` unless CONTENT_DIR names another (the benchmark's). */
  contentDir: string;
  /**
   * Cases per Pagefind index (SEARCH_SHARD_SIZE; default 20,000). Larger libraries are split into
   * shards of at most this many cases, so that the indexer's memory stays bounded; each extra
   * shard makes a search load one more index chunk per bigram (the measurements are in
   * docs/search.md), so the default keeps one index as long as the build fits.
   */
  searchShardSize: number;
  /** The sub-path the site is served under (BASE_PATH; default `/`), always ending in `/`. */
  basePath: string;
  /** The site's address, for absolute URLs in citations, feeds and the sitemap (SITE_URL). */
  siteUrl: string;
  /**
   * Astro's content-layer cache for another content directory, so that the data store of one
   * never leaks into a build of the other. Undefined for `content/` (Astro's default cache).
   */
  contentCacheDir: string | undefined;
}

export const DEFAULT_SEARCH_SHARD_SIZE = 20_000;

export function readSettings(env: Record<string, string | undefined> = process.env): Settings {
  const contentDir = env.CONTENT_DIR?.trim() || undefined;
  return {
    contentDir: contentDir ?? 'content',
    searchShardSize: parseShardSize(env.SEARCH_SHARD_SIZE),
    basePath: (env.BASE_PATH?.trim() || '/').replace(/\/?$/, '/'),
    siteUrl: env.SITE_URL?.trim() || 'https://example.org',
    contentCacheDir: contentDir && `${contentDir.replace(/\/$/, '')}-astro-cache`,
  };
}

function parseShardSize(raw: string | undefined): number {
  const value = raw?.trim();
  if (!value) return DEFAULT_SEARCH_SHARD_SIZE;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`SEARCH_SHARD_SIZE must be a whole number of cases, not "${value}"`);
  return Number(value);
}
