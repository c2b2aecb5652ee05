// Browser suite for the built widget when the page or the browser takes something away: no storage
// consent, an IndexedDB that will not open, a CSP that forbids WebAssembly; and the model download,
// which must wait for the shopper to type. Real Chromium, the real dist/, an index from the real CLI.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AisleApi } from '../../src/protocol/public-api.ts';
import { externalRequests, launch, type Session } from '../support/chromium.ts';
import { startWidgetFixture, watchConsole, widgetReady, type WidgetFixture } from '../support/widget-fixture.ts';

type ShopWindow = Window & { Aisle: AisleApi };

let shop: WidgetFixture;

beforeAll(async () => {
  shop = await startWidgetFixture();
});

afterAll(async () => {
  await shop?.close();
});

const aisle = <T>(page: Page, call: (a: AisleApi) => Promise<T>): Promise<T> =>
  page.evaluate(`(${call.toString()})(window.Aisle)`) as Promise<T>;

const databases = (page: Page) => page.evaluate(() => indexedDB.databases().then((list) => list.map((d) => d.name)));

/** Types into the chat input of the open panel and sends, then waits for the assistant's answer. */
async function chat(page: Page, text: string): Promise<void> {
  await page.evaluate(() => (window as unknown as ShopWindow).Aisle.open());
  await page.locator('[data-aisle-root] #aisle-tab-chat').click();
  const input = page.locator('[data-aisle-root] .chat-input');
  await input.pressSequentially(text);
  await input.press('Enter');
}

describe('the widget without storage or WebAssembly', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.dispose();
  });

  it('keeps everything in memory with data-storage="false": nothing in IndexedDB, nothing after a reload', async () => {
    const page = await session.newPage();
    await page.goto(shop.page('shop', { attrs: { model: 'none', storage: 'false' } }));
    expect(await widgetReady(page)).toBe('ready');
    await aisle(page, (a) => a.track({ type: 'view', productId: '0-3' }));
    const profile = await aisle(page, (a) => a.profile());
    expect(profile.storage).toBe('memory');
    expect(profile.events.map((e) => e.productId)).toEqual(['0-3']);
    await page.reload();
    expect(await widgetReady(page)).toBe('ready');
    expect((await aisle(page, (a) => a.profile())).events).toEqual([]);
    expect(await databases(page)).not.toContain('aisle');
    await page.close();
  });

  it('starts styled, recommends and answers lexically under a CSP without wasm-unsafe-eval or inline styles, with one warning about the model', async () => {
    const page = await session.newPage();
    const log = watchConsole(page);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    const assets = shop.assets.url.replace(/\/$/, '');
    const csp = `default-src 'self'; script-src 'self' 'unsafe-inline' ${assets} blob:; worker-src blob: ${assets}; connect-src ${assets}; img-src 'self' data:; style-src 'self'`;
    await page.goto(shop.page('shop', { headers: { 'Content-Security-Policy': csp } }));
    expect(await widgetReady(page)).toBe('ready');
    const trending = await aisle(page, (a) => a.recommend({ strategy: 'trending', limit: 4 }));
    expect(trending).toHaveLength(4);
    // Styled although the CSP allows no inline styles: the UI's sheets are constructed, not <style>.
    const launcher = page.locator('[data-aisle-root] .launcher');
    await launcher.waitFor();
    expect(await launcher.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    await chat(page, 'red running shoes');
    // The shopper sees an answer with products although the model could not start.
    await page.locator('[data-aisle-root] .tabpanel-chat .card').first().waitFor({ timeout: 20_000 });
    const answer = await aisle(page, (a) => a.ask('blue backpacks'));
    expect(answer.products.length).toBeGreaterThan(0);
    for (const p of answer.products) expect(shop.feed.find((f) => f.id === p.id)).toMatchObject({ colour: 'blue', category: 'Bags > Backpacks' });
    await expect.poll(() => page.locator('[data-aisle-root] .chat').innerText()).toContain('Smart search is off');
    await expect.poll(() => log.warnings.filter((w) => /model/i.test(w)).length).toBe(1);
    // It names the cause, so the merchant knows which CSP source to add.
    expect(log.warnings[0]).toContain('Content Security');
    expect(log.warnings.filter((w) => w.includes('[aisle]'))).toHaveLength(1);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('the widget when IndexedDB will not open', () => {
  it('falls back to memory and still recommends when another tab holds the database at a newer version', async () => {
    const session = await launch();
    try {
      const holder = await session.newPage();
      await holder.goto(shop.page('db-holder'));
      await holder.waitForSelector('html[data-holding]');
      const page = await session.newPage();
      const log = watchConsole(page);
      await page.goto(shop.page('shop', { attrs: { model: 'none' } }));
      expect(await widgetReady(page)).toBe('ready');
      const trending = await aisle(page, (a) => a.recommend({ strategy: 'trending', limit: 4 }));
      expect(trending).toHaveLength(4);
      await aisle(page, (a) => a.track({ type: 'view', productId: '1-2' }));
      const profile = await aisle(page, (a) => a.profile());
      expect(profile.storage).toBe('memory');
      expect(profile.events.map((e) => e.productId)).toEqual(['1-2']);
      expect(log.warnings.some((w) => w.includes('IndexedDB'))).toBe(true);
      expect(session.pageErrors).toEqual([]);
    } finally {
      await session.dispose();
    }
  });
});

describe('the model', () => {
  it('downloads only once the shopper types, and answers from the catalog after it; nothing leaves 127.0.0.1', async () => {
    const session = await launch();
    try {
      const page = await session.newPage();
      await page.goto(shop.page('shop'));
      expect(await widgetReady(page)).toBe('ready');
      await aisle(page, (a) => a.recommend({ strategy: 'for-you', limit: 4 }));
      const modelRequests = () => session.requests.filter((u) => u.startsWith(shop.assets.url) && /\/(models|ort)\//.test(u));
      await page.waitForTimeout(500);
      expect(modelRequests()).toEqual([]);
      await chat(page, 'coffee');
      await expect.poll(() => modelRequests().some((u) => u.includes('/models/')), { timeout: 15_000 }).toBe(true);
      await expect.poll(() => modelRequests().some((u) => u.includes('/ort/')), { timeout: 15_000 }).toBe(true);
      // Loaded for real: the warm-up line goes away, and it is not the "smart search is off" one.
      const chatText = () => page.locator('[data-aisle-root] .chat').innerText();
      await expect.poll(chatText, { timeout: 30_000 }).not.toContain('Preparing smart search');
      expect(await chatText()).not.toContain('Smart search is off');
      const answer = await aisle(page, (a) => a.ask('something for my morning espresso'));
      expect(answer.products.length).toBeGreaterThan(0);
      for (const p of answer.products) expect(shop.feed.map((f) => f.id)).toContain(p.id);
      expect(externalRequests(session.requests)).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    } finally {
      await session.dispose();
    }
  });
});
