// Modules the site's integrations serve to the build (src/integrations/virtual-module.ts).
declare module 'virtual:case-library/settings' {
  /** The content directory (src/config.ts `Settings.contentDir`). */
  export const contentDir: string;
  /** The web editor's settings (src/config.ts `Settings.editor`). */
  export const editor: import('../config.ts').EditorSettings;
}
declare module 'virtual:case-library/search-index' {
  /** How many Pagefind indexes the search index integration builds (src/integrations/search-index.ts). */
  export const shardCount: number;
}
