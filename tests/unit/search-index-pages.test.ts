// Index pages (src/search/index-pages.ts): several cases to a Pagefind page, told apart again by
// the page table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEARCH_LANGUAGE, SEARCH_LANGUAGE_EN } from '../../src/search/filters.ts';
import { casesPerIndexPage, pageContent, PageMap, resultId, resultPosition, type PageTable } from '../../src/search/index-pages.ts';
import { NAME_FILLER } from '../../src/search/text.ts';

/** Lay out cases (token lists) on pages of `perPage` and build the table, as the build does. */
function layout(cases: string[][], perPage: number, unit: number) {
  const table: PageTable = { pages: [], counts: [], spans: [], unit };
  const contents: string[] = [];
  for (let start = 0; start < cases.length; start += perPage) {
    const { content, spans } = pageContent(cases.slice(start, start + perPage), unit);
    table.pages.push(`zxx_${table.pages.length}`);
    table.counts.push(spans.length);
    table.spans.push(...spans);
    contents.push(content);
  }
  return { table, contents };
}

/** What Pagefind reports for a word: per page, the positions of the word (tokens are split on spaces). */
function pagefindSearch(contents: string[], word: string) {
  return contents
    .map((content, k) => ({ id: `zxx_${k}`, words: content.split(' ').flatMap((token, position) => (token === word ? [position] : [])) }))
    .filter((page) => page.words.length > 0);
}

describe('index pages', () => {
  it('pads each case to whole units with at least one filler, so no phrase spans two cases', () => {
    const { content, spans } = pageContent([['a', 'b', 'c'], ['d', 'e', 'f', 'g']], 4);
    expect(spans).toEqual([1, 2]);
    const tokens = content.split(' ');
    expect(tokens).toEqual(['a', 'b', 'c', NAME_FILLER, 'd', 'e', 'f', 'g', NAME_FILLER, NAME_FILLER, NAME_FILLER, NAME_FILLER]);
  });

  it('turns page positions back into cases and positions within them, in table order', () => {
    const { table, contents } = layout([['x', 'a'], ['a'], ['b', 'b', 'a'], ['a', 'x']], 2, 4);
    const map = new PageMap(table);
    expect(map.caseCount).toBe(4);
    // Pagefind lists pages by its own score; the cases come back in table order.
    expect(map.cases(pagefindSearch(contents, 'a').reverse())).toEqual([
      { id: resultId(0), words: [1] },
      { id: resultId(1), words: [0] },
      { id: resultId(2), words: [2] },
      { id: resultId(3), words: [0] },
    ]);
    expect(map.cases(pagefindSearch(contents, 'x'))).toEqual([{ id: resultId(0), words: [0] }, { id: resultId(3), words: [1] }]);
    expect(map.cases([{ id: 'zxx_unknown', words: [0] }])).toEqual([]);
  });

  it('finds every occurrence of every word in the case that holds it, whatever the cases and page size (fast-check)', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 40 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 16 }), (cases, perPage, unit) => {
        const { table, contents } = layout(cases, perPage, unit);
        const map = new PageMap(table);
        for (const w of ['a', 'b', 'c', 'd']) {
          const expected = cases
            .map((tokens, position) => ({ id: resultId(position), words: tokens.flatMap((token, k) => (token === w ? [k] : [])) }))
            .filter((found) => found.words.length > 0);
          expect(map.cases(pagefindSearch(contents, w))).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a table whose pages and counts differ', () => {
    expect(() => new PageMap({ pages: ['zxx_0'], counts: [], spans: [], unit: 64 })).toThrow('search-pages.json');
  });

  it('keeps result IDs apart from case IDs', () => {
    expect(resultPosition(resultId(12))).toBe(12);
    expect(resultPosition('12')).toBeUndefined();
    expect(resultPosition('shenyang-12')).toBeUndefined();
    expect(resultPosition('#1x')).toBeUndefined();
  });

  it('puts several Chinese cases on a page and one English case', () => {
    expect(casesPerIndexPage(SEARCH_LANGUAGE)).toBeGreaterThan(1);
    expect(casesPerIndexPage(SEARCH_LANGUAGE_EN)).toBe(1);
  });
});
