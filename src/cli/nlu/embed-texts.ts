// CLI NLU: sentence-encoder vectors for training utterances, cached by text hash in .cache/nlu/ (gitignored)
// so retraining and the drift test embed only texts they have not seen before.
//
// One append-only file per encoder: records of 16 hash bytes + dim float32, nothing else. A call streams
// the file once and keeps only the vectors it asked for (the file holds every text any run has embedded,
// ~150 MB for the CLINC and Bitext runs; reading it whole into a Map on every call cost seconds and memory),
// then appends what it had to embed, batch by batch, so an interrupted run keeps its work. A torn last
// record (a run killed mid-write) is cut off on the next append.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Embedder } from '../../worker/models/embedder.ts';

const BATCH = 64;
const HASH_BYTES = 16;
/** Records read per chunk while streaming the cache. */
const CHUNK_RECORDS = 2048;
export const NLU_CACHE_DIR = resolve(import.meta.dirname, '../../../.cache/nlu');

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 2 * HASH_BYTES);
}

export function cacheFileOf(embedder: Pick<Embedder, 'id' | 'dim'>, cacheDir = NLU_CACHE_DIR): string {
  return join(cacheDir, `texts-${embedder.id.replace(/[^\w.-]/g, '_')}-${embedder.dim}.bin`);
}

/** The cached vectors of the hashes in `wanted` (streamed: memory grows with what was asked, not the file). */
export function readCachedVectors(file: string, dim: number, wanted: ReadonlySet<string>): Map<string, Float32Array> {
  const found = new Map<string, Float32Array>();
  if (!existsSync(file) || wanted.size === 0) return found;
  const size = HASH_BYTES + 4 * dim;
  const buf = Buffer.alloc(size * CHUNK_RECORDS);
  const fd = openSync(file, 'r');
  try {
    for (;;) {
      const got = readSync(fd, buf, 0, buf.length, null);
      const records = Math.floor(got / size);
      for (let r = 0; r < records; r++) {
        const at = r * size;
        const hash = buf.toString('hex', at, at + HASH_BYTES);
        if (!wanted.has(hash) || found.has(hash)) continue;
        // A copy: the chunk buffer is reused.
        found.set(hash, new Float32Array(buf.buffer.slice(buf.byteOffset + at + HASH_BYTES, buf.byteOffset + at + size)));
      }
      // A short read is the end of the file (a torn record there is ignored).
      if (got < buf.length || found.size === wanted.size) break;
    }
  } finally {
    closeSync(fd);
  }
  return found;
}

/** Appends records to the cache, first cutting off a torn record left by an interrupted run. */
function appendVectors(file: string, dim: number, entries: Array<[string, Float32Array]>): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const size = HASH_BYTES + 4 * dim;
  const fd = openSync(file, existsSync(file) ? 'r+' : 'w+');
  try {
    const length = fstatSync(fd).size;
    const whole = length - (length % size);
    if (whole !== length) ftruncateSync(fd, whole);
    const out = Buffer.alloc(entries.length * size);
    entries.forEach(([hash, v], k) => {
      out.write(hash, k * size, HASH_BYTES, 'hex');
      Buffer.from(v.buffer, v.byteOffset, v.byteLength).copy(out, k * size + HASH_BYTES);
    });
    writeSync(fd, out, 0, out.length, whole);
  } finally {
    closeSync(fd);
  }
}

/** One vector per text, in order; texts embedded once per (encoder, text) across runs. */
export async function embedTexts(texts: string[], embedder: Pick<Embedder, 'id' | 'dim' | 'embed'>, cacheDir = NLU_CACHE_DIR, onProgress?: (done: number, total: number) => void): Promise<Float32Array[]> {
  const file = cacheFileOf(embedder, cacheDir);
  const hashes = texts.map(hashOf);
  const textOf = new Map<string, string>();
  hashes.forEach((h, i) => textOf.set(h, texts[i] as string));
  const vectors = readCachedVectors(file, embedder.dim, new Set(textOf.keys()));
  const missing = [...textOf.keys()].filter((h) => !vectors.has(h));
  for (let i = 0; i < missing.length; i += BATCH) {
    onProgress?.(i, missing.length);
    const batch = missing.slice(i, i + BATCH);
    const out = await embedder.embed(batch.map((h) => textOf.get(h) as string));
    const entries = batch.map((h, k): [string, Float32Array] => [h, out[k] as Float32Array]);
    for (const [h, v] of entries) vectors.set(h, v);
    appendVectors(file, embedder.dim, entries);
  }
  return hashes.map((h) => vectors.get(h) as Float32Array);
}
