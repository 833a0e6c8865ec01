// The built site as a reference manager sees it (run after `npm run build`): for every case, the
// citation boxes on the page are exactly what citeproc-js prints from the case's own CSL-JSON file
// in dist/ with the vendored official styles, the file a reader imports into Zotero. The same dates
// appear in every format; the described CSVs read back through a standard reader; the feed names
// itself and lists the newest change first. One browser check covers the page script.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { renderCsl, type CslStyleKey } from '../../src/research/citation-render.ts';
import type { CslItem } from '../../src/research/citation.ts';
import { DATASET_SCHEMA_VERSION } from '../../src/research/datapackage.ts';
import { DIST, useSite } from '../support/site.ts';

const dist = process.env.DIST_DIR ?? DIST;
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const casesCsv = parse(read('data/cases.csv'), { columns: true }) as Array<Record<string, string>>;
const ids = casesCsv.map((row) => row.id);

/** The page's <head> meta tags by name, its JSON-LD blocks, and the text of each citation textarea by id. */
function readPage(file: string) {
  const document = parseDocument(read(file));
  const meta = new Map<string, string[]>();
  for (const element of DomUtils.getElementsByTagName('meta', document)) {
    const name = element.attribs.name;
    if (name) meta.set(name, [...(meta.get(name) ?? []), element.attribs.content]);
  }
  const boxes = new Map(DomUtils.getElementsByTagName('textarea', document).map((area) => [area.attribs.id, DomUtils.textContent(area)]));
  const jsonLd = DomUtils.getElementsByTagName('script', document)
    .filter((script) => script.attribs.type === 'application/ld+json')
    .map((script) => JSON.parse(DomUtils.textContent(script)) as Record<string, unknown>);
  const section = DomUtils.findOne((element) => element.name === 'section' && element.attribs.class === 'citation', document.children);
  return { meta, boxes, jsonLd, accessed: section?.attribs['data-accessed'] };
}

const STYLES: CslStyleKey[] = ['gbt7714-2025', 'gbt7714-2015', 'apa'];

describe('every case page agrees with its CSL-JSON, as citeproc-js renders it', { timeout: 300_000 }, () => {
  it.each(ids)('%s', (id) => {
    const page = readPage(`cases/${id}/index.html`);
    const [item] = JSON.parse(read(`cases/${id}/csl.json`)) as CslItem[];
    // Chinese pages render in the zh-CN locale (a reference manager set to Chinese).
    for (const style of STYLES) expect(page.boxes.get(`cite-${style}`), `${id} ${style}`).toBe(renderCsl(item, style, 'zh-CN'));
    // The library-wide files hold the same record.
    const all = JSON.parse(read('data/cases.csl.json')) as CslItem[];
    expect(all.find((other) => other.id === id)).toEqual(item);
    // BibTeX and RIS boxes are the records of the download files.
    expect(read('data/cases.bib')).toContain(`${page.boxes.get('cite-bibtex')}\n`);
    expect(read('data/cases.ris')).toContain(`${page.boxes.get('cite-ris')}\n`);
    // The access date the page names is the one the data carries.
    expect(item.accessed['date-parts'][0].map((n) => String(n).padStart(2, '0')).join('-')).toBe(page.accessed);
  });

  it.each(ids)('%s: the English variant', (id) => {
    const [item] = JSON.parse(read(`cases/${id}/csl.en.json`)) as CslItem[];
    const row = casesCsv.find((r) => r.id === id)!;
    expect(item.title).toBe(row.title_en ? `${row.title} [${row.title_en}]` : row.title);
    const apa = renderCsl(item, 'apa', 'en-US');
    if (row.title_en) expect(apa).toContain(`${row.title} [`);
    expect(apa.startsWith('治理案例库. (')).toBe(true);
    const englishPage = `en/cases/${id}/index.html`;
    if (existsSync(path.join(dist, englishPage))) expect(readPage(englishPage).boxes.get('cite-apa')).toBe(apa);
  });
});

describe('the same dates in every format', () => {
  it.each(ids)('%s: CSV, CSL-JSON, Highwire, Dublin Core and JSON-LD', (id) => {
    const row = casesCsv.find((r) => r.id === id)!;
    const page = readPage(`cases/${id}/index.html`);
    const [item] = JSON.parse(read(`cases/${id}/csl.json`)) as CslItem[];
    expect(item.issued['date-parts'][0].map((n) => String(n).padStart(2, '0')).join('-')).toBe(row.first_published);
    expect(page.meta.get('citation_publication_date')).toEqual([row.first_published.replaceAll('-', '/')]);
    expect(page.meta.get('DC.date')).toEqual([row.first_published]);
    expect(page.meta.get('DCTERMS.modified')).toEqual([row.last_changed]);
    expect(page.meta.get('citation_author')).toBeUndefined();
    const article = page.jsonLd.find((block) => block['@type'] === 'Article')!;
    expect([article.datePublished, article.dateModified]).toEqual([row.first_published, row.last_changed]);
  });

  it('the feed dates each item by its last change, newest first, and names itself', () => {
    const feed = parseDocument(read('rss.xml'), { xmlMode: true });
    const self = DomUtils.getElementsByTagName('atom:link', feed)[0];
    expect(self.attribs).toMatchObject({ rel: 'self', type: 'application/rss+xml' });
    expect(new URL(self.attribs.href).pathname).toMatch(/\/rss\.xml$/);
    const items = DomUtils.getElementsByTagName('item', feed).map((item) => ({
      link: DomUtils.textContent(DomUtils.getElementsByTagName('link', item)[0]),
      date: new Date(DomUtils.textContent(DomUtils.getElementsByTagName('pubDate', item)[0])),
    }));
    expect(items.length).toBe(Math.min(50, ids.length));
    for (const [i, item] of items.entries()) {
      if (i > 0) expect(item.date.getTime()).toBeLessThanOrEqual(items[i - 1].date.getTime());
      const row = casesCsv.find((r) => r.url === item.link)!;
      // The feed's timestamp falls on the case's last_changed day in the commit's own time zone: within a day of it (UTC).
      expect(Math.abs(item.date.getTime() - Date.parse(`${row.last_changed}T12:00:00Z`))).toBeLessThanOrEqual(36 * 3600 * 1000);
    }
    const newest = [...casesCsv].sort((a, b) => b.last_changed.localeCompare(a.last_changed))[0];
    expect(items[0].date.toISOString().slice(0, 10) >= newest.last_changed.slice(0, 10) || items.some((i) => i.link === newest.url)).toBe(true);
  });
});

describe('the described CSVs', () => {
  const descriptor = JSON.parse(read('data/datapackage.json')) as { version: string; created: string; resources: Array<{ path: string; schema?: { fields: Array<{ name: string }> } }> };

  it('read back through csv-parse with no BOM handling: header = schema, one record per row', () => {
    for (const resource of descriptor.resources.filter((r) => r.schema)) {
      const text = read(`data/${resource.path}`);
      expect(text.charCodeAt(0), resource.path).not.toBe(0xfeff);
      const [header, ...rows] = parse(text) as string[][];
      expect(header).toEqual(resource.schema!.fields.map((f) => f.name));
      for (const row of rows) expect(row).toHaveLength(header.length);
      const excel = `data/${resource.path.replace(/\.csv$/, '.excel.csv')}`;
      if (existsSync(path.join(dist, excel))) expect(read(excel)).toBe(`\uFEFF${text}`);
    }
  });

  it('the package has a semantic version and a created date-time', () => {
    expect(descriptor.version).toMatch(new RegExp(`^${DATASET_SCHEMA_VERSION.major}\\.${DATASET_SCHEMA_VERSION.minor}\\.\\d+$`));
    expect(Number.isNaN(Date.parse(descriptor.created))).toBe(false);
  });
});

describe('the page script', () => {
  const site = useSite();
  const id = ids[0];

  it("puts today's date where the data carries the library version's date, and only there", async () => {
    const { boxes, accessed } = readPage(`cases/${id}/index.html`);
    const today = new Date().toISOString().slice(0, 10);
    const page = await site.page();
    await page.goto(site.url(`/cases/${id}/`));
    const gbt2015 = await page.inputValue('#cite-gbt7714-2015');
    expect(gbt2015).toBe(boxes.get('cite-gbt7714-2015')!.replace(`[${accessed}]`, `[${today}]`));
    expect(await page.inputValue('#cite-bibtex')).toBe(boxes.get('cite-bibtex')!.replace(`urldate = {${accessed}}`, `urldate = {${today}}`));
    expect(await page.inputValue('#cite-ris')).toBe(boxes.get('cite-ris')!.replace(`Y2  - ${accessed!.replaceAll('-', '/')}`, `Y2  - ${today.replaceAll('-', '/')}`));
    expect(await page.inputValue('#cite-gbt7714-2025')).toBe(boxes.get('cite-gbt7714-2025'));
  });

  it('without JavaScript the boxes show exactly the rendered text', async () => {
    const { boxes } = readPage(`cases/${id}/index.html`);
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url(`/cases/${id}/`));
    expect(await page.inputValue('#cite-gbt7714-2015')).toBe(boxes.get('cite-gbt7714-2015'));
  });
});
