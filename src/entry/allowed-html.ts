// The inline HTML an entry body may use, defined once. The validator (src/validation/mdx-safety.ts)
// refuses every other element and attribute; the renderer (src/loaders/render-body.ts) shows any
// other raw HTML as text with the pattern derived here, so the two can never drift apart.

/** The only elements an entry may use, with the attributes each may carry. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  sub: [],
  sup: [],
  br: [],
};

/** HTML's void elements (no content, no closing tag), as the HTML standard lists them. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * One raw HTML tag as Markdown hands it over (`<abbr title="…">`, `</abbr>`, `<br />`) that is an
 * allowed element with only allowed attributes, each a plain quoted value without markup.
 */
export function allowedTagPattern(elements: Readonly<Record<string, readonly string[]>> = ALLOWED_ELEMENTS): RegExp {
  const tags = Object.entries(elements).map(([name, attributes]) => {
    const attribute = attributes.length > 0 ? `(?:\\s+(?:${attributes.join('|')})=(?:"[^"<>]*"|'[^'<>]*'))*` : '';
    return VOID_ELEMENTS.has(name) ? `${name}${attribute}\\s*\\/?` : `${name}${attribute}\\s*|\\/${name}\\s*`;
  });
  return new RegExp(`^<(?:${tags.join('|')})>$`);
}
