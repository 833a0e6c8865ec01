// Modules the site's integrations serve to the build (src/integrations/virtual-module.ts).
declare module 'virtual:case-library/settings' {
  /** The content directory (src/config.ts `Settings.contentDir`). */
  export const contentDir: string;
}
declare module 'virtual:case-library/search-index' {
  /** How many Pagefind indexes the search index integration builds (src/integrations/search-index.ts). */
  export const shardCount: number;
}
