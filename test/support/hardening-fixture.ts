// Test support for the hardening suites: the widget fixture (dist/ on one origin, merchant pages on
// another), plus a third origin serving catalog indexes built by the real CLI from hostile feeds (and
// hand-edited copies of them), a recording proxy behind Chromium, and the page helpers the suites share.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { IndexManifest, ProductsChunk } from '../../src/protocol/index-format.ts';
import type { AisleApi } from '../../src/protocol/public-api.ts';
import { launch, type Session } from './chromium.ts';
import { recorder, type Recorder } from './hardening-summary.ts';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { startWidgetFixture, type WidgetFixture } from './widget-fixture.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface HardeningFixture {
  shop: WidgetFixture;
  /** The origin serving the extra indexes (CORS on), at `<url><name>/`. */
  catalog: StaticServer;
  /** Builds `name` with the real CLI from a JSON feed (and optional orders CSV / FAQ Markdown); returns its URL. */
  buildIndex(name: string, feed: unknown[], extra?: { orders?: string; faq?: string }): string;
  /** Writes a file on the catalog origin (e.g. product images); returns its URL. */
  file(path: string, content: string): string;
  /** Copies index `from` to `name` and edits its products and cards chunks in place, as by hand; returns its URL. */
  editIndex(from: string, name: string, edit: (products: Array<Record<string, unknown>>) => void): string;
  close(): Promise<void>;
}

export async function startHardeningFixture(): Promise<HardeningFixture> {
  const shop = await startWidgetFixture();
  const dir = mkdtempSync(join(tmpdir(), 'aisle-hardening-'));
  const catalog = await serveStatic(dir, { cors: true });
  const cli = (args: string[]) => execFileSync(process.execPath, ['src/cli/bin.js', ...args], { cwd: ROOT, stdio: 'pipe' });
  return {
    shop,
    catalog,
    buildIndex(name, feed, extra = {}) {
      const feedFile = join(dir, `${name}.feed.json`);
      writeFileSync(feedFile, JSON.stringify(feed));
      const args = ['build', '--feed', feedFile, '--model', 'none', '--currency', 'EUR', '--min-support', '1', '--out', join(dir, name)];
      if (extra.orders) {
        writeFileSync(join(dir, `${name}.orders.csv`), extra.orders);
        args.push('--orders', join(dir, `${name}.orders.csv`));
      }
      if (extra.faq) {
        writeFileSync(join(dir, `${name}.faq.md`), extra.faq);
        args.push('--faq', join(dir, `${name}.faq.md`));
      }
      cli(args);
      return `${catalog.url}${name}/`;
    },
    file(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
      return `${catalog.url}${path}`;
    },
    editIndex(from, name, edit) {
      cpSync(join(dir, from), join(dir, name), { recursive: true });
      const manifest = JSON.parse(readFileSync(join(dir, name, 'manifest.json'), 'utf8')) as IndexManifest;
      for (const ref of manifest.chunks.filter((c) => c.kind === 'products' || c.kind === 'cards')) {
        const path = join(dir, name, ref.file);
        const body = JSON.parse(readFileSync(path, 'utf8')) as ProductsChunk;
        edit(body.products as unknown as Array<Record<string, unknown>>);
        // Same file name, other bytes: what a hand edit does (the widget reads names from the manifest).
        writeFileSync(path, JSON.stringify(body));
      }
      return `${catalog.url}${name}/`;
    },
    async close() {
      await catalog.close();
      await shop.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Chromium's own service traffic (component updates, sign-in, time, autofill), which it sends with no
 * page open at all: made quieter with flags, and told apart by host. No page data ever names these hosts.
 */
const BROWSER_SERVICES = /^(?:[\w-]+\.)*(?:google\.com|googleapis\.com|gvt1\.com|gstatic\.com)(?::\d+)?$/;
const QUIET = ['--disable-features=AutofillServerCommunication,OptimizationHints,OptimizationGuideModelDownloading,MediaRouter', '--disable-domain-reliability', '--no-pings', '--disable-client-side-phishing-detection', '--disable-default-apps', '--disable-extensions'];

function hostOf(hit: string): string {
  const target = hit.split(' ')[1] ?? '';
  try {
    return hit.startsWith('CONNECT ') ? target : new URL(target).host;
  } catch {
    return target;
  }
}

export interface WatchedBrowser {
  session: Session;
  proxy: RecordingProxy;
  /** What reached the proxy from pages: every hit but Chromium's own service traffic. */
  leaks(): string[];
  /** Chromium's own service requests seen (reported, not counted as the widget's). */
  browserService(): string[];
  dispose(): Promise<void>;
}

/** Chromium behind the recording proxy: anything that tried to leave this machine is in `leaks()`. */
export async function launchWatched(): Promise<WatchedBrowser> {
  const proxy = await startRecordingProxy();
  const session = await launch({ args: [proxy.arg, ...QUIET] });
  const watched: WatchedBrowser = {
    session,
    proxy,
    leaks: () => proxy.hits.filter((h) => !BROWSER_SERVICES.test(hostOf(h))),
    browserService: () => proxy.hits.filter((h) => BROWSER_SERVICES.test(hostOf(h))),
    async dispose() {
      await session.dispose();
      await proxy.close();
    },
  };
  // The watch itself is checked: a page's request to another host must show up as a leak.
  const probe = await session.newPage();
  await probe.goto('about:blank');
  await probe.evaluate(() => fetch('http://proxy-control.test/probe').catch(() => undefined));
  await probe.close();
  const control = watched.leaks();
  if (!control.some((h) => h.includes('proxy-control.test'))) throw new Error(`the recording proxy did not see a page's request to another host (hits: ${JSON.stringify(proxy.hits)})`);
  proxy.hits.length = 0;
  session.requests.length = 0;
  return watched;
}

/** Calls the page's `window.Aisle` (the function is sent as source, so it runs in the page). */
export const aisle = <T>(page: Page, call: (a: AisleApi) => Promise<T> | T): Promise<T> => page.evaluate(`(${call.toString()})(window.Aisle)`) as Promise<T>;

/** The console lines that start with the widget's own prefix. */
export const aisleWarnings = (warnings: string[]): string[] => warnings.filter((w) => w.includes('[aisle]'));

/** Adds an inline slot the way a single-page shop would, after load (the widget's observer renders it). */
export async function addSlot(page: Page, attrs: Record<string, string>): Promise<void> {
  await page.evaluate((a) => {
    const el = document.createElement('div');
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
    document.querySelector('main')!.appendChild(el);
  }, attrs);
}

/** Opens the panel, selects the chat tab, sends `text` through the input and waits until the answer settles. */
export async function chatTurn(page: Page, text: string, timeout = 30_000): Promise<void> {
  await aisle(page, (a) => a.open());
  const tab = page.locator('[data-aisle-root] #aisle-tab-chat');
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  const answers = page.locator('[data-aisle-root] .msg[data-role="assistant"]');
  const before = await answers.count();
  const input = page.locator('[data-aisle-root] .chat-input');
  await input.fill(text);
  await input.press('Enter');
  // Settled: one more answer, no longer streaming (no typing dots), and the log no longer busy.
  await page.waitForFunction(
    (n) => {
      const root = document.querySelector('[data-aisle-root]')?.shadowRoot;
      const all = root?.querySelectorAll('.msg[data-role="assistant"]') ?? [];
      return all.length > n && root?.querySelector('.chat-log')?.getAttribute('aria-busy') === 'false' && !all[all.length - 1]!.querySelector('.typing');
    },
    before,
    { timeout },
  );
}

/** Files of the built widget that are model or runtime downloads (for "downloaded nothing" checks). */
export function isModelOrRuntime(url: string): boolean {
  return /\/(models|ort)\//.test(url) || /\.wasm(\?|$)/.test(url);
}

/** Every dist/ file name, for checks that list what the widget may fetch. */
export function distFiles(): string[] {
  return readdirSync(join(ROOT, 'dist/assets'));
}

export interface HardeningSuite {
  rec: Recorder;
  readonly fx: HardeningFixture;
  readonly browser: WatchedBrowser;
}

/**
 * What every hardening suite shares, set up once per file: the fixture (built widget, pages, extra
 * indexes), one watched Chromium, and the recorder whose JSON the summary merges.
 */
export function hardeningSuite(name: string): HardeningSuite {
  const rec = recorder(name);
  let fx: HardeningFixture | undefined;
  let browser: WatchedBrowser | undefined;
  beforeAll(async () => {
    fx = await startHardeningFixture();
    browser = await launchWatched();
  });
  afterAll(async () => {
    rec.write();
    await browser?.dispose();
    await fx?.close();
  });
  return {
    rec,
    get fx() {
      if (!fx) throw new Error('hardening fixture used before beforeAll');
      return fx;
    },
    get browser() {
      if (!browser) throw new Error('hardening browser used before beforeAll');
      return browser;
    },
  };
}
