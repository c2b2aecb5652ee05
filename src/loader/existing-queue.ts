// Loader: what the page left in `window.Aisle` before this script ran. The README's snippet leaves a
// call queue (`{ q: [...], r: [resolve, reject] }`); a second copy of the tag finds the live API. Anything
// else (another library's global, a typo, `{ q: 5 }`) is treated as absent, with a warning.

type Settle = [(value?: unknown) => void, (error: unknown) => void];

export interface ExistingQueue {
  /** Calls queued by the snippet, as `[method, args, resolve?, reject?]` (checked one by one when replayed). */
  q: unknown[];
  /** The snippet's own `ready` promise's settle functions. */
  r?: Settle;
}

/** 'loaded' when a copy of the widget already runs on the page; null when there is no usable queue. */
export function readExistingQueue(w: { Aisle?: unknown }, warn: (message: string) => void): ExistingQueue | 'loaded' | null {
  const ignore = (what: string): null => {
    warn(`window.Aisle was already set to ${what}, which is not Aisle's call queue; ignoring it (and any calls in it). Set it only with the snippet in the README`);
    return null;
  };
  try {
    const value = w.Aisle;
    if (value === undefined) return null;
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return ignore(value === null ? 'null' : `a ${typeof value}`);
    const o = value as Record<string, unknown>;
    // Own property only: a page that polluted Object.prototype.__aisle must not switch the widget off.
    if (Object.getOwnPropertyDescriptor(o, '__aisle')?.value === true) return 'loaded';
    const q = o.q;
    if (!Array.isArray(q)) return ignore(`an object whose q is ${q === null ? 'null' : typeof q}`);
    const r = o.r;
    const queue: ExistingQueue = { q: Array.from(q) };
    if (Array.isArray(r) && typeof r[0] === 'function' && typeof r[1] === 'function') queue.r = [r[0], r[1]] as Settle;
    return queue;
  } catch (err) {
    // A getter that throws, a revoked Proxy: nothing of it can be trusted.
    return ignore(`something that throws when read (${err instanceof Error ? err.message : String(err)})`);
  }
}
