// Quality gates over the built site in dist/: HTML validity (the Nu Html Checker), internal links
// and anchors, external URL syntax, inline event handlers, and the JavaScript budget of content
// pages. Prints one line per finding and exits 1 if there is any. Pages and sitemaps are read with
// htmlparser2, so attributes are found wherever and however they are written (any quoting,
// entities decoded) and text that looks like markup is never taken for it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { readSettings } from '../src/config.ts';
import { parseCommandLine } from './lib/cli.ts';
import { languageFindings, scanLanguage, type LanguageScan } from './lib/language-pages.ts';

const USAGE = `Usage: node scripts/check-dist.ts [--dist DIR] [--base /path/] [--skip-html]

Checks dist/ (or DIR, built with Astro base BASE): HTML validity with the Nu Html Checker (needs
Java), every internal link, asset and #anchor, external URLs, inline event handlers, that
content pages ship at most ${2048} bytes of JavaScript (gzip), that the sitemap lists every page
but the 404 pages and /admin/ (and nothing else), each with its twin as an hreflang alternate, that every CSV under data/ has the header
its data/datapackage.json schema declares, and that every Chinese page has its English twin under
/en/ and the reverse, with <html lang>, hreflang alternates and lang="zh-CN" on Chinese in English pages. The web editor (admin/) is not a content page: its
links into the editor's routes (#/collections/…) are not anchors, and it has no JavaScript budget.`;

const { values: options } = parseCommandLine({ name: 'check-dist', usage: USAGE, options: { dist: { type: 'string' }, base: { type: 'string' }, 'skip-html': { type: 'boolean' } } });
const dist = path.resolve(options.dist ?? 'dist');
const base = (options.base ?? readSettings().basePath).replace(/\/?$/, '/');
/** Pages allowed to load more than the content-page budget: search and the compare picker. */
const APP_PAGES = new Set(['search/index.html', 'compare/index.html', 'en/search/index.html', 'en/compare/index.html']);
/**
 * The web editor (src/pages/admin/) is no content page: it loads the vendored Decap CMS bundle and
 * is outside the budget. Its `#/collections/…` links are the editor's routes, not anchors.
 */
const EDITOR_PAGE = 'admin/index.html';
const CONTENT_PAGE_JS_BUDGET = 2048;

const findings: string[] = [];
const htmlFiles = walk(dist).filter((file) => file.endsWith('.html'));
if (htmlFiles.length === 0) {
  console.error(`check-dist: no HTML in ${dist}: run npm run build first`);
  process.exit(2);
}

const pages = new Map(htmlFiles.map((file) => [file, scanPage(readFileSync(file, 'utf8'))]));

for (const file of htmlFiles) {
  const page = pages.get(file)!;
  const where = path.relative(dist, file);
  for (const handler of page.eventHandlers) findings.push(`${where}: has an inline event handler attribute (${handler})`);
  for (const { attribute, value } of page.links) {
    if (/^(mailto:|tel:)/.test(value)) continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
      if (!isHttpUrl(value)) findings.push(`${where}: ${attribute}="${value}" is not an http(s) URL`);
      continue;
    }
    const target = new URL(value, `http://site${base}${where.replace(/index\.html$/, '')}`);
    if (!target.pathname.startsWith(base)) {
      findings.push(`${where}: ${attribute}="${value}" points outside the base path ${base}`);
      continue;
    }
    const resolved = resolveFile(decodeURIComponent(target.pathname.slice(base.length)));
    if (!resolved) {
      findings.push(`${where}: ${attribute}="${value}" is broken (no ${target.pathname})`);
      continue;
    }
    const anchor = decodeURIComponent(target.hash.slice(1));
    const editorRoute = path.relative(dist, resolved) === EDITOR_PAGE && anchor.startsWith('/');
    if (anchor && !editorRoute && resolved.endsWith('.html') && !pages.get(resolved)?.ids.has(anchor)) {
      findings.push(`${where}: ${attribute}="${value}" points to a missing anchor #${anchor}`);
    }
  }
  if (!APP_PAGES.has(where) && where !== EDITOR_PAGE) {
    const bytes = scriptBytes(page.scripts, file);
    if (bytes > CONTENT_PAGE_JS_BUDGET) findings.push(`${where}: ships ${bytes} bytes of JavaScript (gzip), over the ${CONTENT_PAGE_JS_BUDGET}-byte budget`);
  }
}

findings.push(...sitemapFindings(), ...datapackageFindings(), ...bilingualFindings());

if (!options['skip-html']) {
  const jar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');
  const result = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'gnu', dist], { encoding: 'utf8' });
  if (result.error) findings.push(`Nu Html Checker could not run: ${result.error.message} (is Java installed?)`);
  for (const line of `${result.stdout}${result.stderr}`.split('\n').filter(Boolean)) findings.push(`HTML: ${line.replace(`file:${dist}/`, '')}`);
}

for (const finding of findings) console.error(finding);
console.log(`${htmlFiles.length} pages checked: ${findings.length === 0 ? 'no findings' : `${findings.length} finding(s)`}`);
process.exit(findings.length === 0 ? 0 : 1);

/** Pages a sitemap must not list: the 404 pages and the web editor. */
function isUnlisted(sitePath: string): boolean {
  return sitePath === '404.html' || sitePath === 'en/404/' || sitePath === 'admin/' || sitePath.startsWith('admin/');
}

/** Twins, <html lang>, hreflang and lang="zh-CN" over every page but the web editor (scripts/lib/language-pages.ts). */
function bilingualFindings(): string[] {
  const scans = new Map<string, LanguageScan>();
  for (const file of htmlFiles) {
    const sitePath = path.relative(dist, file).replace(/(^|\/)index\.html$/, '$1');
    if (sitePath === 'admin/' || sitePath.startsWith('admin/')) continue;
    scans.set(sitePath, scanLanguage(readFileSync(file, 'utf8')));
  }
  return languageFindings(scans, base);
}

/**
 * Every HTML page is in the sitemap (except the 404 page and /admin/), the sitemap lists no other
 * URL, and a page whose twin in the other language is listed names both as hreflang alternates.
 */
function sitemapFindings(): string[] {
  const index = path.join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) return ['sitemap-index.xml is missing'];
  /** Each <loc> of a sitemap, with the hreflang alternates (xhtml:link) of its <url>. */
  const entries = (xml: string) => {
    const found: Array<{ loc: string; links: string[] }> = [];
    let inLoc = false;
    let links: string[] = [];
    const parser = new Parser(
      {
        onopentag: (name, attributes) => {
          inLoc = name === 'loc';
          if (name === 'url') links = [];
          if (name === 'xhtml:link' && attributes.rel === 'alternate') links.push(`${attributes.hreflang} ${attributes.href}`);
        },
        ontext: (text) => inLoc && found.push({ loc: text.trim(), links }),
        onclosetag: () => (inLoc = false),
      },
      { xmlMode: true, decodeEntities: true },
    );
    parser.end(xml);
    return found;
  };
  const listed = new Map<string, { url: string; links: string[] }>();
  for (const { loc: sitemap } of entries(readFileSync(index, 'utf8'))) {
    const file = path.join(dist, new URL(sitemap).pathname.slice(base.length));
    if (!existsSync(file)) return [`sitemap-index.xml names ${sitemap}, which is not in ${dist}`];
    for (const { loc, links } of entries(readFileSync(file, 'utf8'))) listed.set(decodeURIComponent(new URL(loc).pathname).slice(base.length), { url: loc, links });
  }
  const pages = htmlFiles.map((file) => path.relative(dist, file).replace(/(^|\/)index\.html$/, '$1'));
  const out: string[] = [];
  for (const page of pages) {
    if (isUnlisted(page)) {
      if (listed.has(page)) out.push(`sitemap lists ${page}, which must stay out of it`);
    } else if (!listed.has(page)) out.push(`sitemap misses the page ${page || '/'}`);
  }
  const built = new Set(pages);
  for (const page of listed.keys()) if (!built.has(page)) out.push(`sitemap lists ${page || '/'}, which is not a built page`);
  for (const [page, { url, links }] of listed) {
    const english = page.startsWith('en/');
    const twin = listed.get(english ? page.slice('en/'.length) : `en/${page}`);
    if (!twin) continue;
    const expected = [`zh-CN ${english ? twin.url : url}`, `en ${english ? url : twin.url}`];
    if ([...links].sort().join() !== expected.sort().join()) out.push(`sitemap: ${page || '/'} has the alternates [${links.join(', ')}], not its own URL and its twin's`);
  }
  return out;
}

/** Every CSV the datapackage describes exists and its header row is exactly the schema's field names. */
function datapackageFindings(): string[] {
  const file = path.join(dist, 'data', 'datapackage.json');
  if (!existsSync(file)) return ['data/datapackage.json is missing'];
  const descriptor = JSON.parse(readFileSync(file, 'utf8')) as { resources: Array<{ path: string; schema?: { fields: Array<{ name: string }> } }> };
  const out: string[] = [];
  const described = new Set(descriptor.resources.map((r) => r.path));
  for (const name of readdirSync(path.join(dist, 'data'))) {
    if (name !== 'datapackage.json' && !name.endsWith('.html') && !described.has(name)) out.push(`data/${name} is not described in data/datapackage.json`);
  }
  for (const resource of descriptor.resources) {
    const csv = path.join(dist, 'data', resource.path);
    if (!existsSync(csv)) {
      out.push(`data/datapackage.json describes data/${resource.path}, which is missing`);
      continue;
    }
    if (!resource.schema) continue;
    const header = readFileSync(csv, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].split(',');
    const expected = resource.schema.fields.map((f) => f.name);
    if (header.join(',') !== expected.join(',')) out.push(`data/${resource.path}: header ${header.join(',')} differs from its schema's fields ${expected.join(',')}`);
  }
  return out;
}

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function resolveFile(sitePath: string): string | undefined {
  const full = path.join(dist, sitePath);
  if (!full.startsWith(dist)) return undefined;
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = path.join(full, 'index.html');
  return existsSync(index) ? index : undefined;
}

interface ScannedPage {
  ids: Set<string>;
  /** Attributes `on…=` on any element, as `tag@attribute`. */
  eventHandlers: string[];
  /** Every href, src and action, entities decoded. */
  links: Array<{ attribute: string; value: string }>;
  scripts: Array<{ type?: string; src?: string; body: string }>;
}

/** What the checks need from one page, read with an HTML parser. */
function scanPage(html: string): ScannedPage {
  const page: ScannedPage = { ids: new Set(), eventHandlers: [], links: [], scripts: [] };
  let script: ScannedPage['scripts'][number] | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute === 'id') page.ids.add(value);
          else if (/^on/i.test(attribute)) page.eventHandlers.push(`${name}@${attribute}`);
          else if (attribute === 'href' || attribute === 'src' || attribute === 'action') page.links.push({ attribute, value });
        }
        if (name === 'script') script = { type: attributes.type, src: attributes.src, body: '' };
      },
      ontext(text) {
        if (script) script.body += text;
      },
      onclosetag(name) {
        if (name === 'script' && script) {
          page.scripts.push(script);
          script = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return page;
}

function scriptBytes(scripts: ScannedPage['scripts'], file: string): number {
  let total = 0;
  for (const { type, src, body } of scripts) {
    if (type === 'application/json' || type === 'application/ld+json') continue;
    if (src) {
      const target = resolveFile(decodeURIComponent(new URL(src, `http://site${base}${path.relative(dist, file)}`).pathname.slice(base.length)));
      if (target) total += gzipSync(readFileSync(target)).length;
    } else if (body.trim()) total += gzipSync(body).length;
  }
  return total;
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
