// The demo shop's own script in real Chromium (no widget loaded): the cart badge follows Aisle's
// add-to-cart event, filters and search work, and GA4-style events reach window.dataLayer.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slugOfBreadcrumb } from '../../demo/catalog/catalog-categories.ts';
import { generateCatalog, type FeedProduct } from '../../demo/catalog/generate-catalog.ts';
import { ordersToCsv } from '../../demo/catalog/generate-orders.ts';
import { startDemoServers, type DemoServers } from '../../demo/server/start-servers.ts';
import { buildSite } from '../../demo/site/build-site.ts';
import { launch, type Session } from '../support/chromium.ts';

let dir: string;
let products: FeedProduct[];
let servers: DemoServers;
let session: Session;

type Pushed = { event?: string; ecommerce?: { value?: number; search_term?: string; items?: Array<{ item_id: string; quantity: number }> } };
const events = (page: Page) => page.evaluate(() => ((window as unknown as { dataLayer?: unknown[] }).dataLayer ?? []) as Pushed[]).then((all) => all.filter((e) => e.event));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aisle-demo-page-'));
  const catalog = generateCatalog({ products: 60, orders: 200, seed: 5 });
  products = catalog.products;
  for (const sub of ['data', 'widget', 'index']) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, 'data/products.json'), JSON.stringify(products));
  writeFileSync(join(dir, 'data/orders.csv'), ordersToCsv(catalog.orders));
  buildSite({ dataDir: join(dir, 'data'), outDir: join(dir, 'site') });
  // The widget folder is empty on purpose: this suite is about the shop, not Aisle.
  servers = await startDemoServers({ siteDir: join(dir, 'site'), widgetDir: join(dir, 'widget'), indexDir: join(dir, 'index') });
  session = await launch();
});

afterAll(async () => {
  await session?.dispose();
  await servers?.close();
  rmSync(dir, { recursive: true, force: true });
  expect(session.pageErrors).toEqual([]);
});

describe('the demo shop in Chromium', () => {
  it('adds to the cart from its button and from Aisle\'s aisle:add-to-cart event, with GA4 events', async () => {
    const page = await session.newPage();
    const p = products.find((x) => x.stock > 0)!;
    const other = products.find((x) => x.id !== p.id)!;
    await page.goto(new URL(`product/${p.id}.html`, servers.siteUrl).href);
    await expect.poll(() => events(page)).toEqual([expect.objectContaining({ event: 'view_item' })]);
    await page.click('[data-add-to-cart]');
    await expect.poll(() => page.locator('[data-cart-count]').textContent()).toBe('1');
    await page.evaluate((id) => window.dispatchEvent(new CustomEvent('aisle:add-to-cart', { detail: { productId: id, quantity: 2, source: 'chat' } })), other.id);
    await expect.poll(() => page.locator('[data-cart-count]').textContent()).toBe('3');
    // The GA4 push for the second add can follow the badge (the shop looks the product up first): wait for it.
    const addsOf = async () => (await events(page)).filter((e) => e.event === 'add_to_cart');
    await expect.poll(async () => (await addsOf()).map((e) => e.ecommerce?.items?.[0]?.item_id)).toEqual([p.id, other.id]);
    const adds = await addsOf();
    expect(adds[1]!.ecommerce!.value).toBeCloseTo(other.price * 2, 2);
    expect(await page.locator('[data-toast]').textContent()).toContain(other.title);
    await page.close();
  });

  it('shows the cart with its total, and checkout pushes a purchase and empties it', async () => {
    const page = await session.newPage();
    await page.goto(new URL('cart.html', servers.siteUrl).href);
    await expect.poll(() => page.locator('.cart-line').count()).toBe(2);
    const checkout = page.locator('[data-checkout]');
    await checkout.click();
    const purchase = (await events(page)).find((e) => e.event === 'purchase')!;
    const [a, b] = purchase.ecommerce!.items!;
    const price = (id: string) => products.find((x) => x.id === id)!.price;
    expect(purchase.ecommerce!.value).toBeCloseTo(price(a!.item_id) * a!.quantity + price(b!.item_id) * b!.quantity, 2);
    expect(await page.locator('[data-cart-count]').textContent()).toBe('0');
    expect(await page.evaluate(() => localStorage.getItem('aisle-demo-cart'))).toBe('[]');
    await page.close();
  });

  it('filters a category page by colour', async () => {
    const page = await session.newPage();
    const p = products[0]!;
    await page.goto(new URL(`category/${slugOfBreadcrumb(p.category)}.html`, servers.siteUrl).href);
    await page.locator(`.swatch:has(input[value="${p.colour}"])`).click();
    const visible = page.locator('[data-grid] .card:visible');
    const colours = await visible.evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.colour));
    expect(colours.length).toBe(products.filter((x) => x.category === p.category && x.colour === p.colour).length);
    expect(new Set(colours)).toEqual(new Set([p.colour]));
    expect(await page.locator('[data-shown]').textContent()).toBe(String(colours.length));
    await page.close();
  });

  it('searches by words and pushes a GA4 search event', async () => {
    const page = await session.newPage();
    const p = products[1]!;
    const q = `${p.brand.split(' ')[0]} ${p.colour}`;
    await page.goto(new URL(`search.html?q=${encodeURIComponent(q)}`, servers.siteUrl).href);
    await expect.poll(() => page.locator('[data-search-results] .card').count()).toBeGreaterThan(0);
    const hrefs = await page.locator('[data-search-results] .card').evaluateAll((cards) => cards.map((c) => c.getAttribute('href')));
    expect(hrefs).toContain(p.url);
    const text = (x: FeedProduct) => `${x.title} ${x.brand} ${x.category} ${x.colour} ${x.tags.join(' ')}`.toLowerCase();
    const expected = products.filter((x) => q.toLowerCase().split(' ').every((w) => text(x).includes(w)));
    expect(hrefs.length).toBe(expected.length);
    expect((await events(page)).find((e) => e.event === 'search')?.ecommerce?.search_term).toBe(q);
    await page.close();
  });

  it('answers Aisle\'s aisle:contact-human event with a toast', async () => {
    const page = await session.newPage();
    await page.goto(servers.siteUrl);
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('aisle:contact-human', { detail: { transcript: [] } })));
    await expect.poll(() => page.locator('[data-toast]').isVisible()).toBe(true);
    expect(await page.locator('[data-toast]').textContent()).toMatch(/person will reply by email/);
    await page.close();
  });
});
