// The site's settings (the build's and the web editor's), read from the environment in one place: astro.config.mjs and the scripts
// call readSettings() and pass the values down; the build's pages get them from the integrations
// (virtual:case-library/settings), so no schema or query module reads the environment.
import { DEFAULT_INDEX_MEMORY_MIB } from './search/shards.ts';

export interface Settings {
  /** Where the entries are: `content/` unless CONTENT_DIR names another (the benchmark's). */
  contentDir: string;
  /**
   * How the search index is split into shards (search/shards.ts): by a memory budget for
   * Pagefind's indexer (SEARCH_INDEX_MEMORY, MiB; default 3,072), or a fixed number of cases per
   * shard (SEARCH_SHARD_SIZE) for tests and experiments. Each extra shard makes a search load one
   * more index chunk per bigram (docs/search.md), so the default keeps 5,000 cases in one index.
   */
  searchIndex: {
    memoryMiB: number;
    shardSize: number | undefined;
    /**
     * Occurrences of a word in the Chinese index after which its repeats in a case are indexed
     * in their repeat form (search/index-pages.ts, RepeatedWords): SEARCH_REPEAT_THRESHOLD, or
     * undefined for the default (REPEAT_THRESHOLD). Tests set it low, so that the real content
     * has such words.
     */
    repeatThreshold: number | undefined;
  };
  /** The sub-path the site is served under (BASE_PATH; default `/`), always ending in `/`. */
  basePath: string;
  /** The site's address, for absolute URLs in citations, feeds and the sitemap (SITE_URL). */
  siteUrl: string;
  /**
   * Astro's content-layer cache for another content directory, so that the data store of one
   * never leaks into a build of the other. Undefined for `content/` (Astro's default cache).
   */
  contentCacheDir: string | undefined;
  /** The web editor's settings (docs/editor.md). */
  editor: EditorSettings;
}

export interface EditorSettings {
  /** GitHub repository `owner/name` the editor commits to (CMS_GITHUB_REPO); default: the project's. */
  repo: string | undefined;
  /** Its base branch (CMS_GITHUB_BRANCH; default `main`). */
  branch: string;
  /** OAuth provider for the GitHub backend (CMS_AUTH_BASE_URL, Decap's `base_url`), when not Netlify's. */
  authBaseUrl: string | undefined;
  /** Its auth endpoint (CMS_AUTH_ENDPOINT). */
  authEndpoint: string | undefined;
  /** The public site address (SITE_URL), for the editor's "view live" links; none when unset. */
  siteUrl: string | undefined;
}

export function readSettings(env: Record<string, string | undefined> = process.env): Settings {
  const contentDir = env.CONTENT_DIR?.trim() || undefined;
  return {
    contentDir: contentDir ?? 'content',
    searchIndex: {
      memoryMiB: parseWhole('SEARCH_INDEX_MEMORY', env.SEARCH_INDEX_MEMORY, 'MiB') ?? DEFAULT_INDEX_MEMORY_MIB,
      shardSize: parseWhole('SEARCH_SHARD_SIZE', env.SEARCH_SHARD_SIZE, 'cases'),
      repeatThreshold: parseWhole('SEARCH_REPEAT_THRESHOLD', env.SEARCH_REPEAT_THRESHOLD, 'occurrences'),
    },
    basePath: (env.BASE_PATH?.trim() || '/').replace(/\/?$/, '/'),
    siteUrl: env.SITE_URL?.trim() || 'https://example.org',
    contentCacheDir: contentDir && `${contentDir.replace(/\/$/, '')}-astro-cache`,
    editor: {
      repo: env.CMS_GITHUB_REPO?.trim() || undefined,
      branch: env.CMS_GITHUB_BRANCH?.trim() || 'main',
      authBaseUrl: env.CMS_AUTH_BASE_URL?.trim() || undefined,
      authEndpoint: env.CMS_AUTH_ENDPOINT?.trim() || undefined,
      siteUrl: env.SITE_URL?.trim() || undefined,
    },
  };
}

/** A positive whole number, or undefined when unset or blank. */
function parseWhole(name: string, raw: string | undefined, unit: string): number | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`${name} must be a whole number of ${unit}, not "${value}"`);
  return Number(value);
}
