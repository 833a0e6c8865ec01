// Renders an entry body to HTML with Sätteri (Markdown, compiled in Rust). Entry bodies are the
// restricted MDX the validator allows, which is plain Markdown plus a few inline elements, so they
// are rendered as Markdown: nothing in an entry is ever compiled to JavaScript. As a second line of
// defence after the validator, raw HTML other than the allowed elements is shown as text.
import { defineHastPlugin, markdownToHtml } from 'satteri';
import { allowedTagPattern } from '../entry/allowed-html.ts';
import { ANALYSIS_LABEL, splitAnalysis } from '../entry/analysis.ts';

/** Raw HTML tags that may pass: exactly the validator's allowlist (src/entry/allowed-html.ts). */
const ALLOWED_RAW = allowedTagPattern();

const sanitizeRawHtml = defineHastPlugin({
  name: 'case-library-sanitize-raw-html',
  raw(node, ctx) {
    if (!ALLOWED_RAW.test(node.value)) ctx.replaceNode(node, { type: 'text', value: node.value });
  },
});

/**
 * Site paths written in Markdown (/cases/x/) get Astro's `base`, so links survive a sub-path. Used
 * for entry bodies here and, through astro.config.mjs, for the editorial MDX pages.
 */
export function baseLinks(base: string) {
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

function renderMarkdown(markdown: string, base: string): string {
  return markdownToHtml(markdown, { hastPlugins: [sanitizeRawHtml, baseLinks(base)] }).html;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' } as const)[c as '&']};`);

/**
 * The body as HTML. A section headed （本库分析） (src/entry/analysis.ts) is the library's own
 * analysis: it is wrapped in <section class="analysis"> with a label saying so and a link to the
 * methodology page's account of how analysis is set apart from sourced fact.
 */
export function renderBody(markdown: string, base = '/'): string {
  const split = splitAnalysis(markdown);
  if (!split) return renderMarkdown(markdown, base);
  const methodology = `${base.replace(/\/?$/, '/')}methodology/#analysis`;
  return `${renderMarkdown(split.facts, base)}<section class="analysis" aria-labelledby="analysis-heading">`
    + renderMarkdown(`## ${split.heading}`, base).replace(/^<h2>/, '<h2 id="analysis-heading">')
    + `<p class="analysis-note"><strong>${ANALYSIS_LABEL}</strong>：本节是本库编者根据来源所作的分析和归纳，不是来源所述的事实。<a href="${escapeHtml(methodology)}">本库分析与来源事实如何区分</a></p>`
    + `${renderMarkdown(split.analysis, base)}</section>`;
}
