// The two interface dictionaries, the Han-run markup rule, the locale paths and the English
// labels of enumerations and formats.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zh } from '../../src/i18n/zh.ts';
import { hanRuns, hasHan } from '../../src/i18n/han.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { localeOfPath, localeTwin, localeTwins, pathsFor } from '../../src/library/urls.ts';
import { formatDate, formatMetricValue, periodLabel } from '../../src/library/format.ts';
import { ENUM_LABELS } from '../../src/schemas/constants.ts';

/** Every leaf of a dictionary as a dotted key, with what it holds: string, function, null or list. */
function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  } else {
    out.set(prefix, value === null ? 'null' : typeof value);
  }
  return out;
}

describe('the interface dictionaries', () => {
  const zhKeys = leaves(zh);
  const enKeys = leaves(en);

  it('have the same keys in both languages', () => {
    const missingInEnglish = [...zhKeys.keys()].filter((key) => !enKeys.has(key) && !zhKeys.get(key)?.startsWith('null'));
    const missingInChinese = [...enKeys.keys()].filter((key) => !zhKeys.has(key) && ![...zhKeys].some(([k, v]) => v === 'null' && key.startsWith(`${k}.`)));
    expect(missingInEnglish).toEqual([]);
    expect(missingInChinese).toEqual([]);
  });

  it('give every key a value of the same kind, or leave an English-only key empty in Chinese', () => {
    for (const [key, kind] of zhKeys) {
      if (kind === 'null') continue;
      expect(`${key}: ${enKeys.get(key)}`).toBe(`${key}: ${kind}`);
    }
  });

  it('fill every English-only key in English', () => {
    const englishOnly = [...zhKeys].filter(([, kind]) => kind === 'null').map(([key]) => key);
    expect(englishOnly.length).toBeGreaterThan(0);
    for (const key of englishOnly) {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en);
      expect(value, key).not.toBeNull();
    }
  });

  it('write no Han character in the English interface except the names of the site and of Chinese', () => {
    const allowed = new Set(['site.switchLanguage', 'data.licence']);
    for (const [key, kind] of enKeys) {
      if (kind !== 'string' || allowed.has(key)) continue;
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en) as string;
      expect(hasHan(value), `${key}: ${value}`).toBe(false);
    }
  });
});

describe('hanRuns', () => {
  const zhRuns = (text: string) => hanRuns(text).filter((run) => run.zh).map((run) => run.text);

  it('gives the text back unchanged when joined', () => {
    for (const text of ['Organised by 湖北省大数据局 (Hubei).', '2022 楚治 · 数字政府', 'plain English', '', '“惠云眼” platform']) {
      expect(hanRuns(text).map((run) => run.text).join('')).toBe(text);
    }
  });
  it('marks Chinese words and the digits and punctuation between them as one run', () => {
    expect(zhRuns('2022 楚治 · 数字政府')).toEqual(['楚治 · 数字政府']);
    expect(zhRuns('A 湖北 and 武汉, 2023')).toEqual(['湖北', '武汉']);
  });
  it('keeps English punctuation around a name outside the run, and balanced brackets inside', () => {
    expect(zhRuns('Organised by 湖北省大数据局 (Hubei).')).toEqual(['湖北省大数据局']);
    expect(zhRuns('荆楚网(湖北日报网)')).toEqual(['荆楚网(湖北日报网)']);
    expect(zhRuns('“惠云眼” platform')).toEqual(['惠云眼']);
  });
  it('keeps Latin letters glued to Chinese inside the run', () => {
    expect(zhRuns('国网湖北电力5G应用')).toEqual(['国网湖北电力5G应用']);
  });
  it('finds no run in text without Han characters', () => {
    expect(hanRuns('Hubei, 2022').every((run) => !run.zh)).toBe(true);
  });
});

describe('locale paths', () => {
  it('puts Chinese pages at the root and English ones under /en/', () => {
    expect(pathsFor('zh').case('x')).toBe('/cases/x/');
    expect(pathsFor('en').case('x')).toBe('/en/cases/x/');
    expect(pathsFor('en').home()).toBe('/en/');
    expect(pathsFor('en').rss()).toBe('/en/rss.xml');
  });
  it('keeps one citation file for both languages', () => {
    expect(pathsFor('en').caseCsl('x')).toBe(pathsFor('zh').caseCsl('x'));
  });
  it('maps every page to its twin and back', () => {
    for (const path of ['/', '/cases/x/', '/topics/region/hubei/2/', '/en/', '/en/cases/x/']) {
      const locale = localeOfPath(path);
      const other = LOCALES.find((l) => l !== locale)!;
      expect(localeTwin(localeTwin(path, other), locale)).toBe(path);
    }
    expect(localeTwin('/cases/x/', 'en')).toBe('/en/cases/x/');
    expect(localeTwin('/en/', 'zh')).toBe('/');
    expect(localeTwins('/years/')).toEqual([{ locale: 'zh', path: '/years/' }, { locale: 'en', path: '/en/years/' }]);
  });
  it('does not take a Chinese page whose path starts with "en" for an English one', () => {
    expect(localeOfPath('/enshi/')).toBe('zh');
    expect(localeTwin('/topics/region/enshi/', 'en')).toBe('/en/topics/region/enshi/');
  });
  it('pairs the host’s /404.html with the English not-found page', () => {
    expect(localeTwin('/404/', 'en')).toBe('/en/404/');
    expect(localeTwin('/en/404/', 'zh')).toBe('/404.html');
  });
});

describe('English labels and formats', () => {
  it('label every enumeration value in both languages', () => {
    for (const name of Object.keys(ENUM_LABELS.zh) as Array<keyof typeof ENUM_LABELS.zh>) {
      expect(Object.keys(ENUM_LABELS.en[name]).sort(), name).toEqual(Object.keys(ENUM_LABELS.zh[name]).sort());
    }
  });
  it('write a qualified figure with the locale’s number format, keeping the source’s unit', () => {
    expect(formatMetricValue({ value: 20000, bound: 'over', unit: '条' }, 'en')).toBe('over 20,000 条');
    expect(formatMetricValue({ value: 20000, bound: 'over', unit: '条' })).toBe('超过 20,000 条');
  });
  it('write a period in English', () => {
    expect(periodLabel({ launched: '2019', ended: '2021', ongoing: false }, undefined, 'en')).toBe('from 2019, until 2021');
    expect(periodLabel({ ongoing: true }, 'Start not stated', 'en')).toBe('Start not stated, still running');
  });
  it('spell the month of a date in English, as precise as the source', () => {
    expect(formatDate('2020', 'en')).toBe('2020');
    expect(formatDate('2020-05', 'en')).toBe('May 2020');
    expect(formatDate('2020-05-03', 'en')).toBe('3 May 2020');
    expect(formatDate('2020-05-03')).toBe('2020-05-03');
  });
});
