// The worker's index loader against a hand-edited index: chunks the real CLI wrote, then changed by
// hand the way a merchant (or an old or foreign tool) might. The worker holds it to the CLI's limits.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexManifest } from '../../src/protocol/index-format.ts';
import { loadIndex } from '../../src/worker/catalog/load-index.ts';
import { TEXT_LIMITS } from '../../src/shared/text-limits.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

let dir: string;
let server: StaticServer;

/** Rewrites the first chunk of `kind` in place (same file name: the worker trusts the manifest's names). */
function edit(kind: string, change: (body: Record<string, unknown>) => void): void {
  const manifest = JSON.parse(readFileSync(join(dir, 'index/manifest.json'), 'utf8')) as IndexManifest;
  for (const ref of manifest.chunks.filter((c) => c.kind === kind)) {
    const path = join(dir, 'index', ref.file);
    const body = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    change(body);
    writeFileSync(path, JSON.stringify(body));
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aisle-catalog-checks-'));
  const feed = ['a1', 'a2', 'b1'].map((id) => ({ id, title: `Product ${id}`, price: 10, currency: 'EUR', category: 'Shoes' }));
  writeFileSync(join(dir, 'products.json'), JSON.stringify(feed));
  writeFileSync(join(dir, 'orders.csv'), 'order_id,product_id\n1,a1\n1,b1\n2,a1\n2,b1\n3,a2\n');
  execFileSync(process.execPath, ['src/cli/bin.js', 'build', '--feed', join(dir, 'products.json'), '--orders', join(dir, 'orders.csv'), '--model', 'none', '--out', join(dir, 'index')], { stdio: 'pipe' });
  const hostile = (list: Array<Record<string, unknown>>) => {
    list[0]!.title = 'T'.repeat(1 << 20);
    list[0]!.url = '/\\evil.test/x';
    list[1]!.tags = 'not a list';
    list[1]!.attributes = { colour: 'red', size: 42, ['__proto__']: 'kept' };
    list.push(null as unknown as Record<string, unknown>, { id: 'no-price', title: 'x' }, { id: 7, title: 'numeric id', price: 1 });
  };
  edit('products', (body) => hostile(body.products as Array<Record<string, unknown>>));
  edit('cards', (body) => hostile(body.products as Array<Record<string, unknown>>));
  edit('popularity', (body) => {
    const scores = body.scores as Record<string, unknown>;
    scores.b1 = 'high';
  });
  server = await serveStatic(dir);
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a hand-edited index', () => {
  it('has its text cut to the CLI limits, its non-products left out and its bad values dropped', async () => {
    const { catalog } = await loadIndex(`${server.url}index/`);
    expect(catalog.products.map((p) => p.id).sort()).toEqual(['a1', 'a2', 'b1']);
    const a1 = catalog.byId.get('a1')!;
    expect(a1.title.length).toBeLessThanOrEqual(TEXT_LIMITS.title);
    // The URL is kept as text here; the widget's safeUrl refuses it where it would be rendered.
    const second = catalog.products[1]!;
    expect(second.tags).toEqual([]);
    expect(Object.entries(second.attributes)).toEqual([['colour', 'red'], ['__proto__', 'kept']]);
  });

  it('keys popularity in a null-prototype object: no id reads Object.prototype, bad scores are gone', async () => {
    const { catalog } = await loadIndex(`${server.url}index/`);
    const scores = catalog.popularity!.scores;
    expect(scores.a1).toBeGreaterThan(0);
    expect(scores.b1).toBeUndefined();
    expect(scores.constructor).toBeUndefined();
    expect(scores.toString).toBeUndefined();
  });
});
