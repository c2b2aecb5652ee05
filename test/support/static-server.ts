// Test support: a plain static file server on 127.0.0.1 for index folders and fixture pages.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.onnx': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
  /** Paths requested so far, in order. */
  hits: string[];
}

/** Serves `dir` (or several folders mounted at URL prefixes, longest prefix first). */
export async function serveStatic(dir: string | Record<string, string>, options: { cors?: boolean; notFoundHtml?: boolean } = {}): Promise<StaticServer> {
  const mounts = Object.entries(typeof dir === 'string' ? { '/': dir } : dir).sort((a, b) => b[0].length - a[0].length);
  const hits: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    hits.push(path);
    const [prefix, folder] = mounts.find(([m]) => path.startsWith(m)) ?? mounts[mounts.length - 1]!;
    const relative = normalize(path.slice(prefix.length - 1)).replace(/^(\.\.[/\\])+/, '');
    const file = join(folder, relative.endsWith('/') ? `${relative}index.html` : relative);
    if (options.cors) res.setHeader('Access-Control-Allow-Origin', '*');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length });
      res.end(body);
    } catch {
      // Like many static hosts: a 404 that is an HTML page (the worker must say so clearly).
      res.writeHead(404, { 'Content-Type': options.notFoundHtml ? 'text/html' : 'text/plain' });
      res.end(options.notFoundHtml ? '<!doctype html><h1>Not found</h1>' : 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, hits, close: () => new Promise((r) => server.close(() => r())) };
}
