// CLI build: product texts → sentence-encoder vectors, cached by content hash in a cache folder so a
// rebuild only embeds products whose text changed. The text is the worker's own `productText`, so
// index vectors and vectors the worker computes lazily live in the same space.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Product } from '../../protocol/product.ts';
import { productText } from '../../worker/assistant/retrieve/embed-scorer.ts';
import type { Embedder } from '../../worker/models/embedder.ts';

/** The part of the encoder's Embedder (src/worker/models/embedder.ts) the build uses. */
export type BuildEmbedder = Pick<Embedder, 'id' | 'dim' | 'embed'>;

export interface EmbedResult {
  vectors: Float32Array[];
  embedded: number;
  cached: number;
}

const BATCH = 64;
const HASH_BYTES = 16;

export async function embedProducts(products: Product[], embedder: BuildEmbedder, cacheDir: string, onProgress?: (f: number) => void): Promise<EmbedResult> {
  const file = join(cacheDir, `embeddings-${embedder.id.replace(/[^\w.-]/g, '_')}-${embedder.dim}.bin`);
  const cache = readCache(file, embedder.dim);
  const hashes = products.map((p) => createHash('sha256').update(productText(p)).digest('hex').slice(0, HASH_BYTES * 2));
  const missing = [...new Set(hashes.filter((h) => !cache.has(h)))];
  const textOf = new Map(products.map((p, i) => [hashes[i], productText(p)]));
  for (let i = 0; i < missing.length; i += BATCH) {
    onProgress?.(i / missing.length);
    const batch = missing.slice(i, i + BATCH);
    const out = await embedder.embed(batch.map((h) => textOf.get(h)!));
    batch.forEach((h, k) => cache.set(h, out[k]));
  }
  const vectors = hashes.map((h) => cache.get(h)!);
  // Keep this build's rows plus older ones up to the same count again: switching a feed back and forth stays cheap.
  const keep = new Map(hashes.map((h, i) => [h, vectors[i]]));
  const limit = keep.size * 2;
  for (const [h, v] of cache) {
    if (keep.size >= limit) break;
    if (!keep.has(h)) keep.set(h, v);
  }
  writeCache(file, keep, embedder.dim);
  return { vectors, embedded: missing.length, cached: products.length - missing.length };
}

/** Cache file: records of 16 hash bytes + dim Float32, nothing else; a corrupt file is simply ignored. */
export function readCache(file: string, dim: number): Map<string, Float32Array> {
  const cache = new Map<string, Float32Array>();
  if (!existsSync(file)) return cache;
  const bytes = readFileSync(file);
  const size = HASH_BYTES + 4 * dim;
  if (bytes.length % size !== 0) return cache;
  for (let off = 0; off < bytes.length; off += size) {
    const hash = bytes.subarray(off, off + HASH_BYTES).toString('hex');
    cache.set(hash, new Float32Array(bytes.buffer.slice(bytes.byteOffset + off + HASH_BYTES, bytes.byteOffset + off + size)));
  }
  return cache;
}

export function writeCache(file: string, entries: Map<string, Float32Array>, dim: number): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const size = HASH_BYTES + 4 * dim;
  const out = Buffer.alloc(entries.size * size);
  let off = 0;
  for (const [hash, v] of entries) {
    Buffer.from(hash, 'hex').copy(out, off);
    Buffer.from(v.buffer, v.byteOffset, v.byteLength).copy(out, off + HASH_BYTES);
    off += size;
  }
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, out);
  renameSync(tmp, file);
}
