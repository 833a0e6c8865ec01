// Build-time vocabulary: pinyin of names and places (pinyin-pro with the region vocabulary's
// corrections), segmentation and suggestion words, and the checked synonyms file.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load-library.ts';
import { pinyinWords } from '../../src/search/pinyin.ts';
import { caseSearchRecord } from '../../src/search/records.ts';
import { synonymTable } from '../../src/search/synonyms.ts';
import { checkSynonyms } from '../../src/validation/synonyms.ts';
import { BODY_START, NAME_FILLER, NAME_SPAN, readableFields } from '../../src/search/text.ts';
import { quotedNames, regionPinyin, regionShortForm, segmentationWords, suggestionNames } from '../../src/search/vocabulary.ts';
import type { Problem } from '../../src/validation/problem.ts';

const { library, bodyTexts } = loadLibrary(path.resolve('content'));

describe('pinyin', () => {
  it('gives full pinyin and initials per run, and for the whole name', () => {
    expect(pinyinWords('惠云眼')).toEqual(['huiyunyan', 'hyy']);
    expect(pinyinWords('国网湖北电力“电碳地图”')).toEqual(['guowanghubeidianli', 'gwhbdl', 'diantanditu', 'dtdt', 'guowanghubeidianlidiantanditu', 'gwhbdldtdt']);
  });

  it('reads a place with the region vocabulary’s correction, and its short form', () => {
    const huangpi = library.term('region', 'huangpi')!;
    expect(huangpi.pinyin).toBe('huang pi qu');
    expect(regionPinyin(huangpi)).toEqual(['huangpiqu', 'hpq', 'huangpi', 'hp']);
    expect(regionPinyin(library.term('region', 'hubei')!)).toEqual(['hubeisheng', 'hbs', 'hubei', 'hb']);
  });
});

describe('vocabulary', () => {
  it('short forms of region labels', () => {
    expect(regionShortForm('湖北省')).toBe('湖北');
    expect(regionShortForm('湖滨街道')).toBe('湖滨');
    expect(regionShortForm('恩施土家族苗族自治州')).toBe('恩施');
    expect(regionShortForm('天门市')).toBe('天门');
    expect(regionShortForm('沙市')).toBe('沙市');
  });

  it('names quoted in titles', () => {
    expect(quotedNames('湖北交警“云哨金钟罩”护航高速出行')).toEqual(['云哨金钟罩']);
  });

  it('segmentation words hold regions, their short forms and synonyms; suggestions hold names', () => {
    const words = segmentationWords(library, { 华科: ['华中科技大学'] });
    for (const word of ['湖北', '湖北省', '沈阳市', '恩施', '华科', '华中科技大学']) expect(words).toContain(word);
    const names = suggestionNames(library);
    for (const name of ['惠云眼', '电碳地图', '鄂州市审计局', '湖北省']) expect(names).toContain(name);
  });
});

describe('search records', () => {
  it('put names and their pinyin below NAME_SPAN, the summary and organisations below BODY_START, and excerpts skip the pinyin', () => {
    const entry = library.caseById('huizhou-huiyun-eye')!;
    const tokens = caseSearchRecord(library, entry, bodyTexts.get(entry.id)!).content.split(' ');
    expect(tokens.slice(0, NAME_SPAN)).toContain('huiyunyan');
    expect(tokens.slice(0, NAME_SPAN)).toContain('hyy');
    expect(tokens[NAME_SPAN - 1]).toBe(NAME_FILLER);
    expect(tokens.slice(NAME_SPAN, BODY_START)).toContain('huizhou');
    expect(tokens[BODY_START - 1]).toBe(NAME_FILLER);
    const readable = readableFields(tokens);
    expect(readable).toContain(entry.data.summary.slice(0, 10));
    expect(readable).not.toMatch(/huizhou|hyy/);
  });
});

describe('synonyms file', () => {
  const write = (yaml: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'synonyms-'));
    mkdirSync(path.join(dir, 'search'));
    writeFileSync(path.join(dir, 'search', 'synonyms.yaml'), yaml);
    return dir;
  };

  it('the real file passes, and its table expands both ways for two-way groups', () => {
    const problems: Problem[] = [];
    const groups = checkSynonyms(path.resolve('content'), ['华中科技大学 中国石化 国网 纪委监委 大数据发展管理局 华北电力大学 中国建筑第七工程局 公安交通管理局 城市管理 人工智能 疫情防控'], problems);
    expect(problems).toEqual([]);
    const table = synonymTable(groups);
    expect(table['华科']).toEqual(['华中科技大学']);
    expect(table['交警']).toEqual(['公安交通管理局']);
    expect(table['公安交通管理局']).toEqual(['交警']);
    expect(table['国网']).toEqual(['国家电网']);
    expect(table['国家电网']).toEqual(['国网']);
    expect(table['纪委监委']).toEqual(['纪委']);
  });

  it('reports every bad group with file, line and field', () => {
    const dir = write(
      ['groups:', '  - {short: 华科, means: [华中科技大学]}', '  - {short: 华科, means: [华中大]}', '  - {short: 華科, means: [华中科技大学]}', '  - {short: 量子, means: [纠缠]}', '  - {short: "a b", means: []}', ''].join('\n'),
    );
    const problems: Problem[] = [];
    checkSynonyms(dir, ['华中科技大学'], problems, dir);
    const lines = problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`);
    expect(lines.some((l) => l.startsWith('search/synonyms.yaml:3: groups[1].short: "华科" is already'))).toBe(true);
    expect(lines.some((l) => l.startsWith('search/synonyms.yaml:4: groups[2].short: write "華科" in Simplified'))).toBe(true);
    expect(lines.some((l) => l.startsWith('search/synonyms.yaml:5: groups[3].means: none of 量子、纠缠 occurs'))).toBe(true);
    expect(lines.some((l) => /:6: groups\[4\]\.short: must be one word/.test(l))).toBe(true);
    expect(lines.some((l) => /:6: groups\[4\]\.means: must list at least one word/.test(l))).toBe(true);
  });
});
