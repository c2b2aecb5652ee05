// The worker's index loader against an index the real CLI wrote, served over real HTTP.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIndex } from '../../src/worker/catalog/load-index.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

let dir: string;
let server: StaticServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aisle-load-index-'));
  const feed = [
    { id: 'a1', title: 'Trail Runner 2', price: 89.5, currency: 'EUR', category: 'Shoes > Running', colour: 'red' },
    { id: 'a2', title: 'Road Racer', price: 120, currency: 'EUR', category: 'Shoes > Running', colour: 'blue' },
    { id: 'b1', title: 'Merino Socks', price: 14, currency: 'EUR', category: 'Socks', colour: 'grey' },
  ];
  writeFileSync(join(dir, 'products.json'), JSON.stringify(feed));
  writeFileSync(join(dir, 'orders.csv'), 'order_id,product_id\n1,a1\n1,b1\n2,a1\n2,b1\n3,a2\n');
  // Three orders are too few for the category-pair filter of bought-together (5 customers): off here.
  execFileSync(process.execPath, ['src/cli/bin.js', 'build', '--feed', join(dir, 'products.json'), '--orders', join(dir, 'orders.csv'), '--model', 'none', '--min-category-customers', '0', '--out', join(dir, 'index')], { stdio: 'pipe' });
  server = await serveStatic(dir, { notFoundHtml: true });
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('loading a built index', () => {
  it('reads every product and the interaction tables', async () => {
    const { manifest, catalog } = await loadIndex(`${server.url}index/`);
    expect(manifest.counts.products).toBe(3);
    expect(catalog.products.map((p) => p.id).sort()).toEqual(['a1', 'a2', 'b1']);
    expect(catalog.byId.get('a1')?.title).toBe('Trail Runner 2');
    expect(catalog.copurchase?.pairs['a1']?.[0]?.[0]).toBe('b1');
  });

  it('fetches each chunk once and the manifest fresh each time', async () => {
    server.hits.length = 0;
    await loadIndex(`${server.url}index/`);
    const chunkHits = server.hits.filter((h) => !h.endsWith('manifest.json'));
    expect(new Set(chunkHits).size).toBe(chunkHits.length);
    expect(server.hits.filter((h) => h.endsWith('manifest.json'))).toHaveLength(1);
  });

  it('says what to do when the index format does not match', async () => {
    const manifestPath = join(dir, 'index', 'manifest.json');
    const original = readFileSync(manifestPath, 'utf8');
    writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(original), format: 99 }));
    try {
      await expect(loadIndex(`${server.url}index/`)).rejects.toThrow(/has format 99, this widget reads format 1; .*update the widget files/);
    } finally {
      writeFileSync(manifestPath, original);
    }
  });

  it('explains a missing index, including an HTML 404 page', async () => {
    await expect(loadIndex(`${server.url}nowhere/`)).rejects.toThrow(/HTTP 404\. Check that data-index points at the folder written by `aisle build --out`/);
  });
});
