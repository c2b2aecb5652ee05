// Browser suite for the built widget on a merchant's page: real Chromium loads dist/aisle.js from a
// second origin (as from a CDN) into the fixture pages, with an index written by the real CLI.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AisleApi } from '../../src/protocol/public-api.ts';
import type { ShopperProfile } from '../../src/protocol/worker-api.ts';
import { externalRequests, launch, type Session } from '../support/chromium.ts';
import { startWidgetFixture, watchConsole, widgetReady, type WidgetFixture } from '../support/widget-fixture.ts';

type ShopWindow = Window & { Aisle: AisleApi; shopKeys: string[]; dataLayer: unknown[] };

let shop: WidgetFixture;
let session: Session;

beforeAll(async () => {
  shop = await startWidgetFixture();
  session = await launch();
});

afterAll(async () => {
  await session?.dispose();
  await shop?.close();
});

/** The shopper's recorded events, as the page's API reports them. */
const events = (page: Page) => page.evaluate(() => (window as unknown as ShopWindow).Aisle.profile().then((p: ShopperProfile) => p.events.map((e) => ({ type: e.type, productId: e.productId, quantity: e.quantity }))));

describe('the widget on a merchant page', () => {
  it('is harmless when the tag is loaded twice: one launcher, one worker, the same window.Aisle', async () => {
    const page = await session.newPage();
    const log = watchConsole(page);
    await page.goto(shop.page('twice', { attrs: { model: 'none' } }));
    expect(await widgetReady(page)).toBe('ready');
    await page.locator('[data-aisle-root] .launcher').waitFor();
    // A third copy, injected late (a tag manager firing again), changes nothing either.
    await page.evaluate(() => {
      const w = window as unknown as ShopWindow & { firstAisle: AisleApi };
      w.firstAisle = w.Aisle;
      return new Promise((resolve) => {
        const s = document.createElement('script');
        s.src = document.querySelector<HTMLScriptElement>('script[src$="aisle.js"]')!.src;
        s.onload = resolve;
        document.body.appendChild(s);
      });
    });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { firstAisle: AisleApi }).firstAisle === (window as unknown as ShopWindow).Aisle)).toBe(true);
    expect(await page.locator('[data-aisle-root]').count()).toBe(1);
    expect(page.workers()).toHaveLength(1);
    expect(log.errors).toEqual([]);
    expect(log.warnings).toEqual([]);
    await page.close();
  });

  it('leaks nothing into the page: one new global, no styles, page styles and key shortcuts untouched', async () => {
    const page = await session.newPage();
    await page.addInitScript(() => Object.defineProperty(window, 'keysBefore', { value: Object.keys(window), enumerable: false }));
    const log = watchConsole(page);
    await page.goto(shop.page('shop', { attrs: { model: 'none' } }));
    const styleOf = () => page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('h1.shop-title')!);
      return { color: s.color, size: s.fontSize, font: getComputedStyle(document.body).fontFamily, margin: s.margin, sheets: document.querySelectorAll('style, link').length };
    });
    const before = await styleOf();
    expect(await widgetReady(page)).toBe('ready');
    await page.evaluate(() => (window as unknown as ShopWindow).Aisle.open());
    await page.locator('[data-aisle-root] #aisle-tab-chat').click();
    const input = page.locator('[data-aisle-root] .chat-input');
    await input.click();
    await input.pressSequentially('red shoes/s?');
    expect(await page.evaluate(() => (window as unknown as ShopWindow).shopKeys)).toEqual([]);
    const added = await page.evaluate(() => Object.keys(window).filter((k) => !(window as unknown as { keysBefore: string[] }).keysBefore.includes(k)));
    expect(added.filter((k) => k !== 'shopKeys')).toEqual(['Aisle']);
    expect(await styleOf()).toEqual(before);
    // The page's own listener still works outside the widget (so the empty list above means something).
    await page.locator('h1.shop-title').click();
    await page.keyboard.press('k');
    expect(await page.evaluate(() => (window as unknown as ShopWindow).shopKeys)).toEqual(['k']);
    // A dataLayer the page creates later (GTM after consent) is still followed.
    await page.evaluate(() => {
      const w = window as unknown as ShopWindow;
      w.dataLayer = w.dataLayer || [];
      w.dataLayer.push({ event: 'add_to_cart', ecommerce: { items: [{ item_id: '0-5' }] } });
    });
    await expect.poll(() => events(page)).toContainEqual({ type: 'cart', productId: '0-5' });
    await page.evaluate(() => (window as unknown as ShopWindow).Aisle.forget());
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('replays calls made through the pre-load snippet before the tag, in order', async () => {
    const page = await session.newPage();
    await page.goto(shop.page('queued', { attrs: { model: 'none' } }));
    await page.waitForFunction(() => {
      const q = (window as unknown as { queued: Record<string, unknown> }).queued;
      return q.track && q.similar && q.viewed;
    });
    const queued = await page.evaluate(() => (window as unknown as { queued: { track: string; similar: string[]; viewed: string[] } }).queued);
    expect(queued.track).toBe('done');
    // The snippet's own `ready` promise settles with the widget's.
    await page.waitForFunction(() => (window as unknown as { queued: { ready?: string } }).queued.ready === 'resolved');
    expect(queued.viewed).toEqual(['1-4']);
    expect(queued.similar).toHaveLength(3);
    expect(queued.similar).not.toContain('1-4');
    for (const id of queued.similar) expect(shop.feed.find((p) => p.id === id)?.category).toBe('Bags > Backpacks');
    await page.evaluate(() => (window as unknown as ShopWindow).Aisle.forget());
    await page.close();
  });

  it('tells the page through Aisle.on and an aisle:add-to-cart event when the shopper adds a card to the cart', async () => {
    const page = await session.newPage();
    await page.goto(shop.page('shop', { attrs: { model: 'none' } }));
    expect(await widgetReady(page)).toBe('ready');
    await page.evaluate(() => {
      const w = window as unknown as ShopWindow & { carted: unknown[] };
      w.carted = [];
      w.Aisle.on('add-to-cart', (detail) => w.carted.push({ via: 'on', ...detail }));
      addEventListener('aisle:add-to-cart', (e) => w.carted.push({ via: 'event', ...(e as CustomEvent<object>).detail }));
      return w.Aisle.open();
    });
    const card = page.locator('[data-aisle-root] .card').first();
    const id = await card.getAttribute('data-product-id');
    expect(shop.feed.map((p) => p.id)).toContain(id);
    await card.locator('.btn-primary').click();
    const carted = await page.evaluate(() => (window as unknown as { carted: unknown[] }).carted);
    expect(carted).toEqual([
      { via: 'on', productId: id, quantity: 1, source: 'panel' },
      { via: 'event', productId: id, quantity: 1, source: 'panel' },
    ]);
    // The widget also remembers it for "for you" (the shop's cart is the page's business).
    await expect.poll(() => events(page)).toContainEqual({ type: 'cart', productId: id, quantity: 1 });
    await page.evaluate(() => (window as unknown as ShopWindow).Aisle.forget());
    await page.close();
  });

  it('records schema.org Product JSON-LD as a view and a GA4 dataLayer add_to_cart as a cart event', async () => {
    const page = await session.newPage();
    await page.goto(shop.page('product', { attrs: { model: 'none' } }));
    expect(await widgetReady(page)).toBe('ready');
    await expect.poll(() => events(page)).toContainEqual({ type: 'view', productId: '1-1' });
    await page.locator('#add').click();
    await expect.poll(() => events(page)).toContainEqual({ type: 'cart', productId: '3-0', quantity: 2 });
    // Counted once each: the page's own analytics push is not mistaken for more events.
    expect((await events(page)).length).toBe(2);
    await page.evaluate(() => (window as unknown as ShopWindow).Aisle.forget());
    await page.close();
  });

  it('takes its accent colour and position from the tag', async () => {
    const page = await session.newPage();
    await page.goto(shop.page('shop', { attrs: { model: 'none', accent: '#c0392b', position: 'bottom-left' } }));
    expect(await widgetReady(page)).toBe('ready');
    const launcher = page.locator('[data-aisle-root] .launcher');
    await launcher.waitFor();
    expect(await launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(192, 57, 43)');
    const box = (await launcher.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeLessThan(100);
    expect(viewport.height - (box.y + box.height)).toBeLessThan(100);
    // And at run time, through the API.
    await page.evaluate(() => (window as unknown as ShopWindow).Aisle.configure({ accent: 'rgb(20, 100, 200)', position: 'bottom-right' }));
    await expect.poll(() => launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(20, 100, 200)');
    expect((await launcher.boundingBox())!.x).toBeGreaterThan(viewport.width / 2);
    expect(await page.locator('[data-aisle-root]').count()).toBe(1);
    await page.close();
  });

  it('shows no launcher with data-launcher="false", and still opens the panel from the page', async () => {
    const page = await session.newPage();
    await page.goto(shop.page('shop', { attrs: { model: 'none', launcher: 'false' } }));
    expect(await widgetReady(page)).toBe('ready');
    await page.evaluate(() => (window as unknown as ShopWindow).Aisle.open());
    await page.locator('[data-aisle-root] .panel .card').first().waitFor();
    expect(await page.locator('[data-aisle-root] .launcher').count()).toBe(0);
    await page.close();
  });

  for (const [what, index] of [
    ['a missing index (404)', 'missing-index/'],
    ['a broken manifest', 'broken-index/'],
  ] as const) {
    it(`keeps the page working with ${what}: one warning, no uncaught error, ready rejects saying what to do`, async () => {
      const page = await session.newPage();
      const log = watchConsole(page);
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(String(e)));
      await page.goto(shop.page('shop', { attrs: { index: `${shop.assets.url}${index}` } }));
      const outcome = await widgetReady(page);
      expect(outcome).not.toBe('ready');
      expect(outcome).toContain('manifest.json');
      expect(outcome).toMatch(/data-index|aisle build/);
      await page.waitForTimeout(300);
      expect(log.warnings).toHaveLength(1);
      expect(log.warnings[0]).toContain('[aisle]');
      expect(pageErrors).toEqual([]);
      // The shop's own script still runs, and later calls reject instead of hanging.
      await page.keyboard.press('x');
      expect(await page.evaluate(() => (window as unknown as ShopWindow).shopKeys)).toEqual(['x']);
      const later = await page.evaluate(() => (window as unknown as ShopWindow).Aisle.recommend({ strategy: 'trending' }).then(() => 'resolved', (e: Error) => e.message));
      expect(later).toBe(outcome);
      await page.close();
    });
  }

  it('made no request outside 127.0.0.1', () => {
    expect(session.requests.length).toBeGreaterThan(10);
    expect(externalRequests(session.requests)).toEqual([]);
  });
});
