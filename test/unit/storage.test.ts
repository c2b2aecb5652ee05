import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ResilientStore } from '../../src/worker/storage/resilient-store.ts';
import { MemoryStore } from '../../src/worker/storage/memory-store.ts';
import { DB_NAME } from '../../src/worker/storage/idb-store.ts';
import type { StoredEvent } from '../../src/protocol/events.ts';

const view = (productId: string, at = Date.now()): StoredEvent => ({ type: 'view', productId, at });

afterEach(async () => {
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
});

describe('shopper storage', () => {
  it('persists events and chat in IndexedDB across reopen', async () => {
    const store = await ResilientStore.open({ persist: true });
    expect(store.kind).toBe('indexeddb');
    await store.addEvent(view('p1'));
    await store.addChat({ role: 'shopper', text: 'hello', at: Date.now() });
    store.close();
    const again = await ResilientStore.open({ persist: true });
    expect((await again.events()).map((e) => e.productId)).toEqual(['p1']);
    expect((await again.chat())[0]?.text).toBe('hello');
    again.close();
  });

  it('bounds events by count and by age', async () => {
    const limits = { maxEvents: 3, maxEventAgeMs: 1000, maxChat: 2 };
    const store = await ResilientStore.open({ persist: true, limits });
    const now = Date.now();
    await store.addEvent(view('old', now - 5000));
    for (const id of ['a', 'b', 'c', 'd']) await store.addEvent(view(id, now));
    expect((await store.events()).map((e) => e.productId)).toEqual(['b', 'c', 'd']);
    store.close();
    const again = await ResilientStore.open({ persist: true, limits });
    expect((await again.events()).map((e) => e.productId)).toEqual(['b', 'c', 'd']);
    again.close();
  });

  it('forgets everything on clear', async () => {
    const store = await ResilientStore.open({ persist: true });
    await store.addEvent(view('p1'));
    await store.setMeta('variant', 'B');
    await store.clear();
    store.close();
    const again = await ResilientStore.open({ persist: true });
    expect(await again.events()).toEqual([]);
    expect(await again.getMeta('variant')).toBeUndefined();
    again.close();
  });

  it('works in memory when storage is turned off, and never touches IndexedDB', async () => {
    const store = await ResilientStore.open({ persist: false });
    expect(store.kind).toBe('memory');
    await store.addEvent(view('p9'));
    expect((await store.events()).length).toBe(1);
    const reopened = await ResilientStore.open({ persist: true });
    expect(await reopened.events()).toEqual([]);
    reopened.close();
  });

  it('falls back to memory without losing data when IndexedDB fails mid-visit', async () => {
    const reasons: string[] = [];
    const store = await ResilientStore.open({ persist: true, onDegraded: (r) => reasons.push(r) });
    await store.addEvent(view('before'));
    // Simulate a lost connection: the database closes under the store.
    (store as unknown as { persistent: { close(): void } }).persistent.close();
    await store.addEvent(view('after'));
    expect(store.kind).toBe('memory');
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/IndexedDB failed .*memory/);
    expect((await store.events()).map((e) => e.productId)).toEqual(['before', 'after']);
  });

  it('falls back to memory when IndexedDB is missing altogether', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: simulate a context without IndexedDB (some private modes, sandboxed frames)
    delete globalThis.indexedDB;
    try {
      const reasons: string[] = [];
      const store = await ResilientStore.open({ persist: true, onDegraded: (r) => reasons.push(r) });
      expect(store.kind).toBe('memory');
      expect(reasons[0]).toContain('IndexedDB unavailable');
      await store.addEvent(view('p1'));
      expect((await store.events()).length).toBe(1);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('memory store keeps the newest chat messages within the cap', async () => {
    const store = new MemoryStore({ maxEvents: 10, maxEventAgeMs: 1e9, maxChat: 2 });
    for (const text of ['1', '2', '3']) await store.addChat({ role: 'shopper', text, at: Date.now() });
    expect((await store.chat()).map((m) => m.text)).toEqual(['2', '3']);
  });
});
