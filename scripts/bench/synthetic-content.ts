// Generates a schema-valid content directory of N cases for the benchmark: the real entries
// (cases, comparisons, vocabularies, sources, award programmes and editions) are copied from
// content/, and synthetic cases make up the rest. Their bodies of about 1,500 characters are
// assembled from the real entries' sentences, so the text has real Chinese bigram statistics;
// sentences that quote a project's name (“…”) are left out, so that a real project's name is
// found in its own case and a few others, as in a real library, not in a third of all cases.
// Deterministic for a given N (seeded PRNG).
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadLibrary } from '../../src/library/load-library.ts';
import { COMPLETENESS } from '../../src/schemas/constants.ts';

/** Mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['智慧', '数字', '云上', '一网', '掌上', '阳光', '平安', '幸福', '清风', '民生', '安心', '便民', '星火', '天眼', '红色', '绿色'];
const THINGS = ['治理', '服务', '监督', '共享', '调度', '预警', '驾驶舱', '大脑', '管家', '哨兵', '网格', '地图', '指数', '中枢', '工作台', '专题库'];
const BODIES = ['政务服务和数据管理局', '大数据中心', '纪委监委', '委政法委', '城市管理局', '民政局', '公安局', '街道办事处', '审计局', '税务局', '交通运输局', '生态环境局'];

export interface SyntheticSummary {
  contentDir: string;
  cases: number;
  bodyCharacters: number;
}

export function generateSyntheticContent(realContent: string, target: string, count: number, seed = 20261123): SyntheticSummary {
  const rand = random(seed + count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const { library, bodies } = loadLibrary(realContent);

  mkdirSync(target, { recursive: true });
  // Every folder of the real content, the search vocabularies (synonyms) included.
  for (const folder of ['taxonomies', 'sources', 'awards', 'editions', 'cases', 'comparisons', 'search']) {
    cpSync(path.join(realContent, folder), path.join(target, folder), { recursive: true });
  }

  const sentences = [...bodies.values()]
    .join('\n')
    .replace(/^#+.*$/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split(/(?<=[。；！？])/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 12 && !/[<>{}“”]/.test(s));
  const regions = library.terms('region').filter((t) => t.rank !== 'country');
  const domains = library.terms('domain').map((t) => t.id);
  const technologies = library.terms('technology').map((t) => t.id);
  const levels = library.terms('level').map((t) => t.id);
  const orgTypes = library.terms('org-type').map((t) => t.id);
  const sourceId = library.cases[0].data.sources[0];
  // Synthetic winners go to a synthetic edition of each real one (same programme and categories,
  // no published list), so that the real editions' lists stay complete and positioned.
  const awardSlots: Array<{ edition: string; category: string }> = [];
  for (const edition of library.editions) {
    const id = `synthetic-${edition.id}`;
    const source = readFileSync(path.join(realContent, 'editions', `${edition.id}.yaml`), 'utf8');
    const copy = source
      .replace(/^title: .*$/m, `title: 合成评选：${edition.data.title.replace(/[:：]/g, ' ')}`)
      .replace(/^(\s+)awarded: \d+$/gm, '')
      .replace(/^(\s+)(ranked: )true$/m, '$1$2false');
    writeFileSync(path.join(target, 'editions', `${id}.yaml`), copy);
    awardSlots.push(...edition.data.categories.map((category) => ({ edition: id, category: category.name })));
  }

  let bodyCharacters = 0;
  for (let i = 1; i <= count - library.cases.length; i++) {
    const region = pick(regions);
    const name = `${pick(SURNAMES)}${pick(THINGS)}`;
    const organisation = `${region.label}${pick(BODIES)}`;
    const sectionText = (minimum: number) => {
      let text = '';
      while (text.length < minimum) text += pick(sentences);
      return text;
    };
    const body = ['背景', '做法', '成效', '启示（本库分析）'].map((heading) => `## ${heading}\n\n${sectionText(360)}`).join('\n\n');
    bodyCharacters += body.length;
    const chosenDomains = [...new Set([pick(domains), pick(domains), pick(domains)])].slice(0, 1 + Math.floor(rand() * 3));
    const award = rand() < 0.15 ? pick(awardSlots) : undefined;
    const metrics = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, m) => ({
      label: pick(['覆盖人口', '汇聚数据', '办理事项', '发现问题', '接入部门']),
      value: Math.round(rand() * 100000) / (m === 0 ? 1 : 10),
      unit: pick(['万人', '亿条', '件', '个', '家']),
    }));
    const frontMatter = [
      '---',
      `title: ${region.label}“${name}”案例${i}`,
      `summary: ${organisation}以“${name}”推进${library.termLabel('domain', chosenDomains[0])}的合成案例，供性能测试使用。`,
      `aliases: [${name}${i}号]`,
      'organisations:',
      `  - name: ${organisation}`,
      `    type: ${pick(orgTypes)}`,
      '    role: lead',
      `region: ${region.id}`,
      `level: ${pick(levels)}`,
      `domains: [${chosenDomains.join(', ')}]`,
      `technologies: [${[...new Set([pick(technologies), pick(technologies)])].join(', ')}]`,
      `period: { launched: '${2015 + Math.floor(rand() * 10)}' }`,
      award ? `awards:\n  - edition: ${award.edition}\n    category: '${award.category}'` : 'awards: []',
      'metrics:',
      ...metrics.flatMap((m) => [`  - label: ${m.label}`, `    value: ${m.value}`, `    unit: ${m.unit}`, `    source: ${sourceId}`]),
      `sources: [${sourceId}]`,
      `completeness: ${pick(COMPLETENESS)}`,
      "lastReviewed: '2026-11-23'",
      '---',
      '',
    ].join('\n');
    writeFileSync(path.join(target, 'cases', `synthetic-case-${i}.mdx`), `${frontMatter}\n${body}\n`);
  }
  // A handful of comparisons, as a real library has.
  const synthetic = count - library.cases.length;
  for (let c = 1; c <= Math.min(20, Math.floor(synthetic / 10)); c++) {
    const ids = Array.from({ length: 4 }, (_, k) => `synthetic-case-${((c * 37 + k * 101) % synthetic) + 1}`);
    if (new Set(ids).size < 2) continue;
    writeFileSync(
      path.join(target, 'comparisons', `synthetic-comparison-${c}.mdx`),
      `---\ntitle: 合成比较${c}\nsummary: 性能测试用的合成比较，并排列出四个合成案例。\ncases: [${[...new Set(ids)].join(', ')}]\nlastReviewed: '2026-11-23'\n---\n\n合成比较正文。\n`,
    );
  }
  return { contentDir: target, cases: count, bodyCharacters };
}
