// Shopper storage when what IndexedDB holds is not what the widget wrote: bad records are skipped and
// dropped one by one (never the store), repairable ones are repaired, meta values never throw, and a
// database taken away by another tab is reported once while recording goes on in memory.
// (The same faults in real Chromium: test/browser/hardening-storage.test.ts.)
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { checkChat, checkEvent, isPlainJson } from '../../src/worker/storage/check-record.ts';
import { DB_NAME, DB_VERSION, openIdbStore } from '../../src/worker/storage/idb-store.ts';
import { ResilientStore } from '../../src/worker/storage/resilient-store.ts';

afterEach(async () => {
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
});

/** Writes raw values into the widget's own stores, as a corrupting tab or a browser bug would. */
async function writeRaw(store: 'events' | 'chat', values: unknown[], meta: Record<string, unknown> = {}): Promise<void> {
  const idb = await openIdbStore();
  idb.close();
  const db = await openDB(DB_NAME, DB_VERSION);
  const tx = db.transaction([store, 'profile'], 'readwrite');
  for (const v of values) await tx.objectStore(store).add(v);
  for (const [k, v] of Object.entries(meta)) await tx.objectStore('profile').put(v, k);
  await tx.done;
  db.close();
}

async function countRaw(store: 'events' | 'chat'): Promise<number> {
  const db = await openDB(DB_NAME, DB_VERSION);
  const n = await db.count(store);
  db.close();
  return n;
}

const now = Date.now();

describe('records read back from IndexedDB', () => {
  it('skips and drops a null event (and other malformed ones), keeping every good event and the chat', async () => {
    await writeRaw('events', [
      { type: 'view', productId: 'a', at: now - 3 },
      null,
      { type: 'view', productId: 'b', at: now - 2 },
      { type: 'teleport', productId: 'c', at: now },
      { type: 'view', at: now },
      'view:d',
      { type: 'search', query: 'red shoes', at: now - 1 },
    ]);
    await writeRaw('chat', [{ role: 'shopper', text: 'hi', at: now }]);
    const notices: string[] = [];
    const degraded: string[] = [];
    const store = await ResilientStore.open({ persist: true, onNotice: (m) => notices.push(m), onDegraded: (m) => degraded.push(m) });
    expect(store.kind).toBe('indexeddb');
    expect((await store.events()).map((e) => e.productId ?? e.query)).toEqual(['a', 'b', 'red shoes']);
    expect((await store.chat()).map((m) => m.text)).toEqual(['hi']);
    expect(notices).toEqual(["dropped 4 unreadable record(s) in this browser's Aisle storage; everything else was kept"]);
    expect(degraded).toEqual([]);
    store.close();
    // Dropped for good, so the next visit does not meet them again; the good ones are still there.
    expect(await countRaw('events')).toBe(3);
    const again = await ResilientStore.open({ persist: true, onNotice: (m) => notices.push(m) });
    expect((await again.events()).length).toBe(3);
    expect(notices).toHaveLength(1);
    again.close();
  });

  it('repairs chat records whose products are a string or hold null, drops a null message, and keeps plain-JSON extra fields', async () => {
    await writeRaw('chat', [
      null,
      { role: 'shopper', text: 'red shoes?', at: now - 4 },
      { role: 'assistant', text: 'Here you go', products: 'not a list', at: now - 3 },
      { role: 'assistant', text: 'Two picks', products: [null, { id: 'p1', title: 'Red shoe', price: 10, reason: '' }, { id: 7 }], at: now - 2 },
      { role: 'assistant', text: 'With state', at: now - 1, state: { topic: 'shoes', turns: [1, 2] }, when: new Date(0) },
      { role: 'robot', text: 'beep', at: now },
    ]);
    const store = await ResilientStore.open({ persist: true });
    const chat = await store.chat();
    expect(chat.map((m) => m.text)).toEqual(['red shoes?', 'Here you go', 'Two picks', 'With state']);
    expect(chat[1]!.products).toBeUndefined();
    expect(chat[2]!.products).toEqual([{ id: 'p1', title: 'Red shoe', price: 10, reason: '' }]);
    // A newer widget's optional field survives when it is plain JSON; a Date (not JSON) does not.
    expect(chat[3]).toEqual({ role: 'assistant', text: 'With state', at: now - 1, state: { topic: 'shoes', turns: [1, 2] } });
    store.close();
    expect(await countRaw('chat')).toBe(4);
  });

  it('never throws on a corrupted meta record: getMeta and getMetaJson return undefined', async () => {
    await writeRaw('events', [], { variant: { not: 'a string' }, state: '{"broken json', good: '{"topic":"shoes"}' });
    const store = await ResilientStore.open({ persist: true });
    expect(await store.getMeta('variant')).toBeUndefined();
    const isTopic = (v: unknown): v is { topic: string } => !!v && typeof (v as { topic?: unknown }).topic === 'string';
    expect(await store.getMetaJson('state', isTopic)).toBeUndefined();
    expect(await store.getMetaJson('good', isTopic)).toEqual({ topic: 'shoes' });
    expect(await store.getMetaJson('good', (v): v is number => typeof v === 'number')).toBeUndefined();
    await store.setMetaJson('state', { topic: 'bags' });
    expect(await store.getMetaJson('state', isTopic)).toEqual({ topic: 'bags' });
    store.close();
  });
});

describe('a database taken away', () => {
  it('reports once when another tab deletes the database, and keeps recording in memory', async () => {
    const degraded: string[] = [];
    const store = await ResilientStore.open({ persist: true, onDegraded: (m) => degraded.push(m) });
    await store.addEvent({ type: 'view', productId: 'before', at: Date.now() });
    // Another tab: the delete succeeds because the widget steps aside (versionchange), and says so.
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(DB_NAME);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
    await expect.poll(() => degraded.length).toBe(1);
    expect(degraded[0]).toMatch(/another tab deleted or upgraded the database; keeping shopper data in memory/);
    expect(store.kind).toBe('memory');
    await store.addEvent({ type: 'view', productId: 'after', at: Date.now() });
    expect((await store.events()).map((e) => e.productId)).toEqual(['before', 'after']);
    expect(degraded).toHaveLength(1);
  });

  it('does not delete a database another tab holds at a newer version: memory now, the data stays for later', async () => {
    const newer = await openDB(DB_NAME, 5, { upgrade: (db) => db.createObjectStore('events-v5') });
    newer.close();
    const degraded: string[] = [];
    const store = await ResilientStore.open({ persist: true, onDegraded: (m) => degraded.push(m) });
    expect(store.kind).toBe('memory');
    expect(degraded[0]).toMatch(/IndexedDB unavailable \(VersionError/);
    const list = await indexedDB.databases();
    expect(list.find((d) => d.name === DB_NAME)?.version).toBe(5);
  });
});

describe('record checks', () => {
  it('accept what the widget writes and nothing else', () => {
    expect(checkEvent({ type: 'cart', productId: 'x', quantity: 2, at: 1 })).toEqual({ type: 'cart', productId: 'x', quantity: 2, at: 1 });
    for (const bad of [undefined, 0, [], { type: 'view', productId: 'x' }, { type: 'view', productId: 'x', at: NaN }, { type: 'cart', productId: 'x', quantity: -1, at: 1 }, { type: 'search', at: 1 }]) {
      expect(checkEvent(bad)).toBeNull();
    }
    expect(checkChat({ role: 'shopper', text: 5, at: 1 })).toBeNull();
    expect(isPlainJson({ a: [1, 'b', null, { c: true }] })).toBe(true);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const notJson of [new Date(), new Map(), new Uint8Array(2), cycle, Infinity, () => 1]) expect(isPlainJson(notJson)).toBe(false);
  });

  it("keep a photo question's thumbnail, and drop a bad thumbnail but not its message", () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
    expect(checkChat({ role: 'shopper', text: 'Photo', at: 1, photo: { jpeg, width: 64, height: 48 } })?.photo).toEqual({ jpeg, width: 64, height: 48 });
    for (const bad of ['x', { jpeg: [1, 2], width: 1, height: 1 }, { jpeg, width: 0, height: 4 }, { jpeg: new Uint8Array(0), width: 1, height: 1 }]) {
      const checked = checkChat({ role: 'shopper', text: 'Photo', at: 1, photo: bad });
      expect(checked).toEqual({ role: 'shopper', text: 'Photo', at: 1 });
    }
  });
});
