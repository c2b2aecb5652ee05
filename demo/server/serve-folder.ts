// Demo servers: one static file handler for plain node:http, used for both the shop origin and the
// "CDN" origin. Compresses on the fly (brotli or gzip, cached in memory) and sets cache headers.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm',
  '.onnx': 'application/octet-stream', '.bin': 'application/octet-stream', '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon',
};
/** Already-compressed formats gain nothing from another pass. */
const INCOMPRESSIBLE = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gz', '.br', '.zip']);
/** Always revalidated: the entry points that name everything else. */
const NO_CACHE = new Set(['manifest.json', 'aisle.js']);

export interface FolderOptions {
  /** URL prefix → folder; the longest matching prefix wins. */
  mounts: Record<string, string>;
  cors?: boolean;
  /** Rewrites the text of .html files before they are sent (e.g. fills in the widget origin). */
  transformHtml?: (html: string) => string;
}

interface Entry { body: Buffer; etag: string; br?: Buffer; gzip?: Buffer }

/** A content hash in the name, as Vite writes it ("client-CpI13MRj.js") or hex chunk names. */
export function isHashedName(name: string): boolean {
  const m = /[-.]([A-Za-z0-9_]{8,})\.[a-z0-9]+$/.exec(name);
  return m !== null && /[0-9]/.test(m[1]!) && /[a-zA-Z]/.test(m[1]!);
}

export function serveFolder(options: FolderOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const mounts = Object.entries(options.mounts).map(([prefix, dir]) => [prefix.endsWith('/') ? prefix : `${prefix}/`, resolve(dir)] as const)
    .sort((a, b) => b[0].length - a[0].length);
  const cache = new Map<string, Entry>();

  async function load(file: string): Promise<Entry> {
    const info = await stat(file);
    const key = `${file}:${info.mtimeMs}:${info.size}`;
    const hit = cache.get(key);
    if (hit) return hit;
    let body = await readFile(file);
    if (extname(file) === '.html' && options.transformHtml) body = Buffer.from(options.transformHtml(body.toString('utf8')));
    const entry: Entry = { body, etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"` };
    cache.set(key, entry);
    return entry;
  }

  return (req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      if (options.cors) res.setHeader('Access-Control-Allow-Origin', '*');
      if (req.method === 'OPTIONS') { res.writeHead(204, { 'Access-Control-Allow-Methods': 'GET, HEAD', 'Access-Control-Allow-Headers': '*' }); res.end(); return; }
      if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405, { Allow: 'GET, HEAD' }); res.end(); return; }
      const mount = mounts.find(([prefix]) => path.startsWith(prefix) || `${path}/` === prefix);
      if (!mount) { res.writeHead(404); res.end('not found'); return; }
      const [prefix, dir] = mount;
      const relative = normalize(path.slice(prefix.length));
      const file = join(dir, relative === '.' || relative.endsWith(sep) || relative === '' ? join(relative, 'index.html') : relative);
      if (file !== dir && !file.startsWith(dir + sep)) { res.writeHead(403); res.end('forbidden'); return; }
      let entry: Entry;
      try {
        entry = await load(file);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`not found: ${path}`);
        return;
      }
      const ext = extname(file);
      const name = file.slice(file.lastIndexOf(sep) + 1);
      const headers: Record<string, string> = {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': NO_CACHE.has(name) || ext === '.html' ? 'no-cache' : isHashedName(name) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
        ETag: entry.etag,
        Vary: 'Accept-Encoding',
      };
      if (req.headers['if-none-match'] === entry.etag) { res.writeHead(304, headers); res.end(); return; }
      let body = entry.body;
      const accept = String(req.headers['accept-encoding'] ?? '');
      if (!INCOMPRESSIBLE.has(ext) && body.length > 1024) {
        if (/\bbr\b/.test(accept)) {
          // Quality 5: close to the best ratio for these files at a fraction of quality 11's time.
          entry.br ??= brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
          body = entry.br;
          headers['Content-Encoding'] = 'br';
        } else if (/\bgzip\b/.test(accept)) {
          entry.gzip ??= gzipSync(body, { level: 6 });
          body = entry.gzip;
          headers['Content-Encoding'] = 'gzip';
        }
      }
      headers['Content-Length'] = String(body.length);
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    })().catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`server error: ${(err as Error).message}`);
    });
  };
}
