// Sätteri hast plugin for entry bodies: site paths written in content (/cases/x/) get Astro's
// `base`, so links inside entries keep working when the site is served under a sub-path.
import { defineHastPlugin } from 'satteri';

export function baseLinksPlugin(base: string) {
  const prefix = base.replace(/\/?$/, '/');
  return defineHastPlugin({
    name: 'case-library-base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (prefix !== '/' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
          ctx.setProperty(node, 'href', prefix + href.slice(1));
        }
      },
    },
  });
}
