// Hardening, real Chromium: the built widget under the Content Security Policy the README documents
// (served verbatim, the asset origin in place of the example host), with Trusted Types enforced, without
// 'wasm-unsafe-eval', and on a sandboxed page (opaque origin). Every request is watched, at DevTools and
// at a proxy that sees anything trying to leave 127.0.0.1.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { externalRequests } from '../support/chromium.ts';
import { cspFor, DOCUMENTED_CSP, DOCUMENTED_TRUSTED_TYPES } from '../support/documented-csp.ts';
import { addSlot, aisle, aisleWarnings, chatTurn, isModelOrRuntime, hardeningSuite } from '../support/hardening-fixture.ts';
import { watchConsole, widgetReady } from '../support/widget-fixture.ts';

const suite = hardeningSuite('csp');
const { rec } = suite;

const assetOrigin = () => suite.fx.shop.assets.url.replace(/\/$/, '');

/** A page with the given policy, recording CSP violations (the document's) and console/page errors. */
async function openWith(csp: string, attrs: Record<string, string> = {}): Promise<{ page: Page; log: ReturnType<typeof watchConsole>; pageErrors: string[]; violations: () => Promise<string[]> }> {
  const page = await suite.browser.session.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__violations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  const log = watchConsole(page);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(suite.fx.shop.page('hardening', { attrs, headers: { 'Content-Security-Policy': csp } }));
  return { page, log, pageErrors, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.slice()) };
}

/** No CSP violation, no console error, no [aisle] warning, no uncaught error; then the page closes. */
async function expectClean(name: string, { page, log, pageErrors, violations }: Awaited<ReturnType<typeof openWith>>): Promise<void> {
  await rec.check(name, 'no CSP violation, no error, no warning', async () => {
    expect(await violations()).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(aisleWarnings(log.warnings)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
  await page.close();
}

/** Everything a shopper does: first recommendations, a slot, the panel, a chat answer with the model. */
async function useEverything(page: Page, name: string): Promise<void> {
  await rec.check(name, 'ready', async () => expect(await widgetReady(page)).toBe('ready'));
  await rec.check(name, 'recommends', async () => expect(await aisle(page, (a) => a.recommend({ strategy: 'trending', limit: 4 }))).toHaveLength(4));
  await addSlot(page, { 'data-aisle-slot': 'trending', 'data-limit': '4' });
  await rec.check(name, 'slot renders, styled', async () => {
    const card = page.locator('[data-aisle-slot] .card').first();
    await card.waitFor();
    expect(await card.evaluate((el) => getComputedStyle(el).borderRadius)).toBe('12px');
  });
  await rec.check(name, 'launcher styled (constructed sheets, no inline style)', async () => {
    const launcher = page.locator('[data-aisle-root] .launcher');
    await launcher.waitFor();
    expect(await launcher.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  });
  await rec.check(name, 'chat answers with the model loaded', async () => {
    await chatTurn(page, 'red running shoes');
    const chat = page.locator('[data-aisle-root] .chat');
    await expect.poll(() => chat.innerText(), { timeout: 30_000 }).not.toContain('Preparing smart search');
    expect(await chat.innerText()).not.toContain('Smart search is off');
    const status = await page.evaluate(() => (window as unknown as { Aisle: { ask(q: string): Promise<{ products: unknown[] }> } }).Aisle.ask('blue backpack').then((r) => r.products.length));
    expect(status).toBeGreaterThan(0);
  });
}

describe('the CSP the README documents', () => {
  it('runs everything, the model included, with no violation, error or warning', async () => {
    const name = 'strict CSP (as documented)';
    const opened = await openWith(cspFor(assetOrigin()));
    await useEverything(opened.page, name);
    await rec.check(name, 'the model and runtime came from the asset host', () => {
      const fetched = suite.browser.session.requests.filter(isModelOrRuntime);
      expect(fetched.some((u) => u.includes('/models/'))).toBe(true);
      expect(fetched.every((u) => u.startsWith(suite.fx.shop.assets.url))).toBe(true);
    });
    await expectClean(name, opened);
  });

  it('runs everything with Trusted Types enforced and the documented `trusted-types aisle`', async () => {
    const name = 'Trusted Types (require-trusted-types-for)';
    const opened = await openWith(`${cspFor(assetOrigin())}; ${DOCUMENTED_TRUSTED_TYPES}`);
    await useEverything(opened.page, name);
    await expectClean(name, opened);
  });

  it('says exactly what to add when Trusted Types are enforced without the aisle policy, and leaves the page alone', async () => {
    const name = 'Trusted Types without the aisle policy';
    const { page, log, pageErrors } = await openWith(`${cspFor(assetOrigin())}; require-trusted-types-for 'script'; trusted-types shop-own`);
    await rec.check(name, 'ready rejects naming the directive', async () => {
      const outcome = await widgetReady(page);
      expect(outcome).toContain('trusted-types aisle');
    });
    await rec.check(name, 'one [aisle] warning, no uncaught error', async () => {
      await page.waitForTimeout(200);
      expect(aisleWarnings(log.warnings)).toHaveLength(1);
      expect(aisleWarnings(log.warnings)[0]).toContain('trusted-types aisle');
      expect(pageErrors).toEqual([]);
    });
    rec.fault('Trusted Types enforced without the aisle policy', pageErrors.length === 0);
    await page.close();
  });

  it("without 'wasm-unsafe-eval': works lexically, downloads no encoder or .wasm, one [aisle] warning naming the fix", async () => {
    const name = "CSP without 'wasm-unsafe-eval'";
    const before = suite.browser.session.requests.length;
    const { page, log, pageErrors } = await openWith(cspFor(assetOrigin(), DOCUMENTED_CSP.replace(" 'wasm-unsafe-eval'", '')));
    await rec.check(name, 'ready', async () => expect(await widgetReady(page)).toBe('ready'));
    await rec.check(name, 'answers lexically, says smart search is off', async () => {
      await chatTurn(page, 'blue backpacks');
      await expect.poll(() => page.locator('[data-aisle-root] .chat').innerText()).toContain('Smart search is off');
      const answer = await aisle(page, (a) => a.ask('blue backpacks'));
      expect(answer.products.length).toBeGreaterThan(0);
      for (const p of answer.products) expect(suite.fx.shop.feed.find((f) => f.id === p.id)).toMatchObject({ colour: 'blue', category: 'Bags > Backpacks' });
    });
    await rec.check(name, 'downloaded no encoder, runtime or .wasm (only the pure-JS intent model)', async () => {
      await page.waitForTimeout(500);
      const fetched = suite.browser.session.requests.slice(before).filter(isModelOrRuntime);
      // The lexical intent head is plain JSON scored in JavaScript, so it still runs under this CSP and
      // is what "works lexically" understands with; anything needing WebAssembly must not be fetched.
      expect(fetched.filter((u) => !/\/models\/intents\/intent-model\.json(\?|$)/.test(u))).toEqual([]);
    });
    await rec.check(name, "exactly one [aisle] warning, naming 'wasm-unsafe-eval'; no errors", () => {
      const ours = aisleWarnings(log.warnings);
      expect(ours).toHaveLength(1);
      expect(ours[0]).toContain("'wasm-unsafe-eval'");
      expect(log.errors).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
    rec.fault('page CSP forbids WebAssembly', pageErrors.length === 0);
    await page.close();
  });
});

describe('a sandboxed page (opaque origin)', () => {
  it('runs in memory: recommends, records, answers; one warning, no error', async () => {
    const name = 'sandboxed page (opaque origin)';
    const page = await suite.browser.session.newPage();
    const log = watchConsole(page);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(suite.fx.shop.page('hardening', { attrs: { model: 'none' }, headers: { 'Content-Security-Policy': 'sandbox allow-scripts' } }));
    await rec.check(name, 'the origin is opaque', async () => expect(await page.evaluate(() => self.origin)).toBe('null'));
    await rec.check(name, 'ready', async () => expect(await widgetReady(page)).toBe('ready'));
    await rec.check(name, 'recommends and records in memory', async () => {
      expect(await aisle(page, (a) => a.recommend({ strategy: 'trending', limit: 3 }))).toHaveLength(3);
      await aisle(page, (a) => a.track({ type: 'view', productId: '1-2' }));
      const profile = await aisle(page, (a) => a.profile());
      expect(profile.storage).toBe('memory');
      expect(profile.events.map((e) => e.productId)).toEqual(['1-2']);
    });
    await rec.check(name, 'answers in the chat', async () => {
      await chatTurn(page, 'coffee');
      expect(await page.locator('[data-aisle-root] .msg[data-role="assistant"] .card').count()).toBeGreaterThan(0);
    });
    await rec.check(name, 'one [aisle] warning (storage in memory), no error', () => {
      expect(aisleWarnings(log.warnings)).toHaveLength(1);
      expect(aisleWarnings(log.warnings)[0]).toMatch(/IndexedDB/);
      expect(log.errors).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
    rec.fault('sandboxed page: no storage at all', pageErrors.length === 0);
    await page.close();
  });
});

describe('requests', () => {
  it('none left 127.0.0.1 (DevTools and the proxy)', async () => {
    await rec.check('all CSP pages', 'no request left 127.0.0.1', () => {
      expect(suite.browser.session.requests.length).toBeGreaterThan(10);
      expect(externalRequests(suite.browser.session.requests)).toEqual([]);
      expect(suite.browser.leaks()).toEqual([]);
    });
    rec.figure('csp: browser service requests (Chromium itself, not the widget)', suite.browser.browserService().length);
  });
});
