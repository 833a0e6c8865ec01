// /data/datapackage.json: a Frictionless Data Package (v2) describing every file under /data/.
// The CSV resources' Table Schemas come from the same column definitions as the files and the
// codebook (lib/dataset.ts).
import { LICENCE } from './metadata.ts';
import { BOOLEAN_VALUES, LIST_DELIMITER, PARTIAL_DATE_PATTERN, type AnyDatasetTable, type Column } from './dataset.ts';

export const DATAPACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** The files under /data/ that are not tables, with their media types. */
export const OTHER_DATA_FILES = [
  { name: 'library', path: 'library.json', format: 'json', mediatype: 'application/json', title: '完整数据（JSON）', description: '案例、来源、奖项、届次、词表和比较的全部条目，与校验后的内容一致，各条目以编号相互引用。' },
  { name: 'cases-csl', path: 'cases.csl.json', format: 'json', mediatype: 'application/vnd.citationstyles.csl+json', title: '全部案例的 CSL-JSON 引文', description: '每个案例一条 CSL-JSON 记录（type: report），可导入 Zotero 等文献管理软件。' },
  { name: 'cases-bibtex', path: 'cases.bib', format: 'bib', mediatype: 'application/x-bibtex', title: '全部案例的 BibTeX 引文', description: '每个案例一条 @techreport 记录。' },
  { name: 'cases-ris', path: 'cases.ris', format: 'ris', mediatype: 'application/x-research-info-systems', title: '全部案例的 RIS 引文', description: '每个案例一条 RPRT 记录。' },
] as const;

type TableSchemaField = Record<string, unknown> & { name: string; type: string };

/** One column as a Table Schema v2 field. */
export function tableSchemaField(column: Column<never>): TableSchemaField {
  const field: TableSchemaField = { name: column.name, type: column.type, description: column.description };
  if (column.type === 'partial-date') {
    field.type = 'string';
    field.constraints = { pattern: PARTIAL_DATE_PATTERN };
  }
  if (column.type === 'list') Object.assign(field, { delimiter: LIST_DELIMITER, itemType: 'string' });
  if (column.type === 'boolean') Object.assign(field, { trueValues: [BOOLEAN_VALUES.true], falseValues: [BOOLEAN_VALUES.false] });
  if (column.categories) field.categories = [...column.categories];
  if (column.required) field.constraints = { ...(field.constraints as object), required: true };
  return field;
}

export function datapackage(tables: AnyDatasetTable[], siteUrl: string, lastReviewed: string) {
  return {
    $schema: DATAPACKAGE_PROFILE,
    name: 'zhili-anli-ku',
    title: '治理案例库开放数据',
    description: '地方治理创新与大数据治理案例：案例、结构化指标、获奖名单与引文。每条事实均注明来源；空值表示来源未载明。',
    homepage: siteUrl,
    version: lastReviewed,
    licenses: [{ name: LICENCE.spdx, path: LICENCE.url, title: LICENCE.title }],
    contributors: [{ title: '治理案例库', roles: ['publisher'], path: siteUrl }],
    keywords: ['地方治理', '大数据', '数字治理', '案例', 'governance', 'case studies', 'China'],
    resources: [
      ...tables.map((t) => ({
        name: t.name,
        type: 'table',
        path: t.file,
        title: `${t.title} ${t.file}`,
        description: `${t.description}UTF-8 编码，文件开头有 BOM。`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: {
          fields: (t.columns as Column<never>[]).map(tableSchemaField),
          ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
          ...(t.caseIdColumn ? { foreignKeys: [{ fields: [t.caseIdColumn], reference: { resource: 'cases', fields: ['id'] } }] } : {}),
          missingValues: [''],
        },
      })),
      ...OTHER_DATA_FILES.map((file) => ({ ...file, encoding: 'utf-8' })),
    ],
  };
}
