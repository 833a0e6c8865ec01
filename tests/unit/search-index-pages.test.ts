// Index pages (src/search/index-pages.ts): several cases to a Pagefind page, told apart again by
// the page table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEARCH_LANGUAGE, SEARCH_LANGUAGE_EN } from '../../src/search/filters.ts';
import { casesPerIndexPage, pageContent, PageMap, RepeatedWords, repeatForm, resultId, resultPosition, type PageTable } from '../../src/search/index-pages.ts';
import { NAME_FILLER, queryTerms, REPEAT_MARK } from '../../src/search/text.ts';

/** Lay out cases (token lists) on pages of `perPage` and build the table, as the build does. */
function layout(cases: string[][], perPage: number, unit: number) {
  const table: PageTable = { pages: [], counts: [], spans: [], unit, repeated: [] };
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
    expect(() => new PageMap({ pages: ['zxx_0'], counts: [], spans: [], unit: 64, repeated: [] })).toThrow('search-pages.json');
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

describe('repeats of common words (RepeatedWords)', () => {
  /** The word Pagefind indexes for a token: punctuation stuck to it is not part of it. */
  const wordOf = (token: string) => token.replace(/[^\p{L}\p{N}]/gu, '');
  const token = fc.constantFrom('平台', '平台，', '数据', '数据。', '据平', '台', '台”', '㐀㐁', 'ai', '5g', NAME_FILLER);

  it("keeps each word's first occurrence in a case, and turns only later ones of words past the threshold into repeats (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(token, { maxLength: 30 }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 40 }), (cases, threshold) => {
        const repeats = new RepeatedWords(threshold);
        const marked = cases.map((tokens) => repeats.mark(tokens));
        const listed = new Set(repeats.words());
        const totals = new Map<string, number>();
        for (const tokens of cases) for (const t of tokens) totals.set(wordOf(t), (totals.get(wordOf(t)) ?? 0) + 1);
        const changedWords = new Set<string>();
        cases.forEach((tokens, c) => {
          expect(marked[c]).toHaveLength(tokens.length);
          const seen = new Set<string>();
          tokens.forEach((t, k) => {
            const word = wordOf(t);
            const first = !seen.has(word);
            seen.add(word);
            if (marked[c]![k] === t) return;
            // Changed: a later occurrence of a listed bigram, in its repeat form, at the same position.
            expect(marked[c]![k]).toBe(repeatForm(t));
            expect(first).toBe(false);
            expect(listed.has(word)).toBe(true);
            expect(/^\p{Script=Han}{2}$/u.test(word)).toBe(true);
            changedWords.add(word);
          });
        });
        // The list is exactly the words with a repeat form, each past the threshold.
        expect([...changedWords].sort()).toEqual(repeats.words());
        for (const word of listed) expect(totals.get(word)!).toBeGreaterThan(threshold);
      }),
      { numRuns: 300 },
    );
  });

  it('still finds every case that holds a word, at its first occurrence, from the word alone (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(token, { maxLength: 30 }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 8 }), (cases, threshold, perPage) => {
        const repeats = new RepeatedWords(threshold);
        const { table, contents } = layout(
          cases.map((tokens) => repeats.mark(tokens).map(wordOf)),
          perPage,
          16,
        );
        const map = new PageMap({ ...table, repeated: repeats.words() });
        for (const word of ['平台', '数据', '台']) {
          const firsts = cases.flatMap((tokens, position) => {
            const k = tokens.map(wordOf).indexOf(word);
            return k < 0 ? [] : [{ id: resultId(position), first: k }];
          });
          const found = map.cases(pagefindSearch(contents, word)).map(({ id, words }) => ({ id, first: Math.min(...words) }));
          expect(found).toEqual(firsts);
          // With its repeat form, every occurrence.
          const all = map.cases([...pagefindSearch(contents, word), ...pagefindSearch(contents, wordOf(repeatForm(word)))]);
          const expected = cases.flatMap((tokens, position) => {
            const words = tokens.flatMap((t, k) => (wordOf(t) === word ? [k] : []));
            return words.length ? [{ id: resultId(position), words }] : [];
          });
          expect(all.map(({ id, words }) => ({ id, words: [...words].sort((a, b) => a - b) }))).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('puts the repeats of bigrams a sample finds common apart from the first case, and still counts the others', () => {
    const cases = [['平台', '平台', '数据', '数据'], ['平台', '平台', '数据', '数据', '数据']];
    // One case in two read ahead: 平台 2 × 2 > 3, 数据 2 × 2 > 3 as well; 台 is no bigram.
    const sampled = RepeatedWords.fromSample([cases[0]!, ['台', '台', '台']], 2, 3);
    expect(sampled.mark(cases[0]!)).toEqual(['平台', repeatForm('平台'), '数据', repeatForm('数据')]);
    const counted = new RepeatedWords(3);
    expect(counted.mark(cases[0]!)).toEqual(cases[0]);
    expect(counted.mark(cases[1]!)).toEqual(['平台', repeatForm('平台'), '数据', repeatForm('数据'), repeatForm('数据')]);
    expect(RepeatedWords.fromSample([['平台']], 2, 3).mark(['平台', '平台'])).toEqual(['平台', '平台']);
  });

  it('gives no query a repeat form: a query loses the mark', () => {
    expect(queryTerms(`${REPEAT_MARK}平台`).flatMap((term) => term.tokens)).toEqual(['平台']);
    expect(queryTerms(REPEAT_MARK)).toEqual([]);
  });
});
