// The search page's URL state (lib/search-state.ts).
import { describe, expect, it } from 'vitest';
import { chosenCount, parseState, stateSearch } from '../../src/search/state.ts';

describe('URL state', () => {
  it('reads q, sort and filters, ignoring unknown parameters, empty values and bad sorts', () => {
    const state = parseState('?q=%E6%83%A0%E4%BA%91%E7%9C%BC&sort=nonsense&province=%E6%B9%96%E5%8C%97%E7%9C%81&province=&city=a&city=a&evil=1');
    expect(state).toEqual({ q: '惠云眼', sort: '', filters: { province: ['湖北省'], city: ['a'] } });
    expect(chosenCount(state)).toBe(2);
    expect(parseState('').q).toBe('');
  });

  it('writes a state back in a fixed order, and round-trips', () => {
    const state = { q: ' 武汉税务 ', sort: 'year' as const, filters: { year: ['2022'], province: ['湖北省'] } };
    const search = stateSearch(state);
    expect(search).toBe('?q=%E6%AD%A6%E6%B1%89%E7%A8%8E%E5%8A%A1&sort=year&year=2022&province=%E6%B9%96%E5%8C%97%E7%9C%81');
    expect(parseState(search)).toEqual({ ...state, q: '武汉税务', filters: { province: ['湖北省'], year: ['2022'] } });
    expect(stateSearch({ q: '  ', sort: '', filters: {} })).toBe('');
  });

  it('bounds the query in the URL to 200 characters', () => {
    expect(parseState(stateSearch({ q: '大'.repeat(10_000), sort: '', filters: {} })).q).toHaveLength(200);
  });
});
