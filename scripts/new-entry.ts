// npm run new -- case <id> | comparison <id>: write a new entry that passes validation, with every
// field present and commented, ready to fill in.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSettings } from '../src/config.ts';
import { parseCommandLine, usageError } from './lib/cli.ts';

const USAGE = `Usage: npm run new -- case <id>
       npm run new -- comparison <id> [<case-id> <case-id> …]

<id> is the entry's permanent ID and file name: ASCII kebab-case starting with a letter,
e.g. wuchang-pingan-index. The new file passes \`npm run validate\` as written; fill in its fields.`;

const CLI = { name: 'new', usage: USAGE, options: {}, allowPositionals: true } as const;
const [kind, id, ...rest] = parseCommandLine(CLI).positionals;
// The schemas and the library are loaded once the command line is known to be good (--help and a
// usage error answer without them).
const { FILE_ID_PATTERN } = await import('../src/schemas/common.ts');
const { ANALYSIS_LABEL } = await import('../src/entry/analysis.ts');
const { COMPARE_CASES, COMPARISON_DIMENSIONS, COMPLETENESS, COMPLETENESS_LABELS, METRIC_BOUND_LABELS, METRIC_BOUNDS, ORGANISATION_ROLE_LABELS, ORGANISATION_ROLES } = await import(
  '../src/schemas/constants.ts'
);
const { loadLibrary } = await import('../src/library/load-library.ts');
const fail = (message: string): never => usageError(CLI, message);
if (kind !== 'case' && kind !== 'comparison') fail(kind ? `unknown entry kind "${kind}" (known: case, comparison)` : 'say what to create');
if (!id) fail(`give the new ${kind}'s ID`);
if (!FILE_ID_PATTERN.test(id)) fail(`"${id}" is not a valid ID: use ASCII kebab-case starting with a letter (a-z, 0-9, single hyphens)`);

const contentDir = path.resolve(readSettings().contentDir);
const folder = kind === 'case' ? 'cases' : 'comparisons';
const file = path.join(contentDir, folder, `${id}.mdx`);
if (existsSync(file)) fail(`${path.relative(process.cwd(), file)} already exists: IDs are permanent and never reused, pick another`);

const { library } = loadLibrary(contentDir);
const first = <T>(list: T[], what: string): T => list[0] ?? fail(`the library has no ${what} yet`);
const today = new Date().toISOString().slice(0, 10);
const source = first([...library.cases.flatMap((c) => c.data.sources)], 'source');
const terms = (vocabulary: Parameters<typeof library.terms>[0]) => library.terms(vocabulary).map((t) => t.id).join(', ');
/** An enumeration for a comment: `a（标签）| b（标签）`, the labels from src/schemas/constants.ts. */
const choices = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((v) => (labels[v] ? `${v}（${labels[v]}）` : v)).join(' | ');

const caseTemplate = `---
# 标题（≤60字，全库唯一）
title: 待填写的案例标题 ${id}
# 摘要：一两句话说明谁、在哪里、做了什么（10–200字）
summary: 请用自己的话概括这个案例的主体、地点和做法。
# 英文标题与摘要（由编辑依据来源撰写，不用机器翻译）；暂无英文时删去 en 这一段，案例会列入“待翻译”
en:
  title: English title of ${id}
  summary: One or two sentences in English, faithful to the Chinese summary.
# 简称或项目名（可留空列表）
aliases: []
# 关键词：人们搜索时会用的日常说法，中文或英文，须确实说的是本案例（可留空列表）
keywords: []
# 主体单位：name 照来源写；type 取 org-type 词表：${terms('org-type')}
# type 只在来源说明、或名称本身确定无疑时填写（……局、……委员会；“有限公司”只说明是企业，
# 不说明所有制，用 enterprise）；否则删去 type 这一行，页面显示“未说明”
# role: ${choices(ORGANISATION_ROLES, ORGANISATION_ROLE_LABELS)}
organisations:
  - name: 请填写单位全称
    role: lead
# 地区：region 词表中来源支持的最具体一级（见 content/taxonomies/region.yaml）；来源没有地点时用 unspecified
region: ${first(library.terms('region'), 'region term').id}
# 层级：${terms('level')}
# 来源不支持任何层级时删去 level 这一行（页面显示“未说明”）
level: ${first(library.terms('level'), 'level term').id}
# 推断说明：读者可能误以为是来源原话的推断，写一句说明，显示在该字段旁
# 可用字段：organisations、region、level、period、technologies、awards，例如
# fieldNotes:
#   period: 来源称“去年”启动，据报道年份推断为2023年。
fieldNotes: {}
# 领域：1–3 个，取自 ${terms('domain')}
domains: [${first(library.terms('domain'), 'domain term').id}]
# 技术：取自 ${terms('technology')}
technologies: []
# 时间：只写来源给出的，精度同来源（'2022'、'2022-04' 或 '2022-04-30'）
period: {}
# 获奖：edition 为 content/editions/ 下的编号，category 须与该届类别名称完全一致；
# 名单原文给出时照抄：position（在该类名单中的第几项，从 1 起）、listedTitle（名单所列标题，
# 引号照原文）、listedOrganisations（名单所列单位，按原文顺序）
awards: []
# 指标：来源给出的每个数字；bound: ${choices(METRIC_BOUNDS, METRIC_BOUND_LABELS)}
metrics: []
# 来源：content/sources/ 下的编号，至少一个；每条事实都须出自这里列出的来源
sources: [${source}]
# 完整度：${choices(COMPLETENESS, COMPLETENESS_LABELS)}（简目：只有名称、单位、获奖）
completeness: stub
# 最近核对日期
lastReviewed: '${today}'
# 正文：只写来源支持的章节。本库自己的分析（来源没有说的归纳、启示）放在最后一节，
# 标题写作“## 启示（${ANALYSIS_LABEL}）”，页面会标明“${ANALYSIS_LABEL}”
---

## 背景

## 做法

## 成效
`;

const caseIds = rest.length >= 2 ? rest : library.cases.slice(0, 2).map((c) => c.id);
const comparisonTemplate = `---
# 标题（≤60字）
title: 待填写的比较标题 ${id}
# 比较什么、为什么比较（10–200字）
summary: 请说明这组案例为什么值得并排比较。
# 英文标题与介绍；暂无时删去 en 这一段
en:
  title: English title of ${id}
  summary: Why these cases are worth comparing side by side, in English.
# ${COMPARE_CASES.min}–${COMPARE_CASES.max} 个案例编号（content/cases/ 下的文件名），按列的顺序
cases: [${caseIds.join(', ')}]
# 要显示的行：${COMPARISON_DIMENSIONS.join(', ')}
dimensions: [organisations, region, level, domains, technologies, period, awards, metrics]
lastReviewed: '${today}'
---

## 共同点

## 差异及其原因

## 来源没有告诉我们的
`;

writeFileSync(file, kind === 'case' ? caseTemplate : comparisonTemplate);
console.log(`created ${path.relative(process.cwd(), file)}: fill it in, then run npm run validate`);
