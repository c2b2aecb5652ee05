// Client (on the page): starts the worker. A worker script on another origin (the widget on a CDN)
// cannot be started directly (SecurityError), so a same-origin blob: module imports it by absolute URL.
import workerUrl from '../../worker/index.ts?worker&url';

export function startWorker(base: string): Worker {
  const url = new URL(workerUrl, base).href;
  if (new URL(url).origin === location.origin) return new Worker(url, { type: 'module', name: 'aisle' });
  const bootstrap = URL.createObjectURL(new Blob([`import ${JSON.stringify(url)};`], { type: 'text/javascript' }));
  const worker = new Worker(bootstrap, { type: 'module', name: 'aisle' });
  // The blob is only needed to start; revoking it later keeps no object URL alive for the page's lifetime.
  setTimeout(() => URL.revokeObjectURL(bootstrap), 30_000);
  return worker;
}
