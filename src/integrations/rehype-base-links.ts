// A rehype plugin for the editorial MDX pages: Markdown links to site paths (/topics/) get the
// configured base path, as entry bodies' links do in src/loaders/render-body.ts, so the pages
// survive a sub-path. JSX links in MDX are written with paths.* (src/lib/urls.ts) and are left alone.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeBaseLinks(base: string) {
  const prefix = base.replace(/\/?$/, '/');
  return () => (tree: Root) => {
    if (prefix === '/') return;
    visit(tree, 'element', (node: Element) => {
      const href = node.properties?.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
        node.properties.href = prefix + href.slice(1);
      }
    });
  };
}
