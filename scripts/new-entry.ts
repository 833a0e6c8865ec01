// npm run new -- case <id> | comparison <id>: write a new entry that passes validation, with every
// field present and commented, ready to fill in.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FILE_ID_PATTERN } from '../src/schemas/common.ts';
import { contentDirectory } from '../src/schemas/index.ts';
import { loadLibrary } from '../src/lib/load-library.ts';

const USAGE = `Usage: npm run new -- case <id>
       npm run new -- comparison <id> [<case-id> <case-id> …]

<id> is the entry's permanent ID and file name: ASCII kebab-case starting with a letter,
e.g. wuchang-pingan-index. The new file passes \`npm run validate\` as written; fill in its fields.`;

const [kind, id, ...rest] = process.argv.slice(2);
if (kind === '--help' || kind === '-h') {
  console.log(USAGE);
  process.exit(0);
}
const fail = (message: string): never => {
  console.error(`new: ${message}\n\n${USAGE}`);
  process.exit(2);
};
if (kind !== 'case' && kind !== 'comparison') fail(kind ? `unknown entry kind "${kind}" (known: case, comparison)` : 'say what to create');
if (!id) fail(`give the new ${kind}'s ID`);
if (!FILE_ID_PATTERN.test(id)) fail(`"${id}" is not a valid ID: use ASCII kebab-case starting with a letter (a-z, 0-9, single hyphens)`);

const contentDir = path.resolve(contentDirectory());
const folder = kind === 'case' ? 'cases' : 'comparisons';
const file = path.join(contentDir, folder, `${id}.mdx`);
if (existsSync(file)) fail(`${path.relative(process.cwd(), file)} already exists: IDs are permanent and never reused, pick another`);

const { library } = loadLibrary(contentDir);
const first = <T>(list: T[], what: string): T => list[0] ?? fail(`the library has no ${what} yet`);
const today = new Date().toISOString().slice(0, 10);
const source = first([...library.cases.flatMap((c) => c.data.sources)], 'source');
const terms = (vocabulary: Parameters<typeof library.terms>[0]) => library.terms(vocabulary).map((t) => t.id).join(', ');

const caseTemplate = `---
# 标题（≤60字，全库唯一）
title: 待填写的案例标题 ${id}
# 摘要：一两句话说明谁、在哪里、做了什么（10–200字）
summary: 请用自己的话概括这个案例的主体、地点和做法。
# 简称或项目名（可留空列表）
aliases: []
# 主体单位：name 照来源写；type 取 org-type 词表：${terms('org-type')}
# type 只在来源说明、或名称本身确定无疑时填写（……局、……委员会；“有限公司”只说明是企业，
# 不说明所有制，用 enterprise）；否则删去 type 这一行，页面显示“未说明”
# role: lead（牵头）| partner（合作）| operator（运营）| technology（技术支持）| funder（资助）
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
# 指标：来源给出的每个数字；bound: exact | about（约）| over（余、超）| under（不足）
metrics: []
# 来源：content/sources/ 下的编号，至少一个；每条事实都须出自这里列出的来源
sources: [${source}]
# 完整度：stub（只有名称、单位、获奖）| partial | complete
completeness: stub
# 最近核对日期
lastReviewed: '${today}'
---

## 背景

## 做法

## 成效

## 启示
`;

const caseIds = rest.length >= 2 ? rest : library.cases.slice(0, 2).map((c) => c.id);
const comparisonTemplate = `---
# 标题（≤60字）
title: 待填写的比较标题 ${id}
# 比较什么、为什么比较（10–200字）
summary: 请说明这组案例为什么值得并排比较。
# 2–6 个案例编号（content/cases/ 下的文件名），按列的顺序
cases: [${caseIds.join(', ')}]
# 要显示的行：organisations, region, level, domains, technologies, period, awards, metrics, completeness
dimensions: [organisations, region, level, domains, technologies, period, awards, metrics]
lastReviewed: '${today}'
---

## 共同点

## 差异及其原因

## 来源没有告诉我们的
`;

writeFileSync(file, kind === 'case' ? caseTemplate : comparisonTemplate);
console.log(`created ${path.relative(process.cwd(), file)}: fill it in, then run npm run validate`);
