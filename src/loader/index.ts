// Loader: the only script a merchant's page runs up front (dist/aisle.js, a classic script, a few KB).
// It defines `window.Aisle`, reads the configuration from its own tag and, once the page is idle (or
// at the first call that needs an answer), imports the client chunk that starts the worker and the UI.
// No UI framework, no ML, no styles, no globals but `window.Aisle`.
//
// It runs on pages we do not control: built-ins may be replaced (the build gives every page-side
// chunk the realm's own Promise, see vite.config.ts), `window.Aisle` may already hold anything, and
// no error of ours may reach the page: everything below fails into one `[aisle]` warning.
import type { ClientStart } from './client-contract.ts';
import { readExistingQueue } from './existing-queue.ts';
import { createQueueApi } from './queue-api.ts';
import { readConfig } from './read-config.ts';

declare const __AISLE_CLIENT__: string;
declare const __AISLE_VERSION__: string;

const warn = (message: string): void => {
  try {
    console.warn(`[aisle] ${message}`);
  } catch {
    // A page that broke its console gets no warning, and no error either.
  }
};

const describe = (err: unknown): string => {
  try {
    return err instanceof Error ? err.message : String(err);
  } catch {
    return 'unknown error';
  }
};

(() => {
  try {
    load();
  } catch (err) {
    warn(`the widget could not start and stays off; the page is unaffected. ${describe(err)}`);
  }
})();

function load(): void {
  const w = window as unknown as { Aisle?: unknown };
  const existing = readExistingQueue(w, warn);
  // Loading the tag twice is harmless: the first copy keeps running, the second does nothing.
  if (existing === 'loaded') return;
  const script = findOwnScript();
  if (!script) {
    warn('could not find its own <script> tag; add data-index to the tag that loads aisle.js');
    return;
  }
  // Every asset resolves against the loader's own URL, never the page's: dist/ can live on any CDN.
  const base = new URL('.', script.src).href;
  const config = readConfig(script.dataset, warn);
  // The client chunk (a few KB, no UI, no ML) is fetched at once, so that at idle time it only has to
  // run; the worker, the UI and the catalog still wait for idle or the first interaction.
  const client: Promise<{ startClient: ClientStart }> = import(/* @vite-ignore */ new URL(__AISLE_CLIENT__, base).href);
  client.catch(() => undefined);

  let started = false;
  // Replaying a pre-load snippet's calls may call start() at once: everything it uses is defined above.
  const queue = createQueueApi(__AISLE_VERSION__, () => start(), existing?.q ?? []);
  Object.defineProperty(queue.api, '__aisle', { value: true });
  if (existing?.r) queue.api.ready.then(existing.r[0], existing.r[1]);
  if (!publish(w, queue.api)) {
    warn('window.Aisle is read-only on this page (another script defined it), so the widget stays off; remove that definition');
    return;
  }

  function start(): void {
    if (started) return;
    started = true;
    client
      .then((mod) => mod.startClient({ base, config, queue }))
      .catch((err: unknown) => {
        warn(`the widget could not start and stays off; the page is unaffected. ${describe(err)}`);
        queue.fail(err instanceof Error ? err : new Error(describe(err)));
      });
  }

  // Start when the page has loaded and the main thread is idle; the shop's own work comes first.
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 1500 }) : setTimeout(start, 1));
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
  // ...or earlier, on the first interaction with the page.
  for (const type of ['pointerdown', 'keydown', 'touchstart'] as const) addEventListener(type, start, { once: true, passive: true });
}

/** Sets `window.Aisle`, also over a non-writable but configurable property; false when it cannot. */
function publish(w: { Aisle?: unknown }, api: unknown): boolean {
  try {
    w.Aisle = api;
  } catch {
    // A setter that throws, or a read-only property in strict mode: try defining it instead.
  }
  try {
    if (w.Aisle !== api) Object.defineProperty(w, 'Aisle', { value: api, writable: true, configurable: true, enumerable: true });
    return w.Aisle === api;
  } catch {
    return false;
  }
}

function findOwnScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current;
  const all = document.querySelectorAll<HTMLScriptElement>('script[src]');
  for (let i = all.length - 1; i >= 0; i--) if (/\/aisle(\.min)?\.js(\?|#|$)/.test(all[i]!.src)) return all[i]!;
  return null;
}
