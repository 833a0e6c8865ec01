// Renders an entry body to HTML with Sätteri (Markdown, compiled in Rust). Entry bodies are the
// restricted MDX the validator allows, which is plain Markdown plus a few inline elements, so they
// are rendered as Markdown: nothing in an entry is ever compiled to JavaScript. As a second line of
// defence after the validator, raw HTML other than the allowed elements is shown as text.
import { defineHastPlugin, markdownToHtml } from 'satteri';
import { allowedTagPattern } from '../entry/allowed-html.ts';

/** Raw HTML tags that may pass: exactly the validator's allowlist (src/entry/allowed-html.ts). */
const ALLOWED_RAW = allowedTagPattern();

const sanitizeRawHtml = defineHastPlugin({
  name: 'case-library-sanitize-raw-html',
  raw(node, ctx) {
    if (!ALLOWED_RAW.test(node.value)) ctx.replaceNode(node, { type: 'text', value: node.value });
  },
});

/** Site paths written in content (/cases/x/) get Astro's `base`, so links survive a sub-path. */
function baseLinks(base: string) {
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

export function renderBody(markdown: string, base = '/'): string {
  return markdownToHtml(markdown, { hastPlugins: [sanitizeRawHtml, baseLinks(base)] }).html;
}
