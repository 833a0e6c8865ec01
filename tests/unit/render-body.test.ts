// The body renderer: Markdown to HTML with only the allowlisted inline elements kept as markup,
// every other piece of raw HTML shown as text, and site links given the base path.
import { describe, expect, it } from 'vitest';
import { ALLOWED_ELEMENTS } from '../../src/entry/allowed-html.ts';
import { renderBody } from '../../src/loaders/render-body.ts';
import { checkMdxBody } from '../../src/validation/mdx-safety.ts';
import type { Problem } from '../../src/validation/problem.ts';

const render = (markdown: string, base?: string) => renderBody(markdown, base).trim();

describe('renderBody keeps the allowed inline elements', () => {
  it('<abbr title>, <sub>, <sup> and <br> in their usual spellings', () => {
    expect(render('<abbr title="人工智能">AI</abbr>，H<sub>2</sub>O，m<sup>2</sup>')).toBe(
      '<p><abbr title="人工智能">AI</abbr>，H<sub>2</sub>O，m<sup>2</sup></p>',
    );
    expect(render('一<br>二<br/>三<br />四')).toBe('<p>一<br>二<br/>三<br />四</p>');
  });

  it('a single-quoted attribute, which the validator accepts too', () => {
    expect(render("<abbr title='大数据'>BD</abbr>")).toBe("<p><abbr title='大数据'>BD</abbr></p>");
  });

  it('every element of the allowlist, with each of its attributes', () => {
    for (const [name, attributes] of Object.entries(ALLOWED_ELEMENTS)) {
      const open = `<${name}${attributes.map((a) => ` ${a}="x"`).join('')}>`;
      expect(render(`文${open}字`), name).toContain(open);
    }
  });
});

describe('renderBody shows every other raw HTML as text', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;'],
    ['文<span>字</span>', '&lt;span&gt;'],
    ['<abbr onclick="x()">A</abbr>', '&lt;abbr onclick="x()"&gt;'],
    ['<abbr title="x" class="y">A</abbr>', '&lt;abbr title="x" class="y"&gt;'],
    ['<sub style="color:red">2</sub>', '&lt;sub style="color:red"&gt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['<div>\n块\n</div>', '&lt;div&gt;'],
    ['<!-- 注释 -->', '&lt;!-- 注释 --&gt;'],
  ])('%s', (markdown, escaped) => {
    const html = render(markdown);
    expect(html).toContain(escaped);
    expect(html).not.toMatch(/<(?:script|span|img|div|!--)|<abbr [^>]*(?:onclick|class)|<sub style/);
  });
});

describe('renderBody and the validator read the same allowlist', () => {
  const accepted = (body: string) => {
    const problems: Problem[] = [];
    checkMdxBody('x.mdx', body, 1, problems);
    return problems.length === 0;
  };

  it.each(['<abbr title="甲">A</abbr>', "<abbr title='甲'>A</abbr>", 'H<sub>2</sub>O', 'm<sup>2</sup>', '一<br />二', '一<br/>二'])(
    'an accepted element is kept as markup: %s',
    (body) => {
      expect(accepted(body)).toBe(true);
      expect(render(body)).not.toContain('&lt;');
    },
  );

  it.each(['<span>字</span>', '<abbr class="y">A</abbr>', '<sub id="x">2</sub>', '<u>字</u>'])('a refused element is shown as text: %s', (body) => {
    expect(accepted(body)).toBe(false);
    expect(render(body)).toContain('&lt;');
  });
});

describe('renderBody links', () => {
  it('give site paths the base path', () => {
    expect(render('[案例](/cases/alpha-index/)', '/zhili/')).toBe('<p><a href="/zhili/cases/alpha-index/">案例</a></p>');
    expect(render('[案例](/cases/alpha-index/)', '/zhili')).toBe('<p><a href="/zhili/cases/alpha-index/">案例</a></p>');
  });

  it('leave site paths alone at the root, and never touch absolute, protocol-relative or fragment links', () => {
    expect(render('[案例](/cases/alpha-index/)')).toBe('<p><a href="/cases/alpha-index/">案例</a></p>');
    expect(render('[外](https://example.org/a) [双](//example.org/b) [节](#c)', '/zhili/')).toBe(
      '<p><a href="https://example.org/a">外</a> <a href="//example.org/b">双</a> <a href="#c">节</a></p>',
    );
  });
});
