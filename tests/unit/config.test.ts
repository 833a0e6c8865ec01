// The settings read from the environment (src/config.ts), with their defaults.
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/config.ts';
import { DEFAULT_INDEX_MEMORY_MIB } from '../../src/search/shards.ts';

describe('readSettings', () => {
  it('defaults to content/, shards chosen by a 4 GiB budget, the root path and a placeholder site', () => {
    expect(readSettings({})).toEqual({
      contentDir: 'content',
      searchIndex: { memoryMiB: DEFAULT_INDEX_MEMORY_MIB, shardSize: undefined },
      basePath: '/',
      siteUrl: 'https://example.org',
      contentCacheDir: undefined,
      editor: { repo: undefined, branch: 'main', authBaseUrl: undefined, authEndpoint: undefined, siteUrl: undefined },
    });
    expect(DEFAULT_INDEX_MEMORY_MIB).toBe(3072);
  });

  it('reads each variable, and gives another content directory its own cache', () => {
    const settings = readSettings({ CONTENT_DIR: '/tmp/bench/content/', SEARCH_SHARD_SIZE: '1700', SEARCH_INDEX_MEMORY: '2048', BASE_PATH: '/repo', SITE_URL: 'https://x.github.io' });
    expect(settings).toEqual({
      contentDir: '/tmp/bench/content/',
      searchIndex: { memoryMiB: 2048, shardSize: 1700 },
      basePath: '/repo/',
      siteUrl: 'https://x.github.io',
      contentCacheDir: '/tmp/bench/content-astro-cache',
      editor: { repo: undefined, branch: 'main', authBaseUrl: undefined, authEndpoint: undefined, siteUrl: 'https://x.github.io' },
    });
  });

  it('treats blank values as unset', () => {
    expect(readSettings({ CONTENT_DIR: ' ', SEARCH_SHARD_SIZE: '', SEARCH_INDEX_MEMORY: ' ', BASE_PATH: '' })).toMatchObject({
      contentDir: 'content',
      searchIndex: { memoryMiB: 3072, shardSize: undefined },
      basePath: '/',
    });
  });

  it('refuses a shard size or memory budget that is not a whole number', () => {
    expect(() => readSettings({ SEARCH_SHARD_SIZE: '1.5k' })).toThrow('SEARCH_SHARD_SIZE must be a whole number of cases');
    expect(() => readSettings({ SEARCH_SHARD_SIZE: '0' })).toThrow('SEARCH_SHARD_SIZE');
    expect(() => readSettings({ SEARCH_INDEX_MEMORY: '4G' })).toThrow('SEARCH_INDEX_MEMORY must be a whole number of MiB, not "4G"');
  });
});
