// The library's own analysis in a body: validated (labelled, ATX level 2, one, last, not empty),
// rendered as 本库分析, and found by the renderer exactly where the validator finds it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { checkAnalysis, isAnalysisHeading, splitAnalysis } from '../../src/entry/analysis.ts';
import { parseBody } from '../../src/entry/body.ts';
import { renderBody } from '../../src/loaders/render-body.ts';
import { checkMdxBody } from '../../src/validation/mdx-safety.ts';
import type { Problem } from '../../src/validation/problem.ts';

const problemsOf = (body: string, startLine = 1) => {
  const problems: Problem[] = [];
  checkMdxBody('x.mdx', body, startLine, problems);
  return problems;
};

describe('the analysis marker in the validator', () => {
  it('accepts one labelled level-2 section at the end', () => {
    expect(problemsOf('## 做法\n\n事实。\n\n## 启示（本库分析）\n\n编者的归纳。\n\n### 细节\n\n更多。\n')).toEqual([]);
    expect(problemsOf('## 做法\n\n事实。\n\n## 本库分析\n\n编者的归纳。\n')).toEqual([]);
  });

  it('refuses an unlabelled 启示 section, with its file line', () => {
    const problems = problemsOf('## 做法\n\n事实。\n\n## 启示\n\n编者的归纳。\n', 20);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'x.mdx', line: 24, field: 'body' });
    expect(problems[0].message).toContain('启示（本库分析）');
  });

  it('refuses analysis that is not last, a second one, one at level 3, a setext one, and an empty one', () => {
    expect(problemsOf('## 启示（本库分析）\n\n归纳。\n\n## 成效\n\n事实。\n')[0].message).toContain('must come last');
    expect(problemsOf('## 本库分析\n\n甲。\n\n## 启示（本库分析）\n\n乙。\n').map((p) => p.message).join('\n')).toContain('only one analysis section');
    expect(problemsOf('## 做法\n\n事实。\n\n### 启示（本库分析）\n\n归纳。\n')[0].message).toContain('level-2 heading');
    expect(problemsOf('事实。\n\n启示（本库分析）\n---\n\n归纳。\n')[0].message).toContain('level-2 heading');
    expect(problemsOf('## 做法\n\n事实。\n\n## 启示（本库分析）\n')[0].message).toContain('empty');
  });

  it('lets a heading say whose view a source reports', () => {
    expect(problemsOf('## 市纪委负责人的看法\n\n据报道，负责人认为……\n')).toEqual([]);
  });
});

describe('the analysis marker in the renderer', () => {
  it('frames the section, labels it 本库分析 and links to the methodology page under the base path', () => {
    const html = renderBody('## 做法\n\n事实。\n\n## 启示（本库分析）\n\n编者的**归纳**。\n', '/lib/');
    const [facts, analysis] = html.split('<section class="analysis"');
    expect(facts).toContain('事实');
    expect(facts).not.toContain('归纳');
    expect(analysis).toContain('<h2 id="analysis-heading">启示（本库分析）</h2>');
    expect(analysis).toContain('<strong>本库分析</strong>');
    expect(analysis).toContain('href="/lib/methodology/#analysis"');
    expect(analysis).toContain('编者的<strong>归纳</strong>');
    expect(analysis.trimEnd().endsWith('</section>')).toBe(true);
  });

  it('leaves a body without analysis as it was, and a heading inside code alone', () => {
    expect(renderBody('## 做法\n\n事实。\n')).not.toContain('analysis');
    expect(splitAnalysis('## 做法\n\n```\n## 启示（本库分析）\n```\n')).toBeUndefined();
  });

  it('splits every body the validator accepts exactly at the heading the validator found', () => {
    const line = fc.constantFrom('## 做法', '## 启示（本库分析）', '## 本库分析', '### 小节', '启示（本库分析）', '---', '```', '~~~', '事实。', '', '- 列表', '> 引文', '## 启示（本库分析） ##', '  ## 本库分析');
    fc.assert(fc.property(fc.array(line, { maxLength: 14 }), (lines) => {
      const body = lines.join('\n');
      let tree;
      try {
        tree = parseBody(body);
      } catch {
        return;
      }
      if (checkAnalysis(tree, body).length > 0) return;
      const marker = tree.children.find((node) => node.type === 'heading' && isAnalysisHeading(toString(node)));
      const split = splitAnalysis(body);
      expect(split === undefined).toBe(marker === undefined);
      if (split && marker) expect(split.line).toBe(marker.position!.start.line);
    }), { numRuns: 400 });
  });
});

describe('contributed bodies are never compiled', () => {
  it('are refused by the validator when they hold an expression or an import', () => {
    expect(problemsOf('## 做法\n\n{1+1}\n').map((p) => p.message).join('\n')).toContain('{…} expressions are not allowed');
    expect(problemsOf("import X from './x.js'\n\n## 做法\n").map((p) => p.message).join('\n')).toContain('import/export statements are not allowed');
  });

  it('render as Markdown text, so an expression is shown and never evaluated', () => {
    const html = renderBody('## 做法\n\n{1+1} 与 {globalThis.process.exit(1)}\n');
    expect(html).toContain('{1+1}');
    expect(html).not.toMatch(/>\s*2\s*</);
  });
});
