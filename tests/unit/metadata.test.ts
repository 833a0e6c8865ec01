// Page metadata for reference managers and search engines. The Zotero expectations follow the
// rules of zotero/translators "Embedded Metadata.js" (Highwire tags) and Zotero's
// parseContextObject (COinS), restated here as small functions so the tests read the tags the way
// Zotero does.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseCitable, caseJsonLdInput } from '../../src/research/case-metadata.ts';
import { caseDates } from '../../src/library/case-dates.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { breadcrumbJsonLd, caseJsonLd, coinsTitle, datasetJsonLd, highwireTags, jsonLdText, LICENCE, METADATA_SCHEMA_LINKS, type MetaTag } from '../../src/research/metadata.ts';

const SITE = 'https://example.org/';
const { library } = loadLibrary(path.resolve(import.meta.dirname, '../../content'));
const entry = library.caseById('huizhou-huiyun-eye')!;
const citable = caseCitable(library, entry, SITE);
const dates = caseDates(library, entry);

/**
 * What Embedded Metadata.js makes of <meta> tags: its Highwire type rules and HIGHWIRE_MAPPINGS;
 * with no citation_author its creators come from the RDF it reads from the DC.* tags (DC.creator).
 */
function zoteroEmbeddedMetadata(tags: MetaTag[]) {
  const first = (name: string) => tags.find((t) => t.name === name)?.content;
  const names = new Set(tags.map((t) => t.name));
  // A Highwire type tag decides the item type; citation_title alone only guesses a journal article.
  const itemType = names.has('citation_journal_title') ? 'journalArticle'
    : names.has('citation_technical_report_institution') ? 'report'
    : names.has('citation_conference_title') ? 'conferencePaper'
    : names.has('citation_dissertation_institution') ? 'thesis'
    : names.has('citation_title') ? 'journalArticle' : undefined;
  const highwireAuthors = tags.filter((t) => t.name === 'citation_author').map((t) => t.content);
  return {
    itemType,
    title: first('citation_title'),
    date: first('citation_publication_date') ?? first('citation_date') ?? first('citation_online_date'),
    url: first('citation_public_url'),
    language: first('citation_language'),
    institution: first('citation_technical_report_institution'),
    authors: highwireAuthors.length > 0 ? highwireAuthors : tags.filter((t) => t.name === 'DC.creator').map((t) => t.content),
  };
}

/** What parseContextObject makes of a COinS title (rft_val_fmt book + rft.genre=report → report). */
function zoteroCoins(title: string) {
  const parts = title.split('&');
  const values = new Map(parts.map((p) => p.split('=')).map(([k, v]) => [k, decodeURIComponent(v.replace(/\+|%2[bB]/g, ' '))]));
  const book = values.get('rft_val_fmt') === 'info:ofi/fmt:kev:mtx:book';
  const itemType = book && parts.includes('rft.genre=report') ? 'report' : book ? 'book' : undefined;
  return { itemType, title: values.get('rft.btitle'), date: values.get('rft.date'), url: values.get('rft_id'), institution: values.get('rft.aucorp') };
}

describe('Highwire and Dublin Core tags on a case page', () => {
  const tags = highwireTags(citable);
  const value = (name: string) => tags.filter((t) => t.name === name).map((t) => t.content);

  it("Zotero's Embedded Metadata rules save the page as a report with its title, first-published date and URL, the library as author", () => {
    expect(zoteroEmbeddedMetadata(tags)).toEqual({
      itemType: 'report',
      title: entry.data.title,
      date: dates.published.replaceAll('-', '/'),
      url: 'https://example.org/cases/huizhou-huiyun-eye/',
      language: 'zh-CN',
      institution: '治理案例库',
      authors: ['治理案例库'],
    });
  });

  it('names no person as citation_author: the library is the institution of an institution-authored report', () => {
    expect(value('citation_author')).toEqual([]);
    expect(value('citation_technical_report_institution')).toEqual(['治理案例库']);
  });

  it('dates: publication and online date are the first publication, DCTERMS.modified the last change', () => {
    expect(value('citation_publication_date')).toEqual([dates.published.replaceAll('-', '/')]);
    expect(value('citation_online_date')).toEqual([dates.published.replaceAll('-', '/')]);
    expect(value('DC.date')).toEqual([dates.published]);
    expect(value('DCTERMS.modified')).toEqual([dates.modified]);
    expect(value('citation_publication_date')[0]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
  });

  it('Dublin Core: a DCMI Type term, publisher, rights, description, one language tag everywhere, and the namespaces declared', () => {
    expect(value('DC.type')).toEqual(['Text']);
    expect(value('DC.publisher')).toEqual(['治理案例库']);
    expect(value('DC.rights')).toEqual([LICENCE.url]);
    expect(value('DC.description')).toEqual([entry.data.summary]);
    expect([...value('DC.language'), ...value('citation_language')]).toEqual(['zh-CN', 'zh-CN']);
    expect(METADATA_SCHEMA_LINKS.map((l) => l.rel)).toEqual(['schema.DC', 'schema.DCTERMS']);
    const prefixes = new Set(tags.map((t) => t.name.split('.')[0]).filter((p) => p.startsWith('DC')));
    for (const prefix of prefixes) expect(METADATA_SCHEMA_LINKS.map((l) => l.rel)).toContain(`schema.${prefix}`);
  });
});

describe('COinS spans on list pages', () => {
  it("Zotero's COinS rules read each span as a report with title, date and URL", () => {
    expect(zoteroCoins(coinsTitle(citable))).toEqual({
      itemType: 'report',
      title: entry.data.title,
      date: dates.published,
      url: 'https://example.org/cases/huizhou-huiyun-eye/',
      institution: '治理案例库',
    });
  });

  it('encodes characters that would end a key or value', () => {
    const title = coinsTitle({ ...citable, title: 'A&B=C' });
    expect(zoteroCoins(title).title).toBe('A&B=C');
  });
});

describe('schema.org JSON-LD', () => {
  const data = caseJsonLd(caseJsonLdInput(library, entry, SITE), SITE) as Record<string, any>;

  it('a case is an Article about its domains and technologies, covering its region, citing its sources', () => {
    expect(data['@type']).toBe('Article');
    expect(data.headline).toBe(entry.data.title);
    expect(data.about.map((a: { name: string }) => a.name)).toEqual([
      ...entry.data.domains.map((d) => library.termLabel('domain', d)),
      ...entry.data.technologies.map((t) => library.termLabel('technology', t)),
    ]);
    const region = library.regionPath(entry.data.region);
    expect(data.spatialCoverage.url).toBe(`https://example.org/topics/region/${region.at(-1)!.id}/`);
    expect(data.spatialCoverage.name).toBe(region.map((t) => t.label).join(' '));
    expect(data.citation.map((c: { name: string }) => c.name)).toEqual(entry.data.sources.map((id) => library.source(id)!.data.title));
    expect(data.license).toBe(LICENCE.url);
    expect([data.datePublished, data.dateModified]).toEqual([dates.published, dates.modified]);
    expect(data.inLanguage).toBe('zh-CN');
  });

  it('a breadcrumb list numbers its items from 1 and links all but an unlinked last one', () => {
    const list = breadcrumbJsonLd([{ name: '首页', url: SITE }, { name: '案例' }]) as { itemListElement: Array<Record<string, unknown>> };
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: '首页', item: SITE },
      { '@type': 'ListItem', position: 2, name: '案例' },
    ]);
  });

  it('the dataset names its licence and one DataDownload per file', () => {
    const dataset = datasetJsonLd({ url: `${SITE}data/`, siteUrl: SITE, name: 'n', description: 'd', dateModified: '2026-01-01', variables: [{ name: 'id', description: '编号', table: 'cases.csv' }], distributions: [{ name: 'cases.csv', url: `${SITE}data/cases.csv`, encodingFormat: 'text/csv' }] }) as Record<string, any>;
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.variableMeasured).toEqual([{ '@type': 'PropertyValue', name: 'id', description: 'cases.csv：编号' }]);
    expect(dataset.license).toBe(LICENCE.url);
    expect(dataset.distribution).toEqual([{ '@type': 'DataDownload', name: 'cases.csv', contentUrl: `${SITE}data/cases.csv`, encodingFormat: 'text/csv' }]);
  });

  it('JSON-LD text cannot close its <script> element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
