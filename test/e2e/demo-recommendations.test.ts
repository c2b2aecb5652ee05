// End to end (issue 11): the demo shop's recommendations as a shopper meets them, in real Chromium with the
// built widget and the index the CLI built from the demo's orders. One page is one request (no product
// twice across its slots, the panel and the page's own bestsellers); a new visitor's list says when it is
// only popularity; four running-shoe views focus "for you" on running shoes and what sells with them, each
// reason naming the viewed shoe; and every slot follows every action (from the page, the chat, the panel)
// within 100 ms, without emptying, and without repainting a slot whose list did not change.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexManifest, PairTableChunk } from '../../src/protocol/index-format.ts';
import { startDemo, type DemoServers } from '../support/demo-servers.ts';
import { externalRequests, launch, type Session } from '../support/chromium.ts';

const root = resolve(import.meta.dirname, '../..');
interface FeedProduct { id: string; title: string; category: string; stock: number }
const feed = JSON.parse(readFileSync(join(root, 'demo/dist/data/products.json'), 'utf8')) as FeedProduct[];
const byId = new Map(feed.map((p) => [p.id, p]));
const leaf = (id: string) => byId.get(id)!.category.split('>').pop()!.trim();
const indexDir = join(root, 'demo/dist/index');
const manifest = JSON.parse(readFileSync(join(indexDir, 'manifest.json'), 'utf8')) as IndexManifest;
const copurchaseRef = manifest.chunks.find((c) => c.kind === 'copurchase');
const copurchase = copurchaseRef ? (JSON.parse(readFileSync(join(indexDir, copurchaseRef.file), 'utf8')) as PairTableChunk).pairs : {};

type AisleWindow = Window & { Aisle: import('../../src/protocol/public-api.ts').AisleApi; dataLayer?: unknown[] };

interface Card { id: string; reason: string }

let demo: DemoServers;
const sessions: Session[] = [];

beforeAll(async () => {
  demo = await startDemo();
});

afterAll(async () => {
  for (const s of sessions) {
    expect(externalRequests(s.requests)).toEqual([]);
    expect([...s.consoleErrors, ...s.pageErrors]).toEqual([]);
    await s.dispose();
  }
  await demo?.close();
});

async function fresh(): Promise<Page> {
  const s = await launch();
  sessions.push(s);
  return s.newPage();
}

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => 'Aisle' in window);
  await page.evaluate(() => (window as unknown as AisleWindow).Aisle.ready);
}

const url = (path: string) => new URL(path, demo.siteUrl).href;

/** The cards a slot shows now (through its open shadow root), and its title. */
function slot(page: Page, selector: string): Promise<{ title: string; cards: Card[] }> {
  return page.evaluate((sel) => {
    const r = document.querySelector(sel)?.shadowRoot;
    const cards = Array.from(r?.querySelectorAll('article.card') ?? []).map((el) => ({ id: el.getAttribute('data-product-id')!, reason: el.querySelector('.card-reason span')?.textContent ?? '' }));
    return { title: r?.querySelector('.slot-title')?.textContent ?? '', cards };
  }, selector);
}

function panelCards(page: Page): Promise<Card[]> {
  return page.evaluate(() => Array.from(document.querySelector('[data-aisle-root]')?.shadowRoot?.querySelectorAll('.tabpanel-for-you article.card') ?? [])
    .map((el) => ({ id: el.getAttribute('data-product-id')!, reason: el.querySelector('.card-reason span')?.textContent ?? '' })));
}

async function filled(page: Page, selector: string, min = 1): Promise<{ title: string; cards: Card[] }> {
  await expect.poll(async () => (await slot(page, selector)).cards.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(min);
  return slot(page, selector);
}

async function view(page: Page, id: string, n: number): Promise<void> {
  await page.goto(url(`product/${encodeURIComponent(id)}.html`));
  await ready(page);
  await expect.poll(async () => (await page.evaluate(() => (window as unknown as AisleWindow).Aisle.profile())).events.filter((e) => e.type === 'view').length).toBeGreaterThanOrEqual(n);
}

async function openPanel(page: Page): Promise<void> {
  await page.locator('[data-aisle-root] .launcher').click();
  await expect.poll(() => panelCards(page).then((c) => c.length), { timeout: 20_000 }).toBeGreaterThan(0);
}

describe('one page, one request', () => {
  it('a new visitor: no product twice across the slots, the panel and the bestsellers; popularity says so', async () => {
    const page = await fresh();
    await page.goto(demo.siteUrl);
    await ready(page);
    const forYou = await filled(page, '[data-aisle-slot="for-you"]', 4);
    const trending = await filled(page, '[data-aisle-slot="trending"]', 4);
    await openPanel(page);
    const panel = await panelCards(page);
    const shown = (await page.getAttribute('[data-aisle-shown]', 'data-aisle-shown'))!.split(' ');
    const all = [...forYou.cards.map((c) => c.id), ...trending.cards.map((c) => c.id), ...panel.map((c) => c.id), ...shown];
    expect(all.length - new Set(all).size, 'products shown twice on the home page').toBe(0);
    // Nothing is known about this shopper: the list is best sellers, and its title and reasons say so.
    expect(forYou.title).toBe('Popular right now');
    for (const c of forYou.cards) expect(c.reason).toMatch(/^Trending in /);
    await page.locator('[data-aisle-slot="for-you"] .card-why').first().click();
    expect(await page.locator('[data-aisle-slot="for-you"] .card-why-detail').first().textContent()).toContain('not based on anything you did');
  });

  it('a product page: its two slots share nothing and never show the product itself; a category page knows its category', async () => {
    const page = await fresh();
    const shoe = feed.find((p) => leaf(p.id) === 'Running Shoes' && (copurchase[p.id]?.length ?? 0) > 0) ?? feed.find((p) => leaf(p.id) === 'Running Shoes')!;
    await page.goto(url(`product/${encodeURIComponent(shoe.id)}.html`));
    await ready(page);
    const similar = await filled(page, '[data-aisle-slot="similar"]', 4);
    const together = await slot(page, '[data-aisle-slot="bought-together"]');
    const ids = [...similar.cards, ...together.cards].map((c) => c.id);
    expect(ids.length - new Set(ids).size).toBe(0);
    expect(ids).not.toContain(shoe.id);
    // Bought-together is about the product: its categories are ones runners buy running shoes with.
    for (const c of together.cards) expect(['Socks', 'T-Shirts', 'Headphones']).toContain(leaf(c.id));

    // On a category page "for you" leads with the category: for this shopper, and for a new visitor,
    // whose list is its best sellers and says so.
    for (const visitor of [page, await fresh()]) {
      await visitor.goto(url('category/running-shoes.html'));
      await ready(visitor);
      const category = await filled(visitor, '[data-aisle-slot="for-you"]', 4);
      for (const c of category.cards) expect(leaf(c.id)).toBe('Running Shoes');
      if (visitor !== page) expect(category.title).toBe('Popular in Running Shoes');
    }
  });
});

describe('the panel on a desktop product page', () => {
  it('leaves the page\'s own Add to cart reachable when open', async () => {
    const page = await fresh();
    const p = feed.find((x) => x.stock > 0)!;
    await page.goto(url(`product/${encodeURIComponent(p.id)}.html`));
    await ready(page);
    await openPanel(page);
    const button = page.locator('[data-add-to-cart]');
    const box = (await button.boundingBox())!;
    // What a click at the button's centre would reach: the button, not the widget's panel over it.
    const hit = await page.evaluate(([x, y]) => (document.elementFromPoint(x!, y!) as HTMLElement | null)?.getAttribute('data-add-to-cart') ?? null, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(hit).toBe(p.id);
    await button.click();
    await expect.poll(() => page.locator('[data-cart-count]').first().textContent()).toBe('1');
  });
});

describe('focus that follows the shopper', () => {
  it('after four running-shoe views, at least 6 of 8 "for you" items are running shoes or bought with them, each reason naming the viewed shoe', async () => {
    const page = await fresh();
    const shoes = feed.filter((p) => leaf(p.id) === 'Running Shoes').slice(0, 4);
    for (const [i, s] of shoes.entries()) await view(page, s.id, i + 1);
    await page.goto(demo.siteUrl);
    await ready(page);
    await expect.poll(async () => (await slot(page, '[data-aisle-slot="for-you"]')).title, { timeout: 20_000 }).toBe('Recommended for you');
    const { cards } = await filled(page, '[data-aisle-slot="for-you"]', 8);
    const viewed = new Set(shoes.map((s) => s.id));
    const titles = shoes.map((s) => s.title);
    const boughtWith = (id: string) => shoes.some((s) => (copurchase[s.id] ?? []).some(([p]) => p === id));
    const focused = cards.filter((c) => leaf(c.id) === 'Running Shoes' || boughtWith(c.id));
    expect(focused.length, JSON.stringify(cards.map((c) => [leaf(c.id), c.reason]))).toBeGreaterThanOrEqual(6);
    for (const c of cards) expect(viewed.has(c.id)).toBe(false);
    for (const c of focused) expect(titles.some((t) => c.reason.includes(t)), `"${c.reason}" names no viewed shoe`).toBe(true);
  });
});

describe('every slot follows every action', () => {
  it('from the page, the chat and the panel: changed within 100 ms, never emptied, an unchanged slot not repainted', async () => {
    const page = await fresh();
    // Three views: the demo's rules hide a slot with fewer than three products.
    const seen = feed.filter((p) => leaf(p.id) === 'Backpacks' && p.stock > 0).slice(0, 3);
    for (const [i, p] of seen.entries()) await view(page, p.id, i + 1);
    await page.goto(demo.siteUrl);
    await ready(page);
    await filled(page, '[data-aisle-slot="for-you"]', 4);
    // A slot whose list no cart change can touch: the shopper's recently viewed (a slot added as a
    // single-page shop would add it).
    await page.evaluate(() => {
      const el = document.createElement('div');
      el.id = 'recent';
      el.setAttribute('data-aisle-slot', 'recently-viewed');
      document.querySelector('main')!.appendChild(el);
    });
    await filled(page, '#recent', 3);
    await openPanel(page);
    await page.evaluate(() => {
      const w = window as unknown as { __watch: { actions: number[]; changes: number[]; minCards: number; recentMutations: number; section: Element | null } };
      const forYou = document.querySelector('[data-aisle-slot="for-you"]')!.shadowRoot!;
      w.__watch = { actions: [], changes: [], minCards: Infinity, recentMutations: 0, section: forYou.querySelector('section') };
      addEventListener('aisle:add-to-cart', () => w.__watch.actions.push(performance.now()), true);
      new MutationObserver(() => {
        w.__watch.changes.push(performance.now());
        w.__watch.minCards = Math.min(w.__watch.minCards, forYou.querySelectorAll('article.card').length);
      }).observe(forYou, { subtree: true, childList: true, characterData: true });
      new MutationObserver((records) => (w.__watch.recentMutations += records.length)).observe(document.getElementById('recent')!.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    const ids = async () => (await slot(page, '[data-aisle-slot="for-you"]')).cards.map((c) => c.id).join(' ');
    const latencies: Record<string, number[]> = { page: [], chat: [], panel: [] };
    const unchanged: string[] = [];
    const measure = async (source: string, act: () => Promise<number>, mayStay = false) => {
      const before = await ids();
      const t0 = await act();
      if (mayStay) {
        // A chat add-to-cart of a product whose neighbours "For you" already shows (the chat's search was
        // tracked first and moved the list) leaves the list as it is, by design (engine.ts,
        // withLatestInterest): nothing to time then; it is counted, and most adds must change the list.
        const changed = await expect.poll(ids, { timeout: 5_000 }).not.toBe(before).then(() => true, () => false);
        if (!changed) {
          unchanged.push(source);
          return;
        }
      }
      await expect.poll(ids, { timeout: 10_000 }).not.toBe(before);
      const first = await page.evaluate((t) => (window as unknown as { __watch: { changes: number[] } }).__watch.changes.find((c) => c >= t), t0);
      latencies[source]!.push(first! - t0);
    };
    const lastAdd = () => page.evaluate(() => (window as unknown as { __watch: { actions: number[] } }).__watch.actions.at(-1)!);
    const jackets = feed.filter((p) => leaf(p.id) === 'Jackets');

    // The chat first, and then a wait for its encoder: the model loads on the worker's one thread, and
    // while it does every reply (recommendations included) waits; that is measured and reported apart.
    await page.getByRole('tab', { name: 'Chat' }).click();
    const input = page.getByRole('textbox', { name: 'Your question' });
    const warm = page.locator('[data-aisle-root] .warm');
    for (const [i, question] of ['coffee beans', 'wool socks', 'headphones', 'running shoes', 'backpacks'].entries()) {
      await input.fill(question);
      await input.press('Enter');
      const add = page.locator('[data-aisle-root] .msg-products').nth(i).locator('article.card .btn-primary').first();
      await add.waitFor({ timeout: 30_000 });
      await expect.poll(() => warm.textContent(), { timeout: 60_000 }).toBe('');
      await measure('chat', async () => {
        await add.click();
        return lastAdd();
      }, true);
      if (latencies.chat!.length === 3) break;
    }
    // Most chat adds change the list; at least three of five must, to be timed.
    expect(latencies.chat!.length, `chat adds that changed "For you": ${latencies.chat!.length}, unchanged: ${unchanged.length}`).toBeGreaterThanOrEqual(3);

    // From the page: the shop's own add-to-cart, captured from its dataLayer.
    for (const jacket of jackets.slice(0, 3)) {
      await measure('page', () => page.evaluate((id) => {
        const t = performance.now();
        const w = window as unknown as AisleWindow;
        (w.dataLayer ??= []).push({ event: 'add_to_cart', ecommerce: { items: [{ item_id: id, quantity: 1 }] } });
        return t;
      }, jacket.id));
    }

    // From the panel: a "for you" card (each one added stays in place, so the next is the next card).
    await page.getByRole('tab', { name: 'For you' }).click();
    for (let i = 0; i < 3; i++) {
      const add = page.locator('[data-aisle-root] .tabpanel-for-you article.card .btn-primary').filter({ hasText: 'Add to cart' }).first();
      await measure('panel', async () => {
        await add.click();
        return lastAdd();
      });
    }

    const watch = await page.evaluate(() => {
      const w = (window as unknown as { __watch: { minCards: number; recentMutations: number; section: Element | null } }).__watch;
      return { minCards: w.minCards, recentMutations: w.recentMutations, sameSection: w.section === document.querySelector('[data-aisle-slot="for-you"]')!.shadowRoot!.querySelector('section') };
    });
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(`slot refresh after an action, ms: ${Object.entries(latencies).map(([k, v]) => `${k} ${v.map((l) => l.toFixed(0)).join('/')}`).join(', ')}; chat adds that left "For you" as it was: ${unchanged.length}`);
    // Medians of three: these machines are shared and their timings noisy (see README, measured numbers).
    for (const [source, values] of Object.entries(latencies)) expect(median(values), source).toBeLessThan(100);
    expect(watch.minCards, 'the slot emptied while it changed').toBeGreaterThan(0);
    expect(watch.sameSection, 'the slot was mounted again').toBe(true);
    expect(watch.recentMutations, 'the recently-viewed slot was repainted though its list did not change').toBe(0);
  });
});
