// Hardening, real Chromium: hostile host pages (replaced built-ins, a pre-set window.Aisle, a page rule
// that hides every top-level div, a POSIX language tag) and untrusted catalog data (a 1 MB title, site
// paths with a backslash or tab, product ids that are Object.prototype's property names).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { aisle, aisleWarnings, chatTurn, hardeningSuite } from '../support/hardening-fixture.ts';
import { watchConsole } from '../support/widget-fixture.ts';

const suite = hardeningSuite('pages');
const { rec } = suite;

interface Opened {
  page: Page;
  log: ReturnType<typeof watchConsole>;
  pageErrors: string[];
}

/** The fixture shop with `hostile` run before any of the page's scripts (as a page's own first script would). */
async function open(options: { attrs?: Record<string, string>; hostile?: string } = {}): Promise<Opened> {
  const page = await suite.browser.session.newPage();
  const log = watchConsole(page);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  if (options.hostile) await page.addInitScript(options.hostile);
  await page.goto(suite.fx.shop.page('hardening', { attrs: { model: 'none', ...options.attrs } }));
  return { page, log, pageErrors };
}

/** Waits for `window.Aisle` without the page's Promise (a hostile page may have replaced it). */
async function readyOutcome(page: Page): Promise<string> {
  // Polled from here: page.waitForFunction runs on the page's own Promise, which one case replaces.
  for (let i = 0; i < 150 && !(await page.evaluate('!!(window.Aisle && window.Aisle.ready)')); i++) await new Promise((r) => setTimeout(r, 100));
  return page.evaluate('window.Aisle.ready.then(() => "ready", (e) => e.message)') as Promise<string>;
}

describe('hostile page globals', () => {
  const cases: Array<[string, string, (o: Opened) => Promise<void>]> = [
    ['window.Promise replaced by a throwing function', `window.Promise = function () { throw new Error('hostile Promise'); };`, async () => undefined],
    ['window.Aisle pre-set to { q: 5 }', `window.Aisle = { q: 5 };`, async (o) => {
      const ours = aisleWarnings(o.log.warnings);
      expect(ours).toHaveLength(1);
      expect(ours[0]).toContain("not Aisle's call queue");
    }],
    ['JSON.stringify broken', `JSON.stringify = function () { throw new Error('hostile JSON'); };`, async () => undefined],
    ["Array.prototype.toJSON added (old Prototype.js)", `Array.prototype.toJSON = function () { return 'hostile'; };`, async () => undefined],
  ];
  for (const [name, hostile, extra] of cases) {
    it(`${name}: window.Aisle works, the panel opens, nothing uncaught`, async () => {
      const o = await open({ hostile });
      await rec.check(name, 'window.Aisle ready', async () => expect(await readyOutcome(o.page)).toBe('ready'));
      await rec.check(name, 'recommends', async () => expect((await aisle(o.page, (a) => a.recommend({ strategy: 'trending', limit: 3 }))).length).toBe(3));
      await rec.check(name, 'the panel opens with cards', async () => {
        await aisle(o.page, (a) => a.open());
        await o.page.locator('[data-aisle-root] .panel .card').first().waitFor();
      });
      await rec.check(name, 'no uncaught error', async () => {
        await extra(o);
        expect(o.pageErrors).toEqual([]);
      });
      rec.fault(name, o.pageErrors.length === 0);
      await o.page.close();
    });
  }
});

describe('hostile page setups', () => {
  it('data-lang="en_US": normalised to en-US with one warning; Your data renders, nothing thrown', async () => {
    const name = 'data-lang="en_US"';
    const o = await open({ attrs: { lang: 'en_US' } });
    await rec.check(name, 'ready', async () => expect(await readyOutcome(o.page)).toBe('ready'));
    await aisle(o.page, (a) => a.track({ type: 'view', productId: '0-1' }));
    await rec.check(name, 'Your data renders its activity and the Erase button', async () => {
      await aisle(o.page, (a) => a.open());
      await o.page.locator('[data-aisle-root] #aisle-tab-data').click();
      await o.page.locator('[data-aisle-root] .data .events li time').first().waitFor();
      expect(await o.page.locator('[data-aisle-root] .data .btn-danger').isVisible()).toBe(true);
    });
    await rec.check(name, 'one [aisle] warning naming en-US; no RangeError', () => {
      expect(aisleWarnings(o.log.warnings)).toEqual([expect.stringContaining('using "en-US"')]);
      expect(o.pageErrors).toEqual([]);
    });
    rec.fault(name, o.pageErrors.length === 0);
    await o.page.close();
  });

  it('body > div { display: none !important } does not hide the launcher or the panel', async () => {
    const name = 'body > div { display: none !important }';
    const o = await open();
    await o.page.addStyleTag({ content: 'body > div, body > * > div { display: none !important; visibility: hidden !important; }' });
    await rec.check(name, 'ready', async () => expect(await readyOutcome(o.page)).toBe('ready'));
    await rec.check(name, 'the launcher is visible and clickable', async () => {
      const launcher = o.page.locator('[data-aisle-root] .launcher');
      await launcher.waitFor({ state: 'visible' });
      await launcher.click();
      await o.page.locator('[data-aisle-root] .panel .card').first().waitFor({ state: 'visible' });
    });
    await rec.check(name, 'the host element is not a div', async () => expect(await o.page.evaluate(() => document.querySelector('[data-aisle-root]')!.tagName)).not.toBe('DIV'));
    rec.fault(name, o.pageErrors.length === 0);
    await o.page.close();
  });
});

describe('untrusted catalog data in a hand-edited index', () => {
  const MB = 1 << 20;
  let index: string;
  beforeAll(() => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#2f6f5e"/></svg>';
    const feed = suite.fx.shop.feed.map((p) => ({ ...p, image: suite.fx.file(`img/${p.id}.svg`, svg) }));
    suite.fx.buildIndex('base', feed, { orders: ['order_id,product_id', ...Array.from({ length: 20 }, (_, o) => `${o},0-${o % 12}`)].join('\n') });
    // What a merchant's hand edit (or a foreign tool) can put in an index the CLI would refuse.
    index = suite.fx.editIndex('base', 'edited', (products) => {
      for (const p of products) {
        if (p.id === '0-0') p.title = `Endless ${'runner '.repeat(MB / 7)}`.slice(0, MB);
        if (p.id === '0-1') p.image = '/\\evil.test/a.png';
        if (p.id === '0-2') p.image = '/\t/evil.test/b.png';
        if (p.id === '0-1') p.url = '/\\evil.test/x';
        if (p.id === '0-2') p.url = '/\t/evil.test/y';
      }
    });
  });

  it('a 1 MB title is cut by the worker: a bounded card, label and chat bubble', async () => {
    const name = '1 MB product title (hand-edited index)';
    const o = await open({ attrs: { index } });
    await o.page.evaluate(() => {
      const tasks: number[] = [];
      Object.defineProperty(window, '__longTasks', { value: tasks });
      new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
    });
    await rec.check(name, 'ready', async () => expect(await readyOutcome(o.page)).toBe('ready'));
    await rec.check(name, 'the API returns the cut title', async () => {
      const top = await aisle(o.page, (a) => a.recommend({ strategy: 'trending', limit: 1 }));
      expect(top[0]!.id).toBe('0-0');
      expect(top[0]!.title.length).toBeLessThanOrEqual(300);
    });
    await rec.check(name, 'the card label and the chat bubble stay small', async () => {
      await chatTurn(o.page, 'endless runner');
      const card = o.page.locator('[data-aisle-root] .msg [data-product-id="0-0"]').first();
      await card.waitFor();
      expect((await card.getAttribute('aria-label'))!.length).toBeLessThanOrEqual(300);
      const bubble = await o.page.locator('[data-aisle-root] .msg[data-role="assistant"] .bubble').last().boundingBox();
      expect(bubble!.height).toBeLessThan(400);
      const tallest = await o.page.evaluate(() => Math.max(...Array.from(document.querySelector('[data-aisle-root]')!.shadowRoot!.querySelectorAll('.msg')).map((m) => m.getBoundingClientRect().height)));
      expect(tallest).toBeLessThan(600);
    });
    // Host long tasks are judged by the long-task suite (hardening-a11y-perf, best of three visits on this
    // shared machine); here the longest one while the cut title rendered is recorded (it was 290-440 ms uncut).
    const tasks = await o.page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.slice());
    rec.figure('1 MB title: longest host task while rendering (ms, 0 = none over 50)', Math.max(0, ...tasks));
    rec.fault(name, o.pageErrors.length === 0);
    await o.page.close();
  });

  it('site paths with a backslash or tab load nothing from, and never navigate to, another host', async () => {
    const name = 'backslash / tab site paths (hand-edited index)';
    const o = await open({ attrs: { index } });
    await rec.check(name, 'ready', async () => expect(await readyOutcome(o.page)).toBe('ready'));
    await aisle(o.page, (a) => a.track({ type: 'view', productId: '0-1' }));
    await aisle(o.page, (a) => a.track({ type: 'view', productId: '0-2' }));
    await aisle(o.page, (a) => a.track({ type: 'view', productId: '0-3' }));
    await o.page.evaluate(() => {
      const el = document.createElement('div');
      el.dataset.aisleSlot = 'recently-viewed';
      document.querySelector('main')!.appendChild(el);
    });
    const slot = o.page.locator('[data-aisle-slot="recently-viewed"]');
    await slot.locator('[data-product-id="0-1"]').waitFor();
    await rec.check(name, 'the catalog image of a clean product still loads (control)', async () => {
      expect(await slot.locator('[data-product-id="0-3"] img').getAttribute('src')).toBe(`${suite.fx.catalog.url}img/0-3.svg`);
    });
    await rec.check(name, 'no <img> and no link for the bad paths', async () => {
      for (const id of ['0-1', '0-2']) {
        const card = slot.locator(`[data-product-id="${id}"]`);
        expect(await card.locator('img').count()).toBe(0);
        expect(await card.locator('a').count()).toBe(0);
      }
    });
    await rec.check(name, 'View stays on the page; nothing was requested from evil.test', async () => {
      const before = o.page.url();
      await slot.locator('[data-product-id="0-1"] .btn-ghost').click();
      await o.page.waitForTimeout(400);
      expect(o.page.url()).toBe(before);
      expect(suite.browser.leaks().filter((h) => h.includes('evil.test'))).toEqual([]);
      expect(suite.browser.session.requests.filter((u) => u.includes('evil.test'))).toEqual([]);
    });
    rec.fault(name, o.pageErrors.length === 0);
    await o.page.close();
  });
});

describe('product ids that are Object.prototype property names', () => {
  let index: string;
  beforeAll(() => {
    const feed = ['__proto__', 'constructor', 'toString', 'plain', 'other'].map((id, i) => ({ id, title: `Product ${id}`, price: 10 + i, category: 'Shoes > Running', url: `/products/${i}` }));
    // __proto__ and plain are bought together most (and __proto__ most of all); constructor with other.
    const orders = ['order_id,product_id'];
    for (let o = 0; o < 12; o++) orders.push(`a${o},__proto__`, `a${o},plain`);
    for (let o = 0; o < 4; o++) orders.push(`b${o},constructor`, `b${o},other`, `b${o},__proto__`);
    // Orders of one product, so that a pair with __proto__ sells together more often than chance (the build's
    // minimum lift): without them __proto__ is in every order and nothing is bought with it above chance.
    for (let o = 0; o < 7; o++) orders.push(`c${o},toString`, `d${o},other`);
    index = suite.fx.buildIndex('proto', feed, { orders: orders.join('\n') });
  });

  it('keeps the rows of "constructor" and "toString" (CLI → index → worker)', async () => {
    const name = 'product ids like Object.prototype members';
    const o = await open({ attrs: { index } });
    await rec.check(name, 'ready', async () => expect(await readyOutcome(o.page)).toBe('ready'));
    await rec.check(name, '"constructor" keeps its bought-together row', async () => {
      const together = await aisle(o.page, (a) => a.recommend({ strategy: 'bought-together', productId: 'constructor', limit: 4 }));
      expect(together.map((p) => p.id)).toContain('other');
    });
    await rec.check(name, '"toString" is a product like any other', async () => {
      const similar = await aisle(o.page, (a) => a.recommend({ strategy: 'similar', productId: 'toString', limit: 4 }));
      expect(similar.length).toBeGreaterThan(0);
    });
    expect(o.pageErrors).toEqual([]);
    await o.page.close();
  });

  // `aisle build` keeps the popularity and bought-together rows of "__proto__" (src/shared/interaction-tables.ts
  // and pair-counts.ts key their tables by own properties), and the worker reads them back.
  it('keeps the popularity and bought-together rows of "__proto__"', async () => {
    const name = 'product id "__proto__"';
    const o = await open({ attrs: { index } });
    try {
      await rec.check(name, 'popularity and bought-together rows survive', async () => {
        expect(await readyOutcome(o.page)).toBe('ready');
        const trending = await aisle(o.page, (a) => a.recommend({ strategy: 'trending', limit: 1 }));
        expect(trending[0]!.id).toBe('__proto__');
        const together = await aisle(o.page, (a) => a.recommend({ strategy: 'bought-together', productId: '__proto__', limit: 3 }));
        expect(together[0]!.id).toBe('plain');
        const ofPlain = await aisle(o.page, (a) => a.recommend({ strategy: 'bought-together', productId: 'plain', limit: 3 }));
        expect(ofPlain[0]!.id).toBe('__proto__');
      });
    } finally {
      await o.page.close();
    }
  });
});

describe('requests', () => {
  it('none left 127.0.0.1 on any of these pages (DevTools and the proxy)', async () => {
    await rec.check('all hostile pages', 'no request left 127.0.0.1', () => {
      expect(suite.browser.session.requests.length).toBeGreaterThan(10);
      expect(suite.browser.leaks()).toEqual([]);
    });
  });
});
