// Browser suite, photo search: real Chromium, the built widget, an index written by the real CLI with
// --images, and shopper photos attached through the chat's own file input. The photo is decoded, read
// and matched in the worker (WASM models from the widget's folder, loaded only then), the answer says
// what it saw and why, nothing leaves the machine, and the exchange survives a reload.
import type { Page } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { externalRequests, launch, type Session } from '../support/chromium.ts';
import { PHOTO_SHOP, shopperPhoto, startPhotoShop, unrelatedPhoto, type PhotoShop } from '../support/photo-shop.ts';

let shop: PhotoShop;
let session: Session;

beforeAll(async () => {
  shop = await startPhotoShop();
  session = await launch();
  const files: Array<[string, Buffer]> = [
    ['oatly.jpg', await shopperPhoto(PHOTO_SHOP[0], 1)],
    ['red-bag.jpg', await shopperPhoto(PHOTO_SHOP[6], 2)],
    ['tropicana.jpg', await shopperPhoto(PHOTO_SHOP[2], 3)],
    ['meadow.jpg', await unrelatedPhoto()],
  ];
  for (const [name, bytes] of files) writeFileSync(join(shop.dir, name), bytes);
  writeFileSync(join(shop.dir, 'not-a-photo.jpg'), 'hello');
}, 300_000);

afterAll(async () => {
  await session?.dispose();
  await shop?.close();
});

async function openChat(page: Page): Promise<void> {
  await page.goto(shop.pageUrl);
  await page.waitForFunction(() => 'Aisle' in window);
  await page.locator('[data-aisle-root] .launcher').click();
  await page.locator('[data-aisle-root] [role="tab"]', { hasText: 'Chat' }).click();
}

/** Attaches a file through the chat's own input and waits for the answer; returns it and the time taken. */
async function attach(page: Page, file: string): Promise<{ text: string; products: string[]; ms: number }> {
  const answers = page.locator('[data-aisle-root] .msg-theirs[data-role="assistant"]');
  const before = await answers.count();
  const started = Date.now();
  await page.locator('[data-aisle-root] input[type="file"]').setInputFiles(join(shop.dir, file));
  await page.waitForFunction(
    (n) => {
      const root = document.querySelector('[data-aisle-root]')?.shadowRoot ?? document.querySelector('[data-aisle-root]');
      const all = root?.querySelectorAll('.msg-theirs[data-role="assistant"]') ?? [];
      return all.length > n && !all[all.length - 1]!.querySelector('.typing');
    },
    before,
    { timeout: 60_000 },
  );
  const ms = Date.now() - started;
  const last = answers.last();
  const text = (await last.locator('.bubble').innerText()).trim();
  const products = await last.locator('.msg-products li .card-title').allInnerTexts();
  return { text, products, ms };
}

describe('photo search in the chat', () => {
  it('fetches no vision model before a photo, then matches the label, the look and the colour, and says why', async () => {
    const page = await session.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await openChat(page);
    await page.locator('[data-aisle-root] .chat-photo').waitFor();
    await page.waitForTimeout(800);
    expect(requests.filter((u) => /mobilenet|ppocr|imagevectors|imagetags|categoryhead/.test(u))).toEqual([]);

    const oat = await attach(page, 'oatly.jpg');
    console.info(`[photo] first photo (models loaded): ${oat.ms} ms; "${oat.text}" → ${oat.products.join(', ')}`);
    expect(oat.text).toMatch(/label reads “[^”]*OATLY/i);
    expect(oat.products[0]).toBe('Oat drink barista 1 l');
    const reason = await page.locator('[data-aisle-root] .msg-theirs').last().locator('.msg-products li').first().innerText();
    expect(reason).toMatch(/label text “oatly/i);
    // The shopper's own bubble shows their photo (drawn on a canvas, no URL needed).
    expect(await page.locator('[data-aisle-root] .msg-mine canvas.bubble-photo').count()).toBe(1);
    expect(requests.some((u) => u.includes('/widget/models/mobilenet-v2-int8/model.onnx'))).toBe(true);
    expect(requests.some((u) => u.includes('/widget/models/ppocr-v4-latin-int8/recognizer.onnx'))).toBe(true);

    const bag = await attach(page, 'red-bag.jpg');
    console.info(`[photo] second photo (models cached): ${bag.ms} ms; "${bag.text}" → ${bag.products.join(', ')}`);
    expect(bag.text).toMatch(/red/);
    expect(bag.products[0]).toBe('Day pack 25 l');
    // A sanity bound only (the machine is shared): the 1.5 s target is measured by test/bench/bench-photo.ts.
    expect(bag.ms).toBeLessThan(30_000);

    const juice = await attach(page, 'tropicana.jpg');
    expect(juice.products[0]).toBe('Orange juice 1 l');

    const meadow = await attach(page, 'meadow.jpg');
    expect(meadow.text).toMatch(/^I couldn't match this photo/);
    expect(meadow.products).toEqual([]);

    const broken = await attach(page, 'not-a-photo.jpg');
    expect(broken.text).toMatch(/couldn't open that file as a photo/);

    // Every request stayed on this machine, and none carried the photo: all are plain GETs of the widget's files.
    expect(externalRequests(requests)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await page.close();
  }, 240_000);

  it('matches by colour alone when the photo models cannot load, and says so', async () => {
    // A fresh browser (nothing in the Cache API) whose model files fail, as under a CSP without wasm-unsafe-eval.
    const bare = await launch();
    try {
      const page = await bare.newPage();
      await page.route(/\/models\/(mobilenet|ppocr)/, (route) => route.abort());
      const warnings: string[] = [];
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await openChat(page);
      const bag = await attach(page, 'red-bag.jpg');
      expect(bag.text).toMatch(/compared colours only/);
      expect(bag.products[0]).toBe('Day pack 25 l');
      expect(bare.pageErrors).toEqual([]);
      await page.close();
    } finally {
      await bare.dispose();
    }
  }, 180_000);

  it('keeps the photo question and its answer in the chat history', async () => {
    const page = await session.newPage();
    const posts: string[] = [];
    page.on('request', (r) => r.method() !== 'GET' && posts.push(`${r.method()} ${r.url()}`));
    await openChat(page);
    await page.locator('[data-aisle-root] .msg-mine canvas.bubble-photo').first().waitFor();
    expect(await page.locator('[data-aisle-root] .msg-mine canvas.bubble-photo').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('[data-aisle-root] .msg-theirs .bubble').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/OATLY/i)]));
    expect(posts).toEqual([]);
    await page.close();
  }, 120_000);
});
