// An entry body is restricted MDX: it is parsed here as MDX with GFM (tables, strikethrough), as
// the validator checks it, and its plain text is taken from the same syntax tree.
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The body's syntax tree (mdast with MDX nodes). Throws a VFileMessage with `line` when it is not MDX. */
export function parseBody(body: string): Root {
  // remark-mdx and remark-gfm only extend the syntax: running the (empty) transforms keeps the root.
  return parser.runSync(parser.parse(body)) as Root;
}

/** Nodes whose children are blocks: their texts go on separate lines. */
const BLOCK_CONTAINERS = new Set(['root', 'list', 'blockquote', 'table']);

/** Plain text of a body's tree (text, inline and fenced code), blocks on their own lines. */
export function bodyText(node: Nodes): string {
  if (BLOCK_CONTAINERS.has(node.type) && 'children' in node) return node.children.map((child) => bodyText(child as Nodes)).join('\n');
  return toString(node, { includeHtml: false, includeImageAlt: false });
}

/** Plain text of a body, for the search index (the body must already have passed validation). */
export function bodyPlainText(body: string): string {
  return bodyText(parseBody(body));
}
