// A Vite plugin serving one virtual module of JSON-serialisable named exports: how integrations
// hand values they decide (the settings, the search shard count) to the pages that render them.
import type { ViteUserConfig } from 'astro';

type VitePlugin = NonNullable<ViteUserConfig['plugins']>[number];

export function virtualModule(id: string, exports: Record<string, unknown>): VitePlugin {
  const resolved = `\0${id}`;
  return {
    name: id,
    resolveId: (source: string) => (source === id ? resolved : undefined),
    load: (loaded: string) =>
      loaded === resolved ? Object.entries(exports).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`).join('\n') : undefined,
  };
}
