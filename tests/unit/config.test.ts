// The settings read from the environment (src/config.ts), with their defaults.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEARCH_SHARD_SIZE, readSettings } from '../../src/config.ts';

describe('readSettings', () => {
  it('defaults to content/, one index up to 20,000 cases, the root path and a placeholder site', () => {
    expect(readSettings({})).toEqual({
      contentDir: 'content',
      searchShardSize: DEFAULT_SEARCH_SHARD_SIZE,
      basePath: '/',
      siteUrl: 'https://example.org',
      contentCacheDir: undefined,
      editor: { repo: undefined, branch: 'main', authBaseUrl: undefined, authEndpoint: undefined, siteUrl: undefined },
    });
    expect(DEFAULT_SEARCH_SHARD_SIZE).toBe(20_000);
  });

  it('reads each variable, and gives another content directory its own cache', () => {
    const settings = readSettings({ CONTENT_DIR: '/tmp/bench/content/', SEARCH_SHARD_SIZE: '1700', BASE_PATH: '/repo', SITE_URL: 'https://x.github.io' });
    expect(settings).toEqual({
      contentDir: '/tmp/bench/content/',
      searchShardSize: 1700,
      basePath: '/repo/',
      siteUrl: 'https://x.github.io',
      contentCacheDir: '/tmp/bench/content-astro-cache',
      editor: { repo: undefined, branch: 'main', authBaseUrl: undefined, authEndpoint: undefined, siteUrl: 'https://x.github.io' },
    });
  });

  it('treats blank values as unset', () => {
    expect(readSettings({ CONTENT_DIR: ' ', SEARCH_SHARD_SIZE: '', BASE_PATH: '' })).toMatchObject({ contentDir: 'content', searchShardSize: 20_000, basePath: '/' });
  });

  it('refuses a shard size that is not a whole number of cases', () => {
    expect(() => readSettings({ SEARCH_SHARD_SIZE: '1.5k' })).toThrow('SEARCH_SHARD_SIZE');
    expect(() => readSettings({ SEARCH_SHARD_SIZE: '0' })).toThrow('SEARCH_SHARD_SIZE');
  });
});
