// Test support for the built-widget suites: the real dist/ (rebuilt when src/ is newer), a small shop
// indexed by the real CLI, the assets served from one origin (as from a CDN) and the merchant's fixture
// pages (test/browser/fixtures/widget/*.html) from another, with per-page tag attributes and headers.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const PAGES = join(ROOT, 'test/browser/fixtures/widget');

export interface FeedProduct {
  id: string;
  title: string;
  price: number;
  category: string;
  colour: string;
  brand: string;
  url: string;
}

export const CATEGORIES = ['Shoes > Running', 'Bags > Backpacks', 'Kitchen > Coffee', 'Home > Lamps'];
const COLOURS = ['red', 'blue', 'black', 'green'];

/** 4 categories × 12 products; ids `<category>-<n>`, site-path urls. */
export function makeFeed(): FeedProduct[] {
  return CATEGORIES.flatMap((category, c) =>
    Array.from({ length: 12 }, (_, i) => {
      const colour = COLOURS[i % COLOURS.length]!;
      const noun = category.split(' > ')[1]!.replace(/s$/, '').toLowerCase();
      return { id: `${c}-${i}`, title: `${colour} ${noun} model ${i}`, price: 20 + i * 10, category, colour, brand: `Brand${i % 3}`, url: `/products/${c}-${i}` };
    }),
  );
}

const POLICIES = `# Fixture shop policies

## Shipping

Standard shipping takes 3-5 working days and is free on orders over 50 euros.

## Returns

You can return any unused item within 30 days of delivery for a full refund.
`;

/** Newest modification time of the files under `path`, 0 when missing. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), 0);
}

// One lock per checkout: two clones building their own dist/ do not wait for each other.
const BUILD_LOCK = join(tmpdir(), `aisle-dist-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}.lock`);

/** Builds dist/ if stale, one test process at a time (two suites emptying dist/ at once would break both). */
export function ensureBuilt(): void {
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      // Held by another suite; a lock left by a crashed run is older than any build takes.
      // The holder may release it between the mkdir and the stat: a lock that is gone is simply retried.
      const held = statSync(BUILD_LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 180_000) rmSync(BUILD_LOCK, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    buildIfStale();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** Builds dist/ the way `npm run build` does, but only what is missing or older than its sources. */
function buildIfStale(): void {
  const run = (args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync(args[0]!, args.slice(1), { cwd: ROOT, stdio: 'pipe', env: { ...process.env, ...env } });
    if (r.status !== 0) throw new Error(`widget fixture: "${args.join(' ')}" failed (exit ${r.status}): ${String(r.stderr).slice(-2000)}`);
  };
  if (!existsSync(join(ROOT, 'models/generated/use-lite-int8/aisle-model.json'))) run([join(ROOT, 'node_modules/.bin/tsx'), 'src/cli/models/build-models.ts']);
  const built = existsSync(join(DIST, 'aisle.js')) ? statSync(join(DIST, 'aisle.js')).mtimeMs : 0;
  if (built && built >= Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'vite.config.ts')))) return;
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  run([process.execPath, vite, 'build', '--logLevel', 'warn']);
  run([process.execPath, vite, 'build', '--logLevel', 'warn'], { AISLE_BUILD: 'loader' });
}

export interface PageOptions {
  /** Data attributes of the aisle.js tag (without `data-`); `index` defaults to the fixture index. */
  attrs?: Record<string, string>;
  /** Response headers of the page (e.g. a Content-Security-Policy). */
  headers?: Record<string, string>;
}

export interface WidgetFixture {
  feed: FeedProduct[];
  /** The asset origin: dist/ at /, the index at /index/, a broken index at /broken-index/. */
  assets: StaticServer;
  /** URL of a fixture page on the page origin. */
  page(name: string, options?: PageOptions): string;
  /** The page origin's base URL (ends with '/'). */
  pageOrigin: string;
  close(): Promise<void>;
}

export async function startWidgetFixture(): Promise<WidgetFixture> {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'aisle-widget-'));
  const feed = makeFeed();
  writeFileSync(join(dir, 'products.json'), JSON.stringify(feed));
  const orders = ['order_id,product_id'];
  for (let o = 0; o < 40; o++) orders.push(`${o},2-${o % 12}`, `${o},2-${(o + 1) % 12}`);
  writeFileSync(join(dir, 'orders.csv'), orders.join('\n'));
  writeFileSync(join(dir, 'policies.md'), POLICIES);
  execFileSync(
    process.execPath,
    ['src/cli/bin.js', 'build', '--feed', join(dir, 'products.json'), '--orders', join(dir, 'orders.csv'), '--faq', join(dir, 'policies.md'), '--currency', 'EUR', '--model', 'none', '--out', join(dir, 'index')],
    { cwd: ROOT, stdio: 'pipe' },
  );
  // A manifest that is not JSON, as a half-finished upload leaves it.
  mkdirSync(join(dir, 'broken-index'));
  writeFileSync(join(dir, 'broken-index/manifest.json'), '{"format": 1, "counts": {');
  const assets = await serveStatic({ '/': DIST, '/index/': join(dir, 'index'), '/broken-index/': join(dir, 'broken-index') }, { cors: true });

  // The merchant's pages: a template per file, `{{ASSETS}}` and `{{AISLE_ATTRS}}` filled per request.
  const options = new Map<string, PageOptions>();
  let next = 0;
  const pages = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/favicon.ico') {
      // Browsers ask for it on every page; a 404 would be a console error the widget did not cause.
      res.writeHead(204);
      res.end();
      return;
    }
    const name = url.pathname.slice(1).replace(/\.html$/, '');
    const file = join(PAGES, `${name}.html`);
    if (!/^[\w-]+$/.test(name) || !existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    const opts = options.get(url.searchParams.get('o') ?? '') ?? {};
    const attrs = { index: `${assets.url}index/`, ...opts.attrs };
    const tagAttrs = Object.entries(attrs).map(([k, v]) => `data-${k}="${v.replace(/"/g, '&quot;')}"`).join(' ');
    const html = readFileSync(file, 'utf8').replaceAll('{{ASSETS}}', assets.url).replaceAll('{{AISLE_ATTRS}}', tagAttrs);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...opts.headers });
    res.end(html);
  });
  await new Promise<void>((r) => pages.listen(0, '127.0.0.1', r));
  const address = pages.address();
  const pageOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

  return {
    feed,
    assets,
    pageOrigin,
    page(name, opts = {}) {
      const key = String(next++);
      options.set(key, opts);
      return `${pageOrigin}${name}.html?o=${key}`;
    },
    async close() {
      await assets.close();
      await new Promise<void>((r) => pages.close(() => r()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Console {
  warnings: string[];
  errors: string[];
}

/** Records the page's console warnings and errors, its workers' included (they share the DevTools console). */
export function watchConsole(page: Page): Console {
  const log: Console = { warnings: [], errors: [] };
  const record = (type: string, text: string) => {
    if (type === 'warning') log.warnings.push(text);
    if (type === 'error') log.errors.push(text);
  };
  // playwright-core reports a dedicated worker's console on its page too: one listener sees both.
  page.on('console', (m) => record(m.type(), m.text()));
  return log;
}

/** Waits until the async tag has defined `window.Aisle`, then for `Aisle.ready`; returns its outcome. */
export async function widgetReady(page: Page): Promise<'ready' | string> {
  await page.waitForFunction(() => 'Aisle' in window);
  return page.evaluate(() => (window as unknown as { Aisle: { ready: Promise<void> } }).Aisle.ready.then(() => 'ready', (e: Error) => e.message));
}
