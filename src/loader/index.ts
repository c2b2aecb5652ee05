// Loader: the only script a merchant's page runs up front (dist/aisle.js, a classic script, a few KB).
// It defines `window.Aisle`, reads the configuration from its own tag and, once the page is idle (or
// at the first call that needs an answer), imports the client chunk that starts the worker and the UI.
// No UI framework, no ML, no styles, no globals but `window.Aisle`.
import type { ClientStart } from './client-contract.ts';
import { createQueueApi } from './queue-api.ts';
import { readConfig } from './read-config.ts';

declare const __AISLE_CLIENT__: string;
declare const __AISLE_VERSION__: string;

interface AisleGlobal {
  __aisle?: true;
  q?: unknown[];
  /** The pre-load snippet's settle functions for its own `ready` promise (see README). */
  r?: [(v?: unknown) => void, (e: unknown) => void];
}

(() => {
  const w = window as unknown as { Aisle?: AisleGlobal };
  // Loading the tag twice is harmless: the first copy keeps running, the second does nothing.
  if (w.Aisle?.__aisle) return;
  const script = findOwnScript();
  if (!script) {
    console.warn('[aisle] could not find its own <script> tag; add data-index to the tag that loads aisle.js');
    return;
  }
  // Every asset resolves against the loader's own URL, never the page's: dist/ can live on any CDN.
  const base = new URL('.', script.src).href;
  const config = readConfig(script.dataset, (m) => console.warn(`[aisle] ${m}`));
  // The client chunk (a few KB, no UI, no ML) is fetched at once, so that at idle time it only has to
  // run; the worker, the UI and the catalog still wait for idle or the first interaction.
  const client: Promise<{ startClient: ClientStart }> = import(/* @vite-ignore */ new URL(__AISLE_CLIENT__, base).href);
  client.catch(() => undefined);

  let started = false;
  // Replaying a pre-load snippet's calls may call start() at once: everything it uses is defined above.
  const queue = createQueueApi(__AISLE_VERSION__, () => start(), w.Aisle?.q ?? []);
  Object.defineProperty(queue.api, '__aisle', { value: true });
  const snippetReady = w.Aisle?.r;
  if (snippetReady) queue.api.ready.then(snippetReady[0], snippetReady[1]);
  w.Aisle = queue.api as unknown as AisleGlobal;

  function start(): void {
    if (started) return;
    started = true;
    client
      .then((mod) => mod.startClient({ base, config, queue }))
      .catch((err: Error) => {
        console.warn(`[aisle] the widget could not start and stays off; the page is unaffected. ${err.message}`);
        queue.fail(err);
      });
  }

  // Start when the page has loaded and the main thread is idle; the shop's own work comes first.
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 1500 }) : setTimeout(start, 1));
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
  // ...or earlier, on the first interaction with the page.
  for (const type of ['pointerdown', 'keydown', 'touchstart'] as const) addEventListener(type, start, { once: true, passive: true });

  function findOwnScript(): HTMLScriptElement | null {
    const current = document.currentScript;
    if (current instanceof HTMLScriptElement && current.src) return current;
    const all = document.querySelectorAll<HTMLScriptElement>('script[src]');
    for (let i = all.length - 1; i >= 0; i--) if (/\/aisle(\.min)?\.js(\?|#|$)/.test(all[i]!.src)) return all[i]!;
    return null;
  }
})();
