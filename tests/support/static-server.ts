// A minimal static file server for dist/, for browser tests and the benchmark: serves a folder
// under an optional base path on 127.0.0.1, with the 404 page for unknown paths.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.card': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/** Called with each response's site path and the bytes sent (after compression). */
export type ServeListener = (pathname: string, bytes: number) => void;

export async function serveStatic(folder: string, base = '/', onServe?: ServeListener): Promise<StaticServer> {
  const root = path.resolve(folder);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  /**
   * Each file's gzip body, compressed once: a test file loads the same scripts, WebAssembly and
   * index files into many pages. Keyed by modification time and size, so a rebuilt file is new.
   */
  const compressed = new Map<string, { version: string; body: Buffer }>();
  const gzipped = (file: string, version: string, body: Buffer): Buffer => {
    const cached = compressed.get(file);
    if (cached?.version === version) return cached.body;
    const entry = { version, body: gzipSync(body) };
    compressed.set(file, entry);
    return entry.body;
  };
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(prefix)) {
      response.writeHead(404).end('outside base path');
      return;
    }
    let file = path.join(root, pathname.slice(prefix.length));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      let stats = await stat(file);
      if (stats.isDirectory()) {
        file = path.join(file, 'index.html');
        stats = await stat(file);
      }
      const body = await readFile(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      // Compress like a static host would; Pagefind's index files and the search cards are gzip inside already.
      const compressible = !/^\.(pf_|card$)/.test(path.extname(file)) && /gzip/.test(String(request.headers['accept-encoding'] ?? ''));
      const sent = compressible ? gzipped(file, `${stats.mtimeMs}:${stats.size}`, body) : body;
      response.writeHead(200, { 'Content-Type': type, ...(compressible ? { 'Content-Encoding': 'gzip' } : {}) }).end(sent);
      onServe?.(pathname, sent.length);
    } catch {
      const notFound = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('not found'));
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
