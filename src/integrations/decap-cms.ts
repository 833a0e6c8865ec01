// Astro integration: self-hosts the web editor. Copies Decap CMS's prebuilt bundle from
// node_modules/decap-cms/dist into <outDir>/admin/ at build time (never committed, never from a
// CDN), and serves the same files under /admin/ in `astro dev`. Only /admin/ loads them.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The bundle's entry file, under the admin folder. */
export const DECAP_BUNDLE = 'decap-cms.js';

/** Folder of the pinned package's prebuilt files. */
export function decapDistFolder(): string {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  return path.join(path.dirname(require.resolve('decap-cms/package.json')), 'dist');
}

/** The files the editor needs at run time: the entry, its lazily loaded chunks, WebAssembly and licences. */
export function decapRuntimeFiles(folder = decapDistFolder()): string[] {
  return readdirSync(folder)
    .filter((name) => /^(?:\d+\.)?decap-cms\.js(?:\.LICENSE\.txt)?$|\.wasm$/.test(name))
    .sort();
}

/**
 * Style sheets the bundle injects as inline <style> text (react-toastify's and Uploadcare's), found
 * by the start of their text. The admin page's CSP allows exactly these by hash, plus the empty
 * <style> elements that Emotion fills through the CSSOM, instead of 'unsafe-inline'.
 */
const INLINE_STYLE_MARKERS = [':root{--toastify-color-light:', '.uploadcare-tab-effects--crops{'];

/** CSP hashes ('sha256-…') of every inline style the pinned bundle injects. */
export function decapInlineStyleHashes(folder = decapDistFolder()): string[] {
  const source = readFileSync(path.join(folder, DECAP_BUNDLE), 'utf8');
  const texts = INLINE_STYLE_MARKERS.map((marker) => {
    const text = stringLiteralAround(source, marker);
    if (text === undefined) {
      throw new Error(`decap-cms: the bundle no longer injects a style starting "${marker}"; update INLINE_STYLE_MARKERS in src/integrations/decap-cms.ts`);
    }
    return text;
  });
  return ['', ...texts].map((text) => `sha256-${createHash('sha256').update(text).digest('base64')}`);
}

/** The value of the JavaScript string literal in `source` that contains `marker`. */
export function stringLiteralAround(source: string, marker: string): string | undefined {
  const at = source.indexOf(marker);
  if (at < 0) return undefined;
  let start = at;
  while (start > 0 && !isQuote(source[start - 1], source, start - 1)) start--;
  if (start === 0) return undefined;
  const quote = source[start - 1];
  let end = start;
  while (end < source.length && source[end] !== quote) end += source[end] === '\\' ? 2 : 1;
  return unescapeJs(source.slice(start, end));
}

function isQuote(char: string, source: string, index: number): boolean {
  if (char !== '"' && char !== "'" && char !== '`') return false;
  let backslashes = 0;
  for (let i = index - 1; source[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

function unescapeJs(body: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
  return body.replace(/\\(x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|\r\n|[\s\S])/g, (_, escape: string) => {
    if (escape[0] === 'x') return String.fromCharCode(parseInt(escape.slice(1), 16));
    if (escape[0] === 'u') return String.fromCodePoint(parseInt(escape.replace(/[u{}]/g, ''), 16));
    if (escape === '\n' || escape === '\r\n') return '';
    return simple[escape] ?? escape;
  });
}

export function decapCms(): AstroIntegration {
  return {
    name: 'case-library:decap-cms',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const folder = decapDistFolder();
        const files = new Set(decapRuntimeFiles(folder));
        server.middlewares.use((request, response, next) => {
          const name = /\/admin\/([^/?#]+)$/.exec(request.url?.split('?')[0] ?? '')?.[1];
          if (!name || !files.has(name)) return next();
          response.setHeader('Content-Type', name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8');
          response.end(readFileSync(path.join(folder, name)));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const folder = decapDistFolder();
        const target = path.join(fileURLToPath(dir), 'admin');
        mkdirSync(target, { recursive: true });
        const files = decapRuntimeFiles(folder);
        for (const name of files) copyFileSync(path.join(folder, name), path.join(target, name));
        logger.info(`copied the web editor (${files.length} files of decap-cms) into admin/`);
      },
    },
  };
}
