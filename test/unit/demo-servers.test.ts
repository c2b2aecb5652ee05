// The demo's two origins, over real HTTP: the shop gets the widget origin written into its pages, and
// the "CDN" serves the widget and index with CORS, the right types, cache headers and compression.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AISLE_ORIGIN_PLACEHOLDER } from '../../demo/site/build-site.ts';
import { isHashedName } from '../../demo/server/serve-folder.ts';
import { startDemoServers, type DemoServers } from '../../demo/server/start-servers.ts';

let dir: string;
let servers: DemoServers;
const big = 'const x = 1;\n'.repeat(500);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aisle-demo-servers-'));
  for (const sub of ['site/product', 'widget/assets', 'index']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, 'site/index.html'), `<script src="${AISLE_ORIGIN_PLACEHOLDER}/aisle.js" data-index="${AISLE_ORIGIN_PLACEHOLDER}/index/" async></script>`);
  writeFileSync(join(dir, 'site/product/A1.html'), '<h1>A1</h1>');
  writeFileSync(join(dir, 'widget/aisle.js'), big);
  writeFileSync(join(dir, 'widget/assets/worker-CpI13MRj.js'), big);
  writeFileSync(join(dir, 'widget/assets/ort-wasm-simd-threaded.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  writeFileSync(join(dir, 'index/manifest.json'), '{"version":1}');
  servers = await startDemoServers({ siteDir: join(dir, 'site'), widgetDir: join(dir, 'widget'), indexDir: join(dir, 'index') });
});

afterAll(async () => {
  await servers?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('startDemoServers', () => {
  it('serves the shop and the widget from two different origins on 127.0.0.1', () => {
    expect(new URL(servers.siteUrl).hostname).toBe('127.0.0.1');
    expect(new URL(servers.siteUrl).origin).not.toBe(new URL(servers.assetUrl).origin);
  });

  it('writes the asset origin into the pages, where the build left a placeholder', async () => {
    const html = await (await fetch(servers.siteUrl)).text();
    const origin = new URL(servers.assetUrl).origin;
    expect(html).toContain(`src="${origin}/aisle.js"`);
    expect(html).toContain(`data-index="${origin}/index/"`);
    expect(html).not.toContain(AISLE_ORIGIN_PLACEHOLDER);
    expect((await fetch(new URL('product/A1.html', servers.siteUrl))).status).toBe(200);
  });

  it('answers the CDN requests with CORS, MIME types and cache headers', async () => {
    const loader = await fetch(new URL('aisle.js', servers.assetUrl));
    expect(loader.headers.get('access-control-allow-origin')).toBe('*');
    expect(loader.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(loader.headers.get('cache-control')).toBe('no-cache');
    const hashed = await fetch(new URL('assets/worker-CpI13MRj.js', servers.assetUrl));
    expect(hashed.headers.get('cache-control')).toContain('immutable');
    const wasm = await fetch(new URL('assets/ort-wasm-simd-threaded.wasm', servers.assetUrl));
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    const manifest = await fetch(new URL('index/manifest.json', servers.assetUrl));
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    expect(await manifest.json()).toEqual({ version: 1 });
  });

  it('compresses with brotli or gzip as the client asks, and the bytes decode to the file', async () => {
    const url = new URL('aisle.js', servers.assetUrl);
    const raw = (accept: string) => new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      import('node:http').then(({ get }) => get(url, { headers: { 'Accept-Encoding': accept } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(parts) }));
      }).on('error', reject), reject);
    });
    const br = await raw('gzip, br');
    expect(br.encoding).toBe('br');
    expect(br.body.length).toBeLessThan(big.length / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(big);
    const gz = await raw('gzip');
    expect(gz.encoding).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(big);
    const plain = await raw('identity');
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe(big);
  });

  it('answers 404 for a missing file and never serves outside its folders', async () => {
    expect((await fetch(new URL('nope.js', servers.assetUrl))).status).toBe(404);
    // Encoded slashes survive URL parsing and only become "../" after decoding: the server must refuse.
    const { get } = await import('node:http');
    const status = await new Promise<number | undefined>((resolve, reject) => {
      get({ host: '127.0.0.1', port: new URL(servers.assetUrl).port, path: '/index/..%2f..%2fsite%2findex.html' }, (res) => { res.resume(); resolve(res.statusCode); }).on('error', reject);
    });
    expect(status).toBe(403);
  });

  it('refuses a taken port with a message that says what to do', async () => {
    const port = Number(new URL(servers.siteUrl).port);
    await expect(startDemoServers({ sitePort: port, siteDir: dir, widgetDir: dir, indexDir: dir })).rejects.toThrow(/in use.*--site-port 0/);
  });
});

describe('isHashedName', () => {
  it('tells content-hashed build files from plain names', () => {
    expect(isHashedName('client-CpI13MRj.js')).toBe(true);
    expect(isHashedName('products-0-d2800acee7c93455.json')).toBe(true);
    expect(isHashedName('ort-wasm-simd-threaded.wasm')).toBe(false);
    expect(isHashedName('manifest.json')).toBe(false);
  });
});
