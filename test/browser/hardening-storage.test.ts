// Hardening, real Chromium: the built widget when its IndexedDB is corrupted, full, or deleted from
// another tab. Nothing stored may be lost, no stored record may block the widget, and a storage
// failure is one `[aisle]` warning and one `degraded` event while recording goes on in memory.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { aisle, aisleWarnings, chatTurn, hardeningSuite } from '../support/hardening-fixture.ts';
import { watchConsole, widgetReady } from '../support/widget-fixture.ts';

const suite = hardeningSuite('storage');
const { rec } = suite;

/** A tab of the shop without the widget, for reaching the origin's IndexedDB from outside. */
async function otherTab(): Promise<Page> {
  const page = await suite.browser.session.newPage();
  await page.goto(suite.fx.shop.page('hardening-other-tab'));
  return page;
}

beforeEach(async () => {
  // Each test starts from an empty origin.
  const tab = await otherTab();
  await tab.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.deleteDatabase('aisle');
    req.onsuccess = req.onerror = req.onblocked = () => resolve(undefined);
  }));
  await tab.close();
});

interface Watched {
  page: Page;
  log: ReturnType<typeof watchConsole>;
  pageErrors: string[];
  degraded: () => Promise<Array<{ via: string; reason: string }>>;
}

async function openShop(): Promise<Watched> {
  const page = await suite.browser.session.newPage();
  const log = watchConsole(page);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  // Both ways a page hears of it: the DOM event (registered before the widget loads) and Aisle.on.
  await page.addInitScript(() => {
    const seen: Array<{ via: string; reason: string }> = [];
    Object.defineProperty(window, '__degraded', { value: seen });
    addEventListener('aisle:degraded', (e) => seen.push({ via: 'event', reason: (e as CustomEvent<{ reason: string }>).detail.reason }));
  });
  await page.goto(suite.fx.shop.page('hardening', { attrs: { model: 'none' } }));
  const watched: Watched = { page, log, pageErrors, degraded: () => page.evaluate(() => (window as unknown as { __degraded: Array<{ via: string; reason: string }> }).__degraded.slice()) };
  return watched;
}

const ids = ['0-1', '0-2', '0-3', '1-1', '1-2', '1-3', '2-1', '2-2', '2-3', '3-1', '3-2'];

describe('corrupted records', () => {
  it('a null event, null chat messages and chat products that are a string or hold null are skipped, never the store', async () => {
    const name = 'corrupted records (reload)';
    const first = await openShop();
    expect(await widgetReady(first.page)).toBe('ready');
    for (const id of ids) await first.page.evaluate((pid) => (window as unknown as { Aisle: { track(e: object): Promise<void> } }).Aisle.track({ type: 'view', productId: pid }), id);
    await chatTurn(first.page, 'red running shoes');
    // Corrupt the origin's database from another tab, the way a foreign script or a bug would.
    const tab = await otherTab();
    await tab.evaluate(() => new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('aisle');
      req.onsuccess = () => {
        const db = req.result;
        const tx = db.transaction(['events', 'chat', 'profile'], 'readwrite');
        tx.objectStore('events').add(null);
        tx.objectStore('chat').add(null);
        tx.objectStore('chat').add({ role: 'assistant', text: 'a string for products', products: 'p1', at: Date.now() });
        tx.objectStore('chat').add({ role: 'assistant', text: 'a null product', products: [null], at: Date.now() + 1 });
        tx.objectStore('profile').put({ not: 'a string' }, 'variant');
        tx.oncomplete = () => (db.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
      req.onerror = () => reject(req.error);
    }));
    await tab.close();
    for (const fault of ['null event record', 'null chat record', 'chat products a string', 'chat products holding null', 'meta record not a string']) rec.fault(fault, true);
    await first.page.close();

    const again = await openShop();
    await rec.check(name, 'ready after the corruption', async () => expect(await widgetReady(again.page)).toBe('ready'));
    await rec.check(name, 'all 11 events and the conversation kept', async () => {
      const profile = await aisle(again.page, (a) => a.profile());
      expect(profile.storage).toBe('indexeddb');
      expect(profile.events.map((e) => e.productId).filter((id) => ids.includes(id!))).toEqual(ids);
      const texts = profile.chat.map((m) => m.text);
      expect(texts[0]).toBe('red running shoes');
      expect(texts).toContain('a string for products');
      expect(texts).toContain('a null product');
    });
    await rec.check(name, 'Aisle.ask answers across the reload', async () => {
      const answer = await aisle(again.page, (a) => a.ask('blue backpacks'));
      expect(answer.products.length).toBeGreaterThan(0);
    });
    await rec.check(name, 'the chat shows the repaired messages; Your data renders with its Erase button', async () => {
      await aisle(again.page, (a) => a.open());
      await again.page.locator('[data-aisle-root] #aisle-tab-chat').click();
      await expect.poll(() => again.page.locator('[data-aisle-root] .chat-log').innerText()).toContain('a null product');
      await again.page.locator('[data-aisle-root] #aisle-tab-data').click();
      await again.page.locator('[data-aisle-root] .data .events li').first().waitFor();
      expect(await again.page.locator('[data-aisle-root] .data .btn-danger').isVisible()).toBe(true);
    });
    await rec.check(name, 'one [aisle] notice of what was dropped, no degraded event, no page error', async () => {
      expect(aisleWarnings(again.log.warnings)).toHaveLength(1);
      expect(aisleWarnings(again.log.warnings)[0]).toMatch(/dropped 2 and repaired 2 unreadable record/);
      expect(await again.degraded()).toEqual([]);
      expect(again.pageErrors).toEqual([]);
      expect(again.log.errors).toEqual([]);
    });
    await rec.check(name, 'dropped for good: a third load finds nothing to drop', async () => {
      await again.page.close();
      const third = await openShop();
      expect(await widgetReady(third.page)).toBe('ready');
      expect((await aisle(third.page, (a) => a.profile())).events.length).toBeGreaterThanOrEqual(ids.length);
      expect(aisleWarnings(third.log.warnings)).toEqual([]);
      await third.page.close();
    });
  });
});

describe('storage failing mid-visit', () => {
  it('quota exhausted: one warning, one degraded event, and new events kept in memory', async () => {
    const name = 'quota exhausted mid-visit';
    const shop = await openShop();
    expect(await widgetReady(shop.page)).toBe('ready');
    await aisle(shop.page, (a) => a.track({ type: 'view', productId: '0-1' }));
    // The quota error, injected where the browser raises it: every write of the worker's IndexedDB now
    // throws QuotaExceededError. (A real quota cannot be set here: Chromium 156 accepts CDP's
    // Storage.overrideQuotaForOrigin but neither estimate() nor writes follow it; filling a real disk
    // needs a small tmpfs, i.e. root and mount.)
    const worker = shop.page.workers().find((w) => /blob:|worker-/.test(w.url()));
    expect(worker).toBeDefined();
    await worker!.evaluate(() => {
      const full = () => {
        throw new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.add = full;
      IDBObjectStore.prototype.put = full;
    });
    try {
      for (const id of ['0-2', '0-3', '1-1']) await shop.page.evaluate((pid) => (window as unknown as { Aisle: { track(e: object): Promise<void> } }).Aisle.track({ type: 'view', productId: pid }), id);
      await rec.check(name, 'one degraded event and one [aisle] warning, naming the cause', async () => {
        await expect.poll(() => shop.degraded().then((d) => d.length)).toBe(1);
        expect((await shop.degraded())[0]!.reason).toMatch(/Quota|quota/);
        expect(aisleWarnings(shop.log.warnings)).toHaveLength(1);
      });
      await rec.check(name, 'recording goes on in memory, nothing of this visit lost', async () => {
        const profile = await aisle(shop.page, (a) => a.profile());
        expect(profile.storage).toBe('memory');
        expect(profile.events.map((e) => e.productId)).toEqual(['0-1', '0-2', '0-3', '1-1']);
        expect((await aisle(shop.page, (a) => a.recommend({ strategy: 'for-you', limit: 3 }))).length).toBe(3);
      });
      await rec.check(name, 'no page error', () => expect(shop.pageErrors).toEqual([]));
      rec.fault('quota exhausted mid-visit', shop.pageErrors.length === 0);
    } finally {
      await shop.page.close();
    }
  });

  it('database deleted from another tab: one warning, one degraded event, and recording goes on in memory', async () => {
    const name = 'database deleted from another tab';
    const shop = await openShop();
    expect(await widgetReady(shop.page)).toBe('ready');
    await aisle(shop.page, (a) => a.track({ type: 'view', productId: '0-1' }));
    const tab = await otherTab();
    // Completes only because the widget steps aside (versionchange), instead of blocking the other tab.
    await rec.check(name, 'the other tab can delete it (the widget steps aside)', async () => {
      const outcome = await tab.evaluate(() => new Promise<string>((resolve) => {
        const req = indexedDB.deleteDatabase('aisle');
        req.onsuccess = () => resolve('deleted');
        req.onerror = () => resolve('error');
        req.onblocked = () => setTimeout(() => resolve('blocked'), 2000);
      }));
      expect(outcome).toBe('deleted');
    });
    await tab.close();
    await aisle(shop.page, (a) => a.track({ type: 'view', productId: '2-2' }));
    await rec.check(name, 'one degraded event and one [aisle] warning', async () => {
      await expect.poll(() => shop.degraded().then((d) => d.length)).toBe(1);
      expect((await shop.degraded())[0]!.reason).toMatch(/another tab deleted or upgraded the database/);
      expect(aisleWarnings(shop.log.warnings)).toHaveLength(1);
    });
    await rec.check(name, 'recording goes on in memory', async () => {
      const profile = await aisle(shop.page, (a) => a.profile());
      expect(profile.storage).toBe('memory');
      expect(profile.events.map((e) => e.productId)).toEqual(['0-1', '2-2']);
    });
    await rec.check(name, 'no page error', () => expect(shop.pageErrors).toEqual([]));
    rec.fault('database deleted from another tab', shop.pageErrors.length === 0);
    await shop.page.close();
  });
});
