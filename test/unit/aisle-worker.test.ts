// The worker's API end to end in Node: a real index written by the real CLI, served over HTTP, the real
// engine and assistant, IndexedDB through fake-indexeddb. The browser suites repeat the key paths in Chromium.
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AisleWorker } from '../../src/worker/aisle-worker.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const CATEGORIES = ['Shoes > Running', 'Bags > Backpacks', 'Kitchen > Coffee'];
const COLOURS = ['red', 'blue', 'black', 'green'];
let dir: string;
let server: StaticServer;
let feed: Array<{ id: string; title: string; price: number; category: string; colour: string; brand: string }>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aisle-worker-'));
  feed = [];
  CATEGORIES.forEach((category, c) => {
    for (let i = 0; i < 12; i++) {
      const colour = COLOURS[i % COLOURS.length]!;
      const noun = category.split(' > ')[1]!.replace(/s$/, '');
      feed.push({ id: `${c}-${i}`, title: `${colour} ${noun} model ${i}`, price: 20 + i * 10, category, colour, brand: `Brand${i % 3}` });
    }
  });
  writeFileSync(join(dir, 'products.json'), JSON.stringify(feed));
  const orders = ['order_id,product_id'];
  for (let o = 0; o < 40; o++) orders.push(`${o},2-${o % 12}`, `${o},2-${(o + 1) % 12}`);
  writeFileSync(join(dir, 'orders.csv'), orders.join('\n'));
  execFileSync(process.execPath, ['src/cli/bin.js', 'build', '--feed', join(dir, 'products.json'), '--orders', join(dir, 'orders.csv'), '--currency', 'EUR', '--model', 'none', '--out', join(dir, 'index')], { stdio: 'pipe' });
  server = await serveStatic(dir);
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const start = async () => {
  const worker = new AisleWorker(null);
  const status = await worker.init({ indexUrl: `${server.url}index/`, assetBase: server.url, model: 'none', storage: true });
  return { worker, status };
};

describe('the worker API', () => {
  it('starts on a built index with persistent storage', async () => {
    const { worker, status } = await start();
    expect(status).toMatchObject({ products: 36, storage: 'indexeddb', model: 'disabled' });
    await worker.forget();
  });

  it('recommends trending products from the orders, with reasons', async () => {
    const { worker } = await start();
    const trending = await worker.recommend({ strategy: 'trending', limit: 4 });
    expect(trending).toHaveLength(4);
    expect(trending[0]!.category).toBe('Coffee');
    for (const r of trending) expect(r.reason.length).toBeGreaterThan(5);
  });

  it('moves for-you toward a category after three views in it, on the very next call', async () => {
    const { worker } = await start();
    for (const id of ['1-0', '1-3', '1-5']) await worker.track({ type: 'view', productId: id });
    const forYou = await worker.recommend({ strategy: 'for-you', limit: 6 });
    const inBags = forYou.filter((r) => r.category === 'Backpacks').length;
    expect(inBags).toBeGreaterThanOrEqual(4);
    expect(forYou.map((r) => r.id)).not.toContain('1-0');
    await worker.forget();
  });

  it('keeps events across a restart and erases them on forget', async () => {
    const first = await start();
    await first.worker.track({ type: 'view', productId: '0-1' });
    const second = await start();
    expect((await second.worker.profile()).events.map((e) => e.productId)).toContain('0-1');
    await second.worker.forget();
    const third = await start();
    const profile = await third.worker.profile();
    expect(profile.events).toEqual([]);
    expect(profile.chat).toEqual([]);
  });

  it('answers a chat question with colour, category and price limit from the catalog only', async () => {
    const { worker } = await start();
    const tokens: string[] = [];
    const answer = await worker.ask('red running shoes under 80 euros', (t) => tokens.push(t));
    expect(answer.products.length).toBeGreaterThan(0);
    for (const p of answer.products) {
      const source = feed.find((f) => f.id === p.id)!;
      expect(source.colour).toBe('red');
      expect(source.category).toBe('Shoes > Running');
      expect(source.price).toBeLessThanOrEqual(80);
    }
    expect(tokens.join('')).toBe(answer.text);
    expect((await worker.chatHistory()).length).toBe(2);
    await worker.forget();
  });

  it('continues a conversation after a restart, and starts afresh over a corrupted conversation record', async () => {
    const first = await start();
    const list = await first.worker.ask('backpacks');
    expect(list.products.length).toBeGreaterThan(1);
    const second = await start();
    const price = await second.worker.ask('how much is the second one?');
    const product = feed.find((f) => f.id === list.products[1]?.id)!;
    expect(price.text).toBe(`The ${product.title} costs €${product.price} and is in stock.`);
    // The chat is stored in the background; the history read waits for those writes.
    expect((await second.worker.chatHistory()).map((m) => m.text)).toContain(price.text);
    // Another tab, an old version or a broken disk left something that is not a conversation state.
    const { openIdbStore } = await import('../../src/worker/storage/idb-store.ts');
    const raw = await openIdbStore();
    await raw.setMeta('assistant-state', '{"version": 1, "lastResults": [42], "search": "?');
    raw.close();
    const third = await start();
    const fresh = await third.worker.ask('how much is the second one?');
    // Read as a new conversation: nothing to point at, so it asks which product, and never fails.
    expect(fresh.products).toEqual([]);
    expect(fresh.text).toMatch(/^Which product do you mean\?/);
    expect((await third.worker.ask('red coffee')).products.length).toBeGreaterThan(0);
    await third.worker.forget();
  });

  it('rejects a bad call with a named error and keeps working', async () => {
    const { worker } = await start();
    await expect(worker.track({ type: 'like' as never, productId: '1' })).rejects.toMatchObject({ name: 'AisleArgumentError' });
    expect((await worker.recommend({ strategy: 'similar', productId: '0-1', limit: 3 })).length).toBe(3);
  });

  it('assigns the hold-out group on the device, keeps it across visits, and shows that group nothing', async () => {
    const init = { indexUrl: `${server.url}index/`, assetBase: server.url, model: 'none', storage: true };
    const everyone = new AisleWorker(null);
    expect((await everyone.init({ ...init, holdout: 100 })).variant).toBe('holdout');
    expect(await everyone.recommend({ strategy: 'trending', limit: 4 })).toEqual([]);
    // Kept on the device: a later visit stays in its group even when the split changes.
    const later = new AisleWorker(null);
    expect((await later.init({ ...init, holdout: 1 })).variant).toBe('holdout');
    // forget() forgets the group too; without a hold-out everyone sees recommendations.
    await later.forget();
    const fresh = new AisleWorker(null);
    expect((await fresh.init(init)).variant).toBe('recommendations');
    expect((await fresh.recommend({ strategy: 'trending', limit: 4 })).length).toBe(4);
  });
});
