// CLI NLU: sentence-encoder vectors for training utterances, cached by text hash in .cache/nlu/ (gitignored)
// so retraining and the drift test embed only texts they have not seen before.
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { readCache, writeCache } from '../build/embed-products.ts';
import type { Embedder } from '../../worker/models/embedder.ts';

const BATCH = 64;
export const NLU_CACHE_DIR = resolve(import.meta.dirname, '../../../.cache/nlu');

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** One vector per text, in order; texts embedded once per (encoder, text) across runs. */
export async function embedTexts(texts: string[], embedder: Pick<Embedder, 'id' | 'dim' | 'embed'>, cacheDir = NLU_CACHE_DIR, onProgress?: (done: number, total: number) => void): Promise<Float32Array[]> {
  const file = join(cacheDir, `texts-${embedder.id.replace(/[^\w.-]/g, '_')}-${embedder.dim}.bin`);
  const cache = readCache(file, embedder.dim);
  const hashes = texts.map(hashOf);
  const textOf = new Map<string, string>();
  hashes.forEach((h, i) => textOf.set(h, texts[i] as string));
  const missing = [...textOf.keys()].filter((h) => !cache.has(h));
  for (let i = 0; i < missing.length; i += BATCH) {
    onProgress?.(i, missing.length);
    const batch = missing.slice(i, i + BATCH);
    const out = await embedder.embed(batch.map((h) => textOf.get(h) as string));
    batch.forEach((h, k) => cache.set(h, out[k] as Float32Array));
    // Write every ~5k so an interrupted first run keeps most of its work.
    if ((i / BATCH) % 80 === 79) writeCache(file, cache, embedder.dim);
  }
  if (missing.length) writeCache(file, cache, embedder.dim);
  return hashes.map((h) => cache.get(h) as Float32Array);
}
