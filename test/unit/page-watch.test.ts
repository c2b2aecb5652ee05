// The worker's page request in Node (real CLI-built index served over HTTP, fake-indexeddb): one call for
// every slot with disjoint products, and after each tracked action only the slots whose list changed.
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecommendedProduct } from '../../src/protocol/product.ts';
import type { PageSlotResult } from '../../src/protocol/recommend.ts';
import { AisleWorker } from '../../src/worker/aisle-worker.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

let dir: string;
let server: StaticServer;
type Results = Array<PageSlotResult<RecommendedProduct>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aisle-page-'));
  const feed = ['Shoes > Running', 'Clothing > Socks', 'Kitchen > Coffee'].flatMap((category, c) =>
    Array.from({ length: 15 }, (_, i) => ({ id: `${c}-${i}`, title: `${category.split(' > ')[1]} model ${i}`, price: 20 + i, category, brand: `B${i % 3}` })));
  writeFileSync(join(dir, 'products.json'), JSON.stringify(feed));
  // Runners buy shoes with socks; coffee people buy coffee twice.
  const orders = ['order_id,product_id,quantity,timestamp,customer_id'];
  for (let o = 0; o < 60; o++) {
    const day = `2024-05-${String(1 + (o % 28)).padStart(2, '0')}T10:00:00Z`;
    if (o % 2) orders.push(`${o},0-${o % 15},1,${day},r${o}`, `${o},1-${o % 15},1,${day},r${o}`);
    else orders.push(`${o},2-${o % 15},1,${day},k${o}`, `${o},2-${(o + 3) % 15},1,${day},k${o}`);
  }
  writeFileSync(join(dir, 'orders.csv'), orders.join('\n'));
  execFileSync(process.execPath, ['src/cli/bin.js', 'build', '--feed', join(dir, 'products.json'), '--orders', join(dir, 'orders.csv'), '--currency', 'EUR', '--model', 'none', '--out', join(dir, 'index')], { stdio: 'pipe' });
  server = await serveStatic(dir);
}, 120_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('recommendPage', () => {
  it('answers every slot at once with disjoint products, then only the slots an action changed', async () => {
    const worker = new AisleWorker(null);
    await worker.init({ indexUrl: `${server.url}index/`, assetBase: server.url, model: 'none', storage: false });
    for (const id of ['2-1', '2-2', '2-3']) await worker.track({ type: 'view', productId: id });
    const pushed: Results[] = [];
    const slots = [
      { key: 'for-you', strategy: 'for-you' as const, limit: 6 },
      { key: 'trending', strategy: 'trending' as const, limit: 6 },
      { key: 'recent', strategy: 'recently-viewed' as const, limit: 6 },
      { key: 'panel', strategy: 'for-you' as const, limit: 6, panel: true },
    ];
    const first = await worker.recommendPage({ slots, shown: ['0-0'] }, (changed) => void pushed.push(changed));
    expect(first.map((r) => r.key)).toEqual(['for-you', 'trending', 'recent', 'panel']);
    const ids = first.flatMap((r) => r.products.map((p) => p.id));
    expect(ids.length).toBeGreaterThan(12);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('0-0');
    expect(first[0]!.basis).toBe('personal');
    for (const r of first) for (const p of r.products) expect(p.why).toBeTruthy();

    // A cart add: for-you changes; recently viewed (three coffee views, none carted) does not, so it is not sent.
    await worker.track({ type: 'cart', productId: '0-4', quantity: 1 });
    await expect.poll(() => pushed.length).toBeGreaterThan(0);
    const changed = pushed.flat().map((r) => r.key);
    expect(changed).toContain('for-you');
    expect(changed).not.toContain('recent');
    const forYou = pushed.flat().find((r) => r.key === 'for-you')!;
    expect(forYou.products.map((p) => p.id)).not.toContain('0-4');
    expect(forYou.products.some((p) => p.reason.includes('Running model 4'))).toBe(true);
  });

  it('lets a slot that allows repeats show what others show; a new visitor\'s list is popular and says so', async () => {
    const worker = new AisleWorker(null);
    await worker.init({ indexUrl: `${server.url}index/`, assetBase: server.url, model: 'none', storage: false });
    const [a, b, c] = await worker.recommendPage({ slots: [
      { key: 'a', strategy: 'trending', limit: 4 },
      { key: 'b', strategy: 'trending', limit: 4 },
      { key: 'c', strategy: 'trending', limit: 4, allowRepeats: true },
    ] });
    expect(a!.products.map((p) => p.id)).not.toEqual(expect.arrayContaining(b!.products.map((p) => p.id)));
    expect(c!.products.map((p) => p.id)).toEqual(a!.products.map((p) => p.id));
    const [home] = await worker.recommendPage({ slots: [{ key: 'home', strategy: 'for-you', limit: 4 }] });
    expect(home!.basis).toBe('popular');
    const [page] = await worker.recommendPage({ slots: [{ key: 'p', strategy: 'for-you', limit: 4 }], context: { productId: '0-2' } });
    expect(page!.basis).toBe('context');
    expect(page!.products.map((p) => p.id)).not.toContain('0-2');
  });
});
