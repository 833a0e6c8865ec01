// The library's own analysis in an entry body, set apart from sourced fact. Contributed bodies run no
// code, so the marker is a heading convention: a level-2 heading labelled （本库分析）, e.g.
// `## 启示（本库分析）`, starts the analysis, which runs to the end of the body. The validator
// (src/validation/mdx-safety.ts) checks the rules below on the syntax tree; the renderer
// (src/loaders/render-body.ts) finds the same heading with splitAnalysis() and shows the section
// as 本库分析 with a link to the methodology page.
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** What the analysis is called on the site. */
export const ANALYSIS_LABEL = '本库分析';

/** How a heading names itself analysis: `## 本库分析` or `## <title>（本库分析）`. */
export function isAnalysisHeading(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === ANALYSIS_LABEL || trimmed.endsWith(`（${ANALYSIS_LABEL}）`);
}

/**
 * Section headings that announce conclusions (启示 "lessons", 评析, 借鉴 …). Under such a heading a
 * body speaks for the library unless it is labelled as analysis, so an unlabelled one is refused;
 * views a source states belong under a heading that says whose they are.
 */
export const ANALYTIC_HEADINGS: readonly string[] = ['启示', '启发', '评析', '评价', '点评', '分析', '思考', '借鉴', '经验', '结论', '展望'];

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** An ATX level-2 heading line and its text. */
const LEVEL_2 = /^ {0,3}##[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

export interface AnalysisProblem {
  /** 1-based line in the body. */
  line: number;
  message: string;
}

/**
 * Check the analysis rules on a body's tree: labelled, an ATX level-2 heading (`## …`, the form
 * splitAnalysis() finds), only one, last, not empty. `body` is the text the tree was parsed from.
 */
export function checkAnalysis(tree: Root, body: string): AnalysisProblem[] {
  const lines = body.split(/\r?\n/);
  const problems: AnalysisProblem[] = [];
  const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;
  let marker: Heading | undefined;
  let markerIndex = -1;
  visit(tree, 'heading', (node: Heading, index, parent) => {
    const text = toString(node).trim();
    if (isAnalysisHeading(text)) {
      if (parent !== tree || node.depth !== 2 || !LEVEL_2.test(lines[lineOf(node) - 1] ?? '')) {
        problems.push({ line: lineOf(node), message: `the analysis heading "${text}" must be a level-2 heading of its own ("## ${text}" at the start of a line, outside lists and quotes)` });
      } else if (marker) {
        problems.push({ line: lineOf(node), message: `only one analysis section is allowed (the first is on body line ${lineOf(marker)}): put all of the library's analysis under one heading` });
      } else {
        marker = node;
        markerIndex = index ?? -1;
      }
      return;
    }
    if (ANALYTIC_HEADINGS.includes(text.replace(/[\s：:]+$/, ''))) {
      problems.push({
        line: lineOf(node),
        message: `a "${text}" section is the library's own analysis: label it "## ${text}（${ANALYSIS_LABEL}）" and put it last, or, for views a source states, use a heading that says whose they are`,
      });
    }
    if (marker && parent === tree && node.depth === 2) {
      problems.push({ line: lineOf(node), message: `the analysis section (body line ${lineOf(marker)}) must come last: move "${text}" above it` });
    }
  });
  if (marker && markerIndex === tree.children.length - 1) {
    problems.push({ line: lineOf(marker), message: 'the analysis section is empty' });
  }
  return problems;
}

export interface AnalysisSplit {
  /** The heading's line in the body, from 1. */
  line: number;
  /** The sourced part of the body, before the analysis heading. */
  facts: string;
  /** The analysis heading's text, without the `##`. */
  heading: string;
  /** The analysis section after its heading. */
  analysis: string;
}


/**
 * Split a valid body at its analysis heading (undefined when it has none). A line scan, so the
 * renderer does not parse every body a second time; it agrees with checkAnalysis() on every body
 * the validator accepts (ATX headings, fenced code skipped), which a unit test holds it to.
 */
export function splitAnalysis(body: string): AnalysisSplit | undefined {
  const lines = body.split(/\r?\n/);
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      if (fence === undefined) fence = fenceMatch[1][0];
      else if (fenceMatch[1][0] === fence) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const heading = LEVEL_2.exec(line);
    if (heading && isAnalysisHeading(heading[1])) {
      return { line: i + 1, facts: lines.slice(0, i).join('\n'), heading: heading[1].trim(), analysis: lines.slice(i + 1).join('\n') };
    }
  }
  return undefined;
}
