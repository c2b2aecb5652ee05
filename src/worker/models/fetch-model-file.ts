// Worker models: fetches one model file with progress events and keeps it in the Cache API
// ('aisle-models-v1'), so a second visit reads it from disk. Where caches are unavailable (opaque
// origins, some private modes) it is a plain fetch.
import type { LoadProgress } from '../../protocol/progress.ts';

export const MODEL_CACHE = 'aisle-models-v1';

export interface FetchFileOptions {
  onProgress?: (p: LoadProgress) => void;
  /** Expected size, for progress when the server sends no Content-Length (compressed responses). */
  expectedBytes?: number;
  /** Content version (e.g. a hash prefix): part of the cache key, so a rebuilt model is fetched again. */
  version?: string;
}

async function openCache(): Promise<Cache | null> {
  try {
    return typeof caches === 'undefined' ? null : await caches.open(MODEL_CACHE);
  } catch {
    return null;
  }
}

/** At most this often a download reports its progress to the page. */
const PROGRESS_EVERY_MS = 250;

async function readWithProgress(response: Response, file: string, total: number, onProgress?: (p: LoadProgress) => void): Promise<Uint8Array<ArrayBuffer>> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    // Every report is a message and a render on the shop's main thread: a few per second is plenty
    // for a progress bar (a stream of 64 KB reads was over a hundred, on a thread the page needs).
    const now = Date.now();
    if (now - reported >= PROGRESS_EVERY_MS) {
      reported = now;
      onProgress?.({ status: 'progress', file, loaded, total: Math.max(total, loaded) });
    }
  }
  // The last report always says "all of it", whenever the one before was sent.
  if (loaded > 0) onProgress?.({ status: 'progress', file, loaded, total: Math.max(total, loaded) });
  const out = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export async function fetchModelFile(url: string, options: FetchFileOptions = {}): Promise<Uint8Array> {
  const file = url.slice(url.lastIndexOf('/') + 1);
  const key = options.version ? `${url}${url.includes('?') ? '&' : '?'}v=${options.version}` : url;
  options.onProgress?.({ status: 'initiate', file });
  const cache = await openCache();
  const hit = cache ? await cache.match(key) : undefined;
  if (hit) {
    const bytes = new Uint8Array(await hit.arrayBuffer());
    options.onProgress?.({ status: 'done', file });
    return bytes;
  }
  options.onProgress?.({ status: 'download', file });
  const response = await fetch(key);
  if (!response.ok) throw new Error(`model file ${url}: HTTP ${response.status}; is the models/ folder deployed next to the widget?`);
  const total = Number(response.headers.get('content-length')) || options.expectedBytes || 0;
  const bytes = await readWithProgress(response, file, total, options.onProgress);
  if (cache) {
    // A full quota or a storage error must not cost the shopper the model: cache best-effort only.
    await cache.put(key, new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } })).catch(() => undefined);
  }
  options.onProgress?.({ status: 'done', file });
  return bytes;
}
