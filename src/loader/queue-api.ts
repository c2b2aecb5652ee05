// Loader: `window.Aisle` before and after the widget loads. Calls made before the client chunk has
// arrived (including those a page queued in `window.Aisle.q` before this script ran, as with analytics
// snippets) wait in order and are replayed once it is there.
import type { HostEventMap, HostEventName } from '../protocol/host-events.ts';
import { QUEUED_METHODS, type AisleApi, type ClientApi, type QueuedMethod } from '../protocol/public-api.ts';

type Call = [method: QueuedMethod, args: unknown[], resolve: (v: unknown) => void, reject: (e: unknown) => void];
type Handler = (detail: unknown) => void;

export interface QueueApi {
  api: AisleApi;
  /** Hands the real implementation over; queued calls run in order. */
  attach(client: ClientApi): void;
  /** The widget could not start: queued and later calls reject with this error. */
  fail(error: Error): void;
  markReady(): void;
  /** Calls the handlers registered with `Aisle.on`; a throwing handler cannot break the widget. */
  notify(name: HostEventName, detail: unknown): void;
}

export function createQueueApi(version: string, onFirstCall: () => void, earlier: unknown[] = []): QueueApi {
  let client: ClientApi | null = null;
  let failure: Error | null = null;
  const queue: Call[] = [];
  const handlers = new Map<string, Set<Handler>>();
  let markReady!: () => void;
  let failReady!: (e: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  // A page that never awaits `ready` must not see an unhandled rejection.
  ready.catch(() => undefined);

  const run = (method: QueuedMethod, args: unknown[]): Promise<unknown> => {
    if (failure) return Promise.reject(failure);
    if (client) return (client[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    onFirstCall();
    return new Promise((resolve, reject) => queue.push([method, args, resolve, reject]));
  };

  const api = {
    ready,
    version,
    on(name: HostEventName, handler: Handler) {
      if (typeof handler !== 'function') throw new TypeError(`Aisle.on('${name}', handler): handler must be a function`);
      if (!handlers.has(name)) handlers.set(name, new Set());
      handlers.get(name)!.add(handler);
      return () => handlers.get(name)?.delete(handler);
    },
  } as Record<string, unknown>;
  for (const method of QUEUED_METHODS) api[method] = (...args: unknown[]) => run(method, args);

  // Calls from a pre-load snippet: `Aisle.q.push([method, args, resolve?, reject?])`.
  // Each is checked alone: a malformed entry is skipped, never the ones after it.
  for (const item of earlier) {
    try {
      if (!Array.isArray(item) || !QUEUED_METHODS.includes(item[0])) continue;
      const [method, args, resolve, reject] = item as [QueuedMethod, unknown, unknown, unknown];
      const list = args && typeof args === 'object' ? Array.from(args as ArrayLike<unknown>) : [];
      const settle = (f: unknown) => (typeof f === 'function' ? (f as (v: unknown) => void) : () => undefined);
      run(method, list).then(settle(resolve), settle(reject));
    } catch {
      // An entry whose arguments throw when read.
    }
  }

  return {
    api: api as unknown as AisleApi,
    attach(real) {
      client = real;
      for (const [method, args, resolve, reject] of queue.splice(0)) run(method, args).then(resolve, reject);
    },
    fail(error) {
      failure = error;
      failReady(error);
      for (const [, , , reject] of queue.splice(0)) reject(error);
    },
    markReady: () => markReady(),
    notify(name, detail) {
      for (const handler of handlers.get(name) ?? []) {
        try {
          handler(detail as HostEventMap[typeof name]);
        } catch (err) {
          console.error(`[aisle] an Aisle.on('${name}') handler threw:`, err);
        }
      }
    },
  };
}
