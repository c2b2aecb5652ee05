// Browser suite for the widget UI (src/ui): real Chromium drives the fixture page, where the real Preact
// UI is mounted on shadow roots and talks through real comlink to a recording test double of the worker.
import type { Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { externalRequests, launch, type Session } from '../support/chromium.ts';
import { serveUiFixture } from './fixtures/ui/serve-ui-fixture.ts';

interface Recorded {
  calls: Array<{ method: string; args: unknown[] }>;
  events: Array<{ name: string; detail: Record<string, unknown> }>;
  hostKeys: string[];
}

let server: ViteDevServer;
let base: string;
let session: Session;

const recorded = (page: Page): Promise<Recorded> =>
  page.evaluate(() => {
    const s = (window as unknown as { __aisle: Recorded }).__aisle;
    return JSON.parse(JSON.stringify({ calls: s.calls, events: s.events, hostKeys: s.hostKeys })) as Recorded;
  });

async function openFixture(query = '', viewport = { width: 1280, height: 860 }): Promise<Page> {
  const page = await session.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${base}${query}`);
  await page.waitForSelector('html[data-ready]');
  return page;
}

/** What has focus inside the panel's shadow root: its class and accessible label, or null when outside. */
const panelFocus = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('[data-aisle-root]');
    if (document.activeElement !== host) return null;
    const el = host?.shadowRoot?.activeElement;
    return el ? { className: el.className, label: el.getAttribute('aria-label'), role: el.getAttribute('role') } : null;
  });

/** Waits for the panel's opening animation, so geometry is measured at rest. */
const panelSettled = (page: Page) =>
  page.locator('[data-aisle-root] .panel').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)).then(() => undefined));

beforeAll(async () => {
  ({ url: base, server } = await serveUiFixture());
  session = await launch();
});

afterAll(async () => {
  await session?.dispose();
  await server?.close();
});

describe('the panel, by keyboard', () => {
  it('reaches a labelled launcher by Tab, opens a labelled dialog with Enter, closes with Escape and returns focus', async () => {
    const page = await openFixture();
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press('Tab');
      found = (await panelFocus(page))?.className.includes('launcher') ?? false;
    }
    expect(found).toBe(true);
    const launcher = page.getByRole('button', { name: 'Open shopping assistant' });
    await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('false');
    // A visible focus ring (keyboard focus), in the accent colour.
    const outline = await launcher.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');

    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Shopping assistant' });
    await dialog.waitFor({ state: 'visible' });
    expect((await panelFocus(page))?.role).toBe('tab');
    await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('true');

    // Arrow keys move between tabs (roving focus), Escape closes from anywhere in the panel.
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await panelFocus(page))?.className).toBe('tab');
    await expect(page.getByRole('tab', { name: 'Chat' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await panelFocus(page))?.className).toContain('launcher');
    expect((await recorded(page)).events.map((e) => e.name)).toEqual(expect.arrayContaining(['open', 'close']));
    // No focus trap: Tab from the launcher leaves the widget.
    await page.keyboard.press('Tab');
    expect(await panelFocus(page)).toBeNull();
    await page.close();
  });

  it('keeps keys typed in the widget away from the page’s own keyboard listeners', async () => {
    const page = await openFixture();
    await page.locator('#shop-search').focus();
    await page.keyboard.type('ab');
    expect((await recorded(page)).hostKeys).toEqual(['a', 'b']); // the page's listener works
    await page.evaluate(() => (window as unknown as { __aisle: { panel: { open(): void } } }).__aisle.panel.open());
    await page.getByRole('tab', { name: 'Chat' }).click();
    await page.getByRole('textbox', { name: 'Your question' }).focus();
    await page.keyboard.type('s/?k');
    await page.keyboard.press('ArrowLeft');
    expect((await recorded(page)).hostKeys).toEqual(['a', 'b']);
    await expect(page.getByRole('textbox', { name: 'Your question' }).inputValue()).resolves.toBe('s/?k');
    await page.close();
  });
});

describe('For you', () => {
  it('shows cards with price and reason; "not interested" removes the card and records a dismiss', async () => {
    const page = await openFixture();
    await page.getByRole('button', { name: 'Open shopping assistant' }).click();
    const cards = page.locator('[data-aisle-root] article.card');
    await expect.poll(() => cards.count()).toBe(6);
    const first = page.getByRole('article', { name: 'Trail Runner 2' }).filter({ has: page.locator('.card-dismiss') });
    await expect(first.locator('.card-price').textContent()).resolves.toBe('€129.00');
    await expect(first.locator('.card-reason').textContent()).resolves.toBe('Because you viewed Trail Runner 2');
    await first.getByRole('button', { name: 'Why am I seeing this?' }).click();
    await expect(first.locator('.card-why-detail').textContent()).resolves.toContain('Worked out on this device');
    // The placeholder for a product without image is an inline SVG: no other images load.
    await expect(page.getByRole('article', { name: 'Road Racer Pro' }).first().locator('svg.card-placeholder text').textContent()).resolves.toBe('RR');

    await first.getByRole('button', { name: 'Not interested in Trail Runner 2' }).click();
    await expect(page.locator('[data-aisle-root] article.card[data-product-id="p1"]').count()).resolves.toBe(0);
    // The worker answers the dismiss with the next product in its place.
    await expect.poll(() => page.locator('[data-aisle-root] article.card[data-product-id="p7"]').count()).toBe(1);
    await expect(cards.count()).resolves.toBe(6);
    await expect.poll(async () => (await recorded(page)).calls).toContainEqual({ method: 'track', args: [{ type: 'dismiss', productId: 'p1' }] });
    const { events } = await recorded(page);
    // The For you impression is reported when the panel opens (the slot on the page reports its own).
    expect(events.find((e) => e.name === 'impression' && e.detail.strategy === 'for-you')?.detail).toMatchObject({ strategy: 'for-you', productIds: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'] });
    await page.close();
  });
});

describe('product links', () => {
  it('"View" tells the page, then follows the catalog URL; merchant strings replace the defaults', async () => {
    const page = await openFixture('?launcherText=Need%20help%3F');
    const launcher = page.getByRole('button', { name: 'Open shopping assistant' });
    await expect(launcher.textContent()).resolves.toBe('Need help?');
    await launcher.click();
    const view = page.getByRole('dialog', { name: 'Shopping assistant' }).getByRole('link', { name: 'View Road Racer Pro' });
    await expect(view.getAttribute('href')).resolves.toBe(`${base}products/road-racer-pro`);
    const clicked = page.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const s = (window as unknown as { __aisle: { events: Array<{ name: string; detail: unknown }> } }).__aisle;
          const push = s.events.push.bind(s.events);
          s.events.push = (...items) => {
            for (const item of items) if (item.name === 'open-product') resolve(item.detail);
            return push(...items);
          };
        }),
    );
    await view.click();
    await expect(clicked).resolves.toEqual({ productId: 'p2', url: `${base}products/road-racer-pro`, source: 'panel' });
    await page.waitForURL('**/products/road-racer-pro');
    await page.close();
  });
});

describe('chat', () => {
  it('warms the model on focus, streams the answer while the log is busy, then shows cards; add to cart emits and tracks', async () => {
    const page = await openFixture('?tokenDelay=90');
    await page.getByRole('button', { name: 'Open shopping assistant' }).click();
    await page.getByRole('tab', { name: 'Chat' }).click();
    const input = page.getByRole('textbox', { name: 'Your question' });
    await input.focus();
    await expect.poll(() => page.locator('[data-aisle-root] .warm').textContent()).toMatch(/Preparing smart search/);
    await expect.poll(() => page.locator('[data-aisle-root] .warm').textContent(), { timeout: 5000 }).toBe('');
    expect((await recorded(page)).calls.filter((c) => c.method === 'warmModel')).toHaveLength(1);

    await input.fill('running socks');
    await page.keyboard.press('Enter');
    const log = page.getByRole('log');
    await expect(log.getAttribute('aria-live')).resolves.toBe('polite');
    const answer = log.locator('.msg[data-role="assistant"] .bubble').last();
    // While streaming: busy, with part of the answer and no cards yet.
    await expect.poll(async () => (await answer.textContent())?.length ?? 0).toBeGreaterThan(3);
    expect(await log.getAttribute('aria-busy')).toBe('true');
    const partial = (await answer.textContent()) ?? '';
    expect(await log.locator('article.card').count()).toBe(0);
    await expect.poll(() => log.getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
    const final = (await answer.textContent()) ?? '';
    expect(final).toBe('I found 3 products that match “running socks”. The first is Trail Runner 2.');
    expect(final.startsWith(partial) && final.length > partial.length).toBe(true);
    await expect(log.locator('article.card').count()).resolves.toBe(3);

    await log.getByRole('button', { name: 'Add to cart: Merino Running Socks' }).click();
    await expect(log.getByRole('button', { name: 'Added: Merino Running Socks' }).textContent()).resolves.toBe('Added');
    await expect.poll(async () => (await recorded(page)).calls).toContainEqual({ method: 'track', args: [{ type: 'cart', productId: 'p3', quantity: 1 }] });
    const { calls, events } = await recorded(page);
    expect(events).toContainEqual({ name: 'add-to-cart', detail: { productId: 'p3', quantity: 1, source: 'chat' } });
    expect(calls).toContainEqual({ method: 'ask', args: ['running socks'] });

    await log.getByRole('button', { name: 'View Trail Runner 2' }).click();
    // The click reaches the worker through a message port: poll until it lands.
    await expect.poll(async () => (await recorded(page)).calls).toContainEqual({ method: 'track', args: [{ type: 'click', productId: 'p1' }] });
    expect((await recorded(page)).events).toContainEqual({ name: 'open-product', detail: { productId: 'p1', source: 'chat' } });
    await page.close();
  });

  it('offers "talk to a person" when the answer does, and hands the page the transcript', async () => {
    const page = await openFixture('?tokenDelay=5');
    await page.getByRole('button', { name: 'Open shopping assistant' }).click();
    await page.getByRole('tab', { name: 'Chat' }).click();
    await page.getByRole('textbox', { name: 'Your question' }).fill('xyzzy plugh');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Talk to a person' }).click();
    const contact = (await recorded(page)).events.find((e) => e.name === 'contact-human');
    expect(contact?.detail).toEqual({
      transcript: [
        { role: 'shopper', text: 'xyzzy plugh' },
        { role: 'assistant', text: 'I could not find products for “xyzzy plugh”. A person from our team can help.' },
      ],
    });
    await page.close();
  });
});

describe('your data', () => {
  it('shows what is stored, with product titles, and "Erase" calls forget and empties the view', async () => {
    const page = await openFixture();
    await page.getByRole('button', { name: 'Open shopping assistant' }).click();
    await page.getByRole('button', { name: 'Add to cart: Road Racer Pro' }).first().click();
    await page.getByRole('tab', { name: 'Your data' }).click();
    const activity = page.locator('[data-aisle-root] .events');
    await expect.poll(() => activity.textContent()).toContain('Added to cart');
    await expect(activity.textContent()).resolves.toContain('Road Racer Pro');
    await page.getByRole('button', { name: 'Erase my data' }).click();
    await expect.poll(() => page.locator('[data-aisle-root] .notice').textContent()).toBe('Your data was erased.');
    expect((await recorded(page)).calls.some((c) => c.method === 'forget')).toBe(true);
    await expect.poll(() => activity.count()).toBe(0);
    await page.close();
  });
});

describe('inline slots', () => {
  it('renders a titled carousel with prev/next and arrow keys, and an empty slot takes no space', async () => {
    const page = await openFixture();
    const region = page.getByRole('region', { name: 'Similar items' });
    await region.waitFor();
    await expect(region.locator('article.card').count()).resolves.toBe(7);
    const prev = region.getByRole('button', { name: 'Previous products' });
    const next = region.getByRole('button', { name: 'Next products' });
    await expect(prev.isDisabled()).resolves.toBe(true);
    await expect(next.isDisabled()).resolves.toBe(false);
    await next.click();
    await expect.poll(() => region.locator('.slot-track').evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await expect.poll(() => prev.isDisabled()).toBe(false);
    const snap = await region.locator('.slot-track').evaluate((el) => getComputedStyle(el).scrollSnapType);
    expect(snap).toContain('mandatory');

    await region.getByRole('button', { name: 'Add to cart: Road Racer Pro' }).focus();
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.getElementById('slot-similar')?.shadowRoot?.activeElement?.getAttribute('aria-label'));
    expect(focused).toBe('Add to cart: Merino Running Socks');
    await page.keyboard.press('Enter');
    expect((await recorded(page)).events).toContainEqual({ name: 'add-to-cart', detail: { productId: 'p3', quantity: 1, source: 'slot' } });

    const empty = await page.evaluate(() => {
      const el = document.getElementById('slot-empty')!;
      return { height: el.getBoundingClientRect().height, children: el.shadowRoot?.childNodes.length };
    });
    expect(empty).toEqual({ height: 0, children: 0 });
    expect((await recorded(page)).calls).toContainEqual({ method: 'recommend', args: [{ strategy: 'bought-together', productId: 'p1' }] });
    await page.close();
  });
});

describe('layout, theming and reliability', () => {
  it('goes full screen below 500 px wide', async () => {
    const page = await openFixture('', { width: 390, height: 800 });
    await page.getByRole('button', { name: 'Open shopping assistant' }).click();
    await panelSettled(page);
    const box = await page.getByRole('dialog', { name: 'Shopping assistant' }).boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 390, height: 800 });
    await page.getByRole('button', { name: 'Close assistant' }).click();
    await page.setViewportSize({ width: 800, height: 800 });
    await page.getByRole('button', { name: 'Open shopping assistant' }).click();
    await panelSettled(page);
    const wide = await page.getByRole('dialog', { name: 'Shopping assistant' }).boundingBox();
    expect(wide!.width).toBeLessThan(400);
    await page.close();
  });

  it('styles only through adopted sheets, resists the shop’s CSS, follows the theme, and unmounts for real', async () => {
    const page = await openFixture('?theme=auto&position=bottom-left');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Open shopping assistant' }).click();
    await page.locator('[data-aisle-root] article.card').first().waitFor();
    await panelSettled(page);
    const facts = await page.evaluate(() => {
      const root = document.querySelector('[data-aisle-root]')!.shadowRoot!;
      const title = root.querySelector('.card-title')!;
      const panel = root.querySelector('.panel')!;
      return {
        styleTags: root.querySelectorAll('style').length + (document.getElementById('slot-similar')!.shadowRoot!.querySelectorAll('style').length),
        sheets: root.adoptedStyleSheets.length,
        font: getComputedStyle(title).fontFamily,
        size: getComputedStyle(title).fontSize,
        background: getComputedStyle(panel).backgroundColor,
        left: panel.getBoundingClientRect().left,
      };
    });
    expect(facts.styleTags).toBe(0);
    expect(facts.sheets).toBeGreaterThan(2);
    expect(facts.font).not.toContain('Georgia');
    expect(facts.size).toBe('14px'); // the shop's 22px root font size does not leak in
    expect(facts.background).toBe('rgb(27, 28, 31)'); // dark palette under prefers-color-scheme: dark
    expect(facts.left).toBe(20); // bottom-left
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => page.locator('[data-aisle-root] .panel').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');

    const after = await page.evaluate(() => {
      const s = (window as unknown as { __aisle: { panel: { destroy(): void }; hostKeys: string[] } }).__aisle;
      s.panel.destroy();
      const root = document.querySelector('[data-aisle-root]')!.shadowRoot!;
      root.dispatchEvent(new KeyboardEvent('keydown', { key: 'q', bubbles: true, composed: true }));
      return { children: root.childNodes.length, sheets: root.adoptedStyleSheets.length, keys: s.hostKeys };
    });
    // Unmounted: nothing rendered, no sheets, and the key listener is gone (the event reaches the page again).
    expect(after).toEqual({ children: 0, sheets: 0, keys: ['q'] });
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(externalRequests(session.requests)).toEqual([]);
    await page.close();
  });
});

describe('the look', () => {
  it('renders desktop and mobile, light and dark (screenshots in /tmp/aisle-ui-*.png)', async () => {
    const layouts = [
      { name: 'desktop', viewport: { width: 1280, height: 860 } },
      { name: 'mobile', viewport: { width: 390, height: 800 } },
    ];
    for (const { name, viewport } of layouts) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await openFixture('?theme=auto&tokenDelay=5', viewport);
        await page.emulateMedia({ colorScheme: scheme });
        await page.getByRole('button', { name: 'Open shopping assistant' }).click();
        await page.locator('[data-aisle-root] article.card').nth(3).waitFor();
        await panelSettled(page);
        await page.screenshot({ path: `/tmp/aisle-ui-${name}-${scheme}-for-you.png` });
        const bg = await page.locator('[data-aisle-root] .panel').evaluate((el) => getComputedStyle(el).backgroundColor);
        expect(bg).toBe(scheme === 'dark' ? 'rgb(27, 28, 31)' : 'rgb(255, 255, 255)');
        const box = await page.getByRole('dialog', { name: 'Shopping assistant' }).boundingBox();
        expect(box!.width).toBe(name === 'mobile' ? 390 : 384);
        await page.getByRole('tab', { name: 'Chat' }).click();
        await page.getByRole('textbox', { name: 'Your question' }).fill('hydration');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.getByRole('log').locator('article.card').count()).toBe(2);
        await page.screenshot({ path: `/tmp/aisle-ui-${name}-${scheme}-chat.png` });
        await page.getByRole('tab', { name: 'Your data' }).click();
        await page.locator('[data-aisle-root] .data-section').first().waitFor();
        await page.screenshot({ path: `/tmp/aisle-ui-${name}-${scheme}-data.png` });
        await page.close();
      }
    }
  });
});
