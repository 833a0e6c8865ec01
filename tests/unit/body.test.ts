// An entry body's plain text, as the search index receives it.
import { describe, expect, it } from 'vitest';
import { bodyPlainText } from '../../src/entry/body.ts';

describe('bodyPlainText', () => {
  it('keeps the text of paragraphs, headings, emphasis, links and inline code, blocks on their own lines', () => {
    expect(bodyPlainText('## 背景\n\n武汉市**武昌区**的[平安指数](/cases/x/)用 `API` 汇总。\n')).toBe('背景\n武汉市武昌区的平安指数用 API 汇总。');
  });

  it('puts list items, quotations and table rows on their own lines', () => {
    expect(bodyPlainText('- 甲\n- 乙\n\n> 引\n> 文\n\n| 列 | 值 |\n| --- | --- |\n| 人口 | 10 |\n')).toBe('甲\n乙\n引\n文\n列值\n人口10');
  });

  it('keeps the text inside the allowed inline elements, without their markup', () => {
    expect(bodyPlainText('<abbr title="人工智能">AI</abbr> 与 H<sub>2</sub>O')).toBe('AI 与 H2O');
  });

  it('is empty for an empty body', () => {
    expect(bodyPlainText('')).toBe('');
  });
});
