// /data/datapackage.json: a Frictionless Data Package (v2) describing every file under /data/.
// The CSV resources' Table Schemas come from the same column definitions as the files and the
// codebook (research/dataset.ts).
import { LICENCE } from './metadata.ts';
import { BOOLEAN_VALUES, excelFileName, LIST_DELIMITER, PARTIAL_DATE_PATTERN, type AnyDatasetTable, type Column, type DatasetTable } from './dataset.ts';

export const DATAPACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/**
 * The dataset's version, semantic (MAJOR.MINOR.PATCH) as the Data Package specification asks:
 * MAJOR changes when a column is removed, renamed or changes meaning (a reader's code may break);
 * MINOR when columns or files are added; both are set here by hand with such a change.
 * PATCH is the content revision: how many commits on the built branch changed content/ (git), so
 * it grows with every edit of the data. The date goes into `created`.
 * 1.1: title_en, summary_en, first_published, last_changed; CSVs without BOM plus .excel.csv copies;
 * English citation files and the codebook file.
 */
export const DATASET_SCHEMA_VERSION = { major: 1, minor: 2 } as const;

export const datasetVersion = (contentRevision: number) => `${DATASET_SCHEMA_VERSION.major}.${DATASET_SCHEMA_VERSION.minor}.${contentRevision}`;

/** The files under /data/ that are not tables, with their media types. */
export const OTHER_DATA_FILES = [
  { name: 'library', path: 'library.json', format: 'json', mediatype: 'application/json', title: '完整数据（JSON）', description: '案例、来源、奖项、届次、词表和比较的全部条目，与校验后的内容一致，各条目以编号相互引用。' },
  { name: 'cases-csl', path: 'cases.csl.json', format: 'json', mediatype: 'application/vnd.citationstyles.csl+json', title: '全部案例的 CSL-JSON 引文', description: '每个案例一条 CSL-JSON 记录（type: report），可导入 Zotero 等文献管理软件；与案例页引文框所用的记录相同。' },
  { name: 'cases-bibtex', path: 'cases.bib', format: 'bib', mediatype: 'application/x-bibtex', title: '全部案例的 BibTeX 引文', description: '每个案例一条 @techreport 记录。' },
  { name: 'cases-ris', path: 'cases.ris', format: 'ris', mediatype: 'application/x-research-info-systems', title: '全部案例的 RIS 引文', description: '每个案例一条 RPRT 记录。' },
  { name: 'cases-csl-en', path: 'cases.en.csl.json', format: 'json', mediatype: 'application/vnd.citationstyles.csl+json', title: 'CSL-JSON citations for English-language writing', description: 'One CSL-JSON record per case for citing in English (APA 7): title is the original Chinese title followed by the English translation in square brackets. Cases without an English title keep the Chinese one.' },
  { name: 'cases-bibtex-en', path: 'cases.en.bib', format: 'bib', mediatype: 'application/x-bibtex', title: 'BibTeX citations for English-language writing', description: 'One @techreport record per case, titled as in cases.en.csl.json, with the English summary as abstract.' },
  { name: 'cases-ris-en', path: 'cases.en.ris', format: 'ris', mediatype: 'application/x-research-info-systems', title: 'RIS citations for English-language writing', description: 'One RPRT record per case, titled as in cases.en.csl.json, with the English title also as TT (translated title).' },
] as const;

/** The spreadsheet copies of the tables: described, but not as tables (the BOM is outside the specification's recommendation). */
export function excelCopyResource(table: AnyDatasetTable) {
  return {
    name: `${table.name}-excel`,
    path: excelFileName(table.file),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    title: `${table.title}（表格软件版）${excelFileName(table.file)}`,
    description: `与 ${table.file} 内容相同，文件开头加 UTF-8 BOM，供 Excel 等表格软件直接打开。程序读取请用 ${table.file}。 The same rows as ${table.file}, preceded by a UTF-8 byte-order mark so that Excel reads the Chinese; programs should read ${table.file}.`,
  };
}

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

export interface DatapackageVersion {
  /** The content revision (PATCH of the version). */
  contentRevision: number;
  /** When the data last changed (ISO 8601 date-time): the latest change of any case. */
  created: string;
}

export function datapackage(tables: AnyDatasetTable[], siteUrl: string, version: DatapackageVersion) {
  return {
    $schema: DATAPACKAGE_PROFILE,
    name: 'zhili-anli-ku',
    title: '治理案例库开放数据 Open data of the governance case library',
    description: '地方治理创新与大数据治理案例：案例、结构化指标、获奖名单与引文。每条事实均注明来源；空值表示来源未载明。字段说明有中文和英文两版（codebook.csv）。 Chinese local-governance and digital-governance cases: cases, structured figures, award listings and citations. Every fact names its source; an empty cell means the sources do not state it. Cells are in Chinese; cases.csv also has the editor-written English title and summary (title_en, summary_en), and codebook.csv describes every column in Chinese and English.',
    homepage: siteUrl,
    version: datasetVersion(version.contentRevision),
    created: version.created,
    licenses: [{ name: LICENCE.spdx, path: LICENCE.url, title: LICENCE.title }],
    contributors: [{ title: '治理案例库', roles: ['publisher'], path: siteUrl }],
    keywords: ['地方治理', '大数据', '数字治理', '案例', 'governance', 'case studies', 'China'],
    resources: [
      ...tables.map((t) => ({
        name: t.name,
        type: 'table',
        path: t.file,
        title: `${t.title} ${t.file} (${t.titleEn})`,
        description: `${t.description}UTF-8 编码，无 BOM（表格软件请用 ${excelFileName(t.file)}）。 ${t.descriptionEn} UTF-8 without a byte-order mark.`,
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
      codebookResource(),
      ...tables.map(excelCopyResource),
      ...OTHER_DATA_FILES.map((file) => ({ ...file, encoding: 'utf-8' })),
    ],
  };
}

/** codebook.csv: every column of every table, with its type and its description in Chinese and English. */
export const CODEBOOK_FILE = 'codebook.csv';
const CODEBOOK_FIELDS = [
  { name: 'table', type: 'string', description: '表格文件', descriptionEn: 'Table file' },
  { name: 'field', type: 'string', description: '字段名', descriptionEn: 'Field (column) name' },
  { name: 'type', type: 'string', description: 'Table Schema 字段类型', descriptionEn: 'Table Schema field type' },
  { name: 'required', type: 'boolean', description: '每行必有值', descriptionEn: 'Every row has a value' },
  { name: 'description_zh', type: 'string', description: '中文说明', descriptionEn: 'Description in Chinese' },
  { name: 'description_en', type: 'string', description: '英文说明', descriptionEn: 'Description in English' },
] as const;

function codebookResource() {
  return {
    name: 'codebook',
    type: 'table',
    path: CODEBOOK_FILE,
    title: `字段说明 ${CODEBOOK_FILE} (Codebook)`,
    description: '以上三个表格每个字段一行：类型、是否必填、中文和英文说明。 One row per column of the three tables: type, whether required, and its description in Chinese and in English.',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: {
      fields: CODEBOOK_FIELDS.map((f) => ({
        name: f.name,
        type: f.type,
        description: `${f.description} / ${f.descriptionEn}`,
        ...(f.type === 'boolean' ? { trueValues: [BOOLEAN_VALUES.true], falseValues: [BOOLEAN_VALUES.false] } : {}),
        constraints: { required: true },
      })),
      primaryKey: ['table', 'field'],
      missingValues: [''],
    },
  };
}

/** The codebook's rows, header first, for codebook.csv. */
export function codebookTable(tables: AnyDatasetTable[]): string[][] {
  return [
    CODEBOOK_FIELDS.map((f) => f.name),
    ...tables.flatMap((t) =>
      (t as DatasetTable<unknown>).columns.map((c) => [t.file, c.name, tableSchemaField(c as Column<never>).type, BOOLEAN_VALUES[String(c.required === true) as 'true' | 'false'], c.description, c.descriptionEn]),
    ),
  ];
}
