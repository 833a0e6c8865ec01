// Contributed MDX must never run code or inject markup. The body is parsed as MDX (remark-mdx +
// remark-gfm, as the build will read it) and every node is checked against an allowlist.
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { ALLOWED_ELEMENTS } from '../entry/allowed-html.ts';
import { checkAnalysis } from '../entry/analysis.ts';
import { bodyText, parseBody } from '../entry/body.ts';
import { checkBodyLimits } from '../entry/limits.ts';
import type { Problem } from './problem.ts';

/**
 * Check a body; returns its plain text (for the search index) when it could be parsed. A body over
 * the size or nesting limits (src/entry/limits.ts) is reported and not parsed.
 */
export function checkMdxBody(file: string, body: string, bodyStartLine: number, problems: Problem[]): string | undefined {
  const lineOf = (node: Nodes) => (node.position?.start.line ?? 1) + bodyStartLine - 1;
  const overLimit = checkBodyLimits(body);
  if (overLimit) {
    problems.push({ file, line: overLimit.line + bodyStartLine - 1, field: 'body', message: overLimit.message });
    return undefined;
  }
  let tree: ReturnType<typeof parseBody>;
  try {
    tree = parseBody(body);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string; message: string };
    problems.push({
      file,
      line: (line ?? 1) + bodyStartLine - 1,
      field: 'body',
      message: `cannot be read as MDX: ${reason ?? (error as Error).message}. Write "<" as &lt; and "{" as \\{ in plain text`,
    });
    return undefined;
  }
  const report = (node: Nodes, message: string) => problems.push({ file, line: lineOf(node), field: 'body', message });
  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, 'import/export statements are not allowed: entries may not run code');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, '{…} expressions are not allowed: entries may not run code (write \\{ for a literal brace)');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, report);
        break;
      case 'html':
        report(node, 'raw HTML is not allowed');
        break;
      case 'image':
      case 'imageReference':
        report(node, 'images are not supported in entries: link to the source instead');
        break;
      case 'heading':
        if (node.depth === 1) report(node, 'headings start at "##": the page title is the only level-1 heading');
        break;
      case 'link':
      case 'definition':
        if (node.url !== undefined && !isSafeUrl(node.url)) {
          report(node, `link "${truncate(node.url)}" is not allowed: use an http(s) URL or a site path starting with /`);
        }
        break;
    }
  });
  // The library's own analysis: labelled, last, one section (src/entry/analysis.ts).
  for (const problem of checkAnalysis(tree, body)) problems.push({ file, line: problem.line + bodyStartLine - 1, field: 'body', message: problem.message });
  return bodyText(tree);
}

function checkElement(node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>, report: (node: Nodes, message: string) => void): void {
  const name = node.name ?? '';
  const allowedAttributes = Object.hasOwn(ALLOWED_ELEMENTS, name) ? ALLOWED_ELEMENTS[name] : undefined;
  if (allowedAttributes === undefined) {
    const shown = name === '' ? '<>' : `<${name}>`;
    report(node, `${shown} is not allowed (allowed elements: ${Object.keys(ALLOWED_ELEMENTS).map((e) => `<${e}>`).join(', ')})`);
    return;
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      report(node, `<${name}> may not take a {…} attribute spread: entries may not run code`);
    } else if (/^on/i.test(attribute.name)) {
      report(node, `<${name}> may not have the event handler attribute ${attribute.name}`);
    } else if (typeof attribute.value === 'object' && attribute.value !== null) {
      report(node, `<${name} ${attribute.name}={…}> is not allowed: attribute values must be plain quoted text`);
    } else if (!allowedAttributes.includes(attribute.name)) {
      const allowed = allowedAttributes.length ? allowedAttributes.join(', ') : 'none';
      report(node, `<${name}> may not have the attribute ${attribute.name} (allowed: ${allowed})`);
    }
  }
}

/** http(s) URLs, mailto:, site paths and fragments; never javascript:, data: or other schemes. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme, so strip them before looking.
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) return !compact.startsWith('//');
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
