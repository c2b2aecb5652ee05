// End to end, as a shopper meets it: the demo shop (site origin) embeds the built widget from a second
// origin (as from a CDN), with the index the project's CLI built from the demo's generated catalog.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type DemoServers } from '../support/demo-servers.ts';
import { externalRequests, launch, type Session } from '../support/chromium.ts';

const root = resolve(import.meta.dirname, '../..');
interface FeedProduct { id: string; title: string; price: number; category: string; colour?: string; color?: string }
const feed = JSON.parse(readFileSync(join(root, 'demo/dist/data/products.json'), 'utf8')) as FeedProduct[];
const byId = new Map(feed.map((p) => [p.id, p]));
const leaf = (p: FeedProduct) => p.category.split('>').pop()!.trim();

type AisleWindow = Window & { Aisle: import('../../src/protocol/public-api.ts').AisleApi };

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => 'Aisle' in window);
  await page.evaluate(() => (window as unknown as AisleWindow).Aisle.ready);
}

let demo: DemoServers;
let profileDir: string;
let session: Session;
const allRequests: string[] = [];
const allErrors: string[] = [];

beforeAll(async () => {
  demo = await startDemo();
  profileDir = mkdtempSync(join(tmpdir(), 'aisle-e2e-profile-'));
  session = await launch({ profileDir });
});

afterAll(async () => {
  await session?.close().catch(() => undefined);
  await demo?.close();
  rmSync(profileDir, { recursive: true, force: true });
  // Checked once more over every browser session of the suite.
  expect(externalRequests(allRequests)).toEqual([]);
  expect(allErrors).toEqual([]);
});

function collect(s: Session): void {
  allRequests.push(...s.requests);
  allErrors.push(...s.consoleErrors, ...s.pageErrors);
}

describe('the demo shop with the widget served from another origin', () => {
  it('mounts the widget and paints recommendations in the page slots', async () => {
    const page = await session.newPage();
    await page.goto(demo.siteUrl);
    await ready(page);
    expect(new URL(demo.assetUrl).origin).not.toBe(new URL(demo.siteUrl).origin);
    const launcher = page.locator('[data-aisle-root] button').first();
    await expect.poll(() => launcher.isVisible()).toBe(true);
    const cards = page.locator('[data-aisle-slot] [data-product-id]');
    await expect.poll(() => cards.count(), { timeout: 10_000 }).toBeGreaterThan(2);
    await page.close();
  });

  it('moves "For you" toward a category after viewing three of its products', async () => {
    const page = await session.newPage();
    await page.goto(demo.siteUrl);
    await ready(page);
    const before = await page.evaluate(() => (window as unknown as AisleWindow).Aisle.recommend({ strategy: 'for-you', limit: 8 }));
    // The least represented category in the cold-start list, so the move is not an accident.
    const counts = new Map<string, number>();
    for (const p of feed) counts.set(leaf(p), 0);
    for (const r of before) counts.set(leaf(byId.get(r.id)!), (counts.get(leaf(byId.get(r.id)!)) ?? 0) + 1);
    const target = [...counts.entries()].sort((a, b) => a[1] - b[1])[0]![0];
    const viewed = feed.filter((p) => leaf(p) === target).slice(0, 3);
    for (const p of viewed) {
      // Product pages carry schema.org JSON-LD: the widget records the view with no merchant code.
      await page.goto(new URL(`product/${encodeURIComponent(p.id)}.html`, demo.siteUrl).href);
      await ready(page);
      await expect.poll(async () => (await page.evaluate(() => (window as unknown as AisleWindow).Aisle.profile())).events.filter((e) => e.type === 'view').length).toBeGreaterThanOrEqual(viewed.indexOf(p) + 1);
    }
    const after = await page.evaluate(() => (window as unknown as AisleWindow).Aisle.recommend({ strategy: 'for-you', limit: 8 }));
    const share = (list: Array<{ id: string }>) => list.filter((r) => leaf(byId.get(r.id)!) === target).length;
    expect(share(after)).toBeGreaterThanOrEqual(4);
    expect(share(after)).toBeGreaterThan(share(before));
    for (const r of after) expect(r.reason.length).toBeGreaterThan(0);
    await page.close();
  });

  it('keeps the shopper\'s events across a browser restart', async () => {
    collect(session);
    await session.close();
    session = await launch({ profileDir });
    const page = await session.newPage();
    await page.goto(demo.siteUrl);
    await ready(page);
    const profile = await page.evaluate(() => (window as unknown as AisleWindow).Aisle.profile());
    expect(profile.storage).toBe('indexeddb');
    expect(profile.events.filter((e) => e.type === 'view').length).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('answers a chat question with a colour, a category and a price limit from the catalog', async () => {
    const page = await session.newPage();
    await page.goto(demo.siteUrl);
    await ready(page);
    // A question the catalog can answer: the colour and category of a real product, a limit above its price.
    const sample = feed.find((p) => (p.colour ?? p.color) && p.price > 10)!;
    const colour = (sample.colour ?? sample.color)!.toLowerCase();
    const limit = Math.ceil(sample.price * 1.5);
    const category = leaf(sample).toLowerCase();
    const answer = await page.evaluate((q) => (window as unknown as AisleWindow).Aisle.ask(q), `${colour} ${category} under $${limit}`);
    expect(answer.products.length).toBeGreaterThan(0);
    for (const r of answer.products) {
      const p = byId.get(r.id)!;
      expect(p, `answer product ${r.id} must come from the catalog`).toBeTruthy();
      expect((p.colour ?? p.color ?? '').toLowerCase()).toContain(colour);
      expect(leaf(p).toLowerCase()).toBe(category);
      expect(p.price).toBeLessThanOrEqual(limit);
    }
    await page.close();
  });

  it('records a chat add-to-cart once, though the shop reports it again on its dataLayer', async () => {
    const page = await session.newPage();
    await page.goto(demo.siteUrl);
    await ready(page);
    await page.evaluate(() => (window as unknown as AisleWindow).Aisle.forget());
    await page.locator('[data-aisle-root] .launcher').click();
    await page.getByRole('tab', { name: 'Chat' }).click();
    const input = page.getByRole('textbox', { name: 'Your question' });
    await input.fill('running shoes');
    await input.press('Enter');
    const card = page.locator('[data-aisle-root] .msg-products article.card').first();
    await card.waitFor({ timeout: 30_000 });
    const id = (await card.getAttribute('data-product-id'))!;
    await card.locator('.btn-primary').click();
    type Layer = Window & { dataLayer?: Array<{ event?: string; ecommerce?: { items?: Array<{ item_id?: string }> } }> };
    // The shop added it and told its analytics: the echo the widget must not count again.
    await expect.poll(() => page.evaluate((pid) => ((window as Layer).dataLayer ?? []).filter((e) => e.event === 'add_to_cart' && e.ecommerce?.items?.some((i) => i.item_id === pid)).length, id)).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('aisle-demo-cart'))).toContain(id);
    // The shop's own add of another product is still one event.
    const other = feed.find((p) => p.id !== id)!.id;
    await page.evaluate((pid) => ((window as Layer).dataLayer ??= []).push({ event: 'add_to_cart', ecommerce: { items: [{ item_id: pid }] } }), other);
    const carts = () => page.evaluate(async () => (await (window as unknown as AisleWindow).Aisle.profile()).events.filter((e) => e.type === 'cart').map((e) => e.productId));
    await expect.poll(carts).toContain(other);
    await page.waitForTimeout(500);
    expect((await carts()).sort()).toEqual([id, other].sort());
    await page.close();
  });

  it('forget() empties the storage, and it stays empty after a reload', async () => {
    const page = await session.newPage();
    await page.goto(demo.siteUrl);
    await ready(page);
    await page.evaluate(() => (window as unknown as AisleWindow).Aisle.forget());
    await page.goto('about:blank');
    await page.goto(new URL('cart.html', demo.siteUrl).href);
    await ready(page);
    const profile = await page.evaluate(() => (window as unknown as AisleWindow).Aisle.profile());
    expect(profile.events).toEqual([]);
    expect(profile.chat).toEqual([]);
    await page.close();
    collect(session);
  });
});
