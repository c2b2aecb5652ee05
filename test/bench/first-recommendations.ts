// Benchmark support: time from the page's load event to the first recommendations painted, in real
// Chromium, with the widget and index served from a second origin (as from a CDN). Cold = a new profile
// (empty HTTP cache and IndexedDB); warm = the same profile, navigated again.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoServers } from '../../demo/server/start-servers.ts';
import { AISLE_ORIGIN_PLACEHOLDER } from '../../demo/site/build-site.ts';
import { launch } from '../support/chromium.ts';

export interface FirstRecsResult {
  catalog: string;
  coldMs: number[];
  warmMs: number[];
  /** Where the time went, per run: ms after the load event at which the client chunk ran, the index head was ready, the UI chunk arrived. */
  coldPhases: Probe[];
  warmPhases: Probe[];
  /** Bytes the page fetched from the asset origin before the first recommendation (cold), and model bytes. */
  coldAssetBytes: number;
  modelBytesBeforeTyping: number;
}

interface Probe {
  total: number;
  client: number | null;
  ready: number | null;
  ui: number | null;
}

const PROBE = `new Promise((resolve) => {
  const nav = performance.getEntriesByType('navigation')[0];
  const tick = () => {
    const slot = document.querySelector('[data-aisle-slot]');
    const card = slot && slot.shadowRoot && slot.shadowRoot.querySelector('[data-product-id]');
    if (card && nav.loadEventEnd > 0) {
      const at = (name) => { const m = performance.getEntriesByName(name)[0]; return m ? Math.round(m.startTime - nav.loadEventEnd) : null; };
      resolve({ total: performance.now() - nav.loadEventEnd, client: at('aisle:client'), ready: at('aisle:ready'), ui: at('aisle:ui') });
    }
    else requestAnimationFrame(tick);
  };
  tick();
})`;

export async function measureFirstRecommendations(name: string, distDir: string, indexDir: string, runs = 5): Promise<FirstRecsResult> {
  // The demo's servers send what a CDN would: hashed files immutable, manifest and aisle.js no-cache, brotli.
  const siteDir = mkdtempSync(join(tmpdir(), 'aisle-bench-site-'));
  writeFileSync(
    join(siteDir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,"></head><body><h1>Shop</h1>
<div data-aisle-slot="trending"></div>
<script src="${AISLE_ORIGIN_PLACEHOLDER}/aisle.js" data-index="${AISLE_ORIGIN_PLACEHOLDER}/index/" async></script></body></html>`,
  );
  const servers = await startDemoServers({ siteDir, widgetDir: distDir, indexDir });
  const assets = { url: servers.assetUrl };
  const site = { url: servers.siteUrl };
  const result: FirstRecsResult = { catalog: name, coldMs: [], warmMs: [], coldPhases: [], warmPhases: [], coldAssetBytes: 0, modelBytesBeforeTyping: 0 };
  try {
    for (let i = 0; i < runs; i++) {
      const session = await launch();
      const sizes: number[] = [];
      let modelBytes = 0;
      session.context.on('response', async (r) => {
        if (!r.url().startsWith(assets.url)) return;
        // Bytes on the wire: the compressed body when the server compressed it.
        const length = Number((await r.allHeaders())['content-length'] ?? 0) || (await r.body().catch(() => Buffer.alloc(0))).length;
        sizes.push(length);
        if (/\.onnx$|\/ort\//.test(r.url())) modelBytes += length;
      });
      const page = await session.newPage();
      await page.goto(site.url);
      const cold = (await page.evaluate(PROBE)) as Probe;
      result.coldMs.push(cold.total);
      result.coldPhases.push(cold);
      if (i === 0) {
        result.coldAssetBytes = sizes.reduce((a, b) => a + b, 0);
        result.modelBytesBeforeTyping = modelBytes;
      }
      await page.goto('about:blank');
      await page.goto(site.url);
      const warm = (await page.evaluate(PROBE)) as Probe;
      result.warmMs.push(warm.total);
      result.warmPhases.push(warm);
      await session.dispose();
    }
  } finally {
    await servers.close();
    rmSync(siteDir, { recursive: true, force: true });
  }
  return result;
}
