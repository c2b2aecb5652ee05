// Index vectors with the real encoder (models/generated/use-lite-int8, built by `npm run models`, which
// `npm test` runs first): VectorsLayout bytes, the content-hash cache on rebuilds, PCA + projection chunk.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/cli/build/build-index.ts';
import { cosine, dequantize } from '../../src/cli/build/quantize-vectors.ts';
import type { IndexManifest, PairTableChunk } from '../../src/protocol/index-format.ts';

const FEEDS = join(import.meta.dirname, '../fixtures/feeds');
const tmp = mkdtempSync(join(tmpdir(), 'aisle-vectors-'));
const cacheDir = join(tmp, 'cache');
const manifestOf = (out: string) => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as IndexManifest;
const chunkBytes = (out: string, kind: string) => readFileSync(join(out, manifestOf(out).chunks.find((c) => c.kind === kind)!.file));

describe('vectors from the bundled encoder', async () => {
  const out = join(tmp, 'full');
  const feeds = [join(FEEDS, 'products.csv'), join(FEEDS, 'shop.json')];
  const first = await buildIndex({ feeds, out, model: 'use-lite-int8', cacheDir });

  it('writes int8 rows + per-row scales for every product, as the manifest says', () => {
    expect(manifestOf(out).encoder).toEqual({ id: 'use-lite-int8', dim: 512, quantization: 'int8' });
    expect(chunkBytes(out, 'vectors').length).toBe(6 * 4 + 6 * 512);
    expect(first.summary.encoder).toMatchObject({ embedded: 6, cached: 0 });
    expect(first.summary.encoder!.recallAt10).toBeGreaterThan(0.9);
  });
  it('places the two mugs closer to each other than to the pan', () => {
    const rows = dequantize(new Uint8Array(chunkBytes(out, 'vectors')), 6, 512);
    expect(cosine(rows[0], rows[1])).toBeGreaterThan(cosine(rows[0], rows[2]));
  });
  it('blends vector and TF-IDF cosines into `similar`', () => {
    const similar = JSON.parse(chunkBytes(out, 'similar').toString('utf8')) as PairTableChunk;
    expect(similar.measure).toBe('blend:0.5*cosine:tfidf+0.5*cosine:use-lite-int8');
    expect(similar.pairs['mug-1'][0][0]).toBe('mug-2');
  });
  it('re-embeds only the product whose text changed', async () => {
    const edited = join(tmp, 'edited.csv');
    writeFileSync(edited, readFileSync(join(FEEDS, 'products.csv'), 'utf8').replace('Travel Mug', 'Insulated Travel Mug'));
    const again = await buildIndex({ feeds: [edited, join(FEEDS, 'shop.json')], out, model: 'use-lite-int8', cacheDir });
    expect(again.summary.encoder).toMatchObject({ embedded: 1, cached: 5 });
  });
  it('stores reduced dims with a projection chunk when asked', async () => {
    const small = join(tmp, 'small');
    const built = await buildIndex({ feeds, out: small, model: 'use-lite-int8', cacheDir, vectorDim: 4 });
    expect(manifestOf(small).encoder).toEqual({ id: 'use-lite-int8', dim: 4, quantization: 'int8' });
    expect(chunkBytes(small, 'vectors').length).toBe(6 * 4 + 6 * 4);
    const projection = chunkBytes(small, 'projection');
    expect([projection.readUInt32LE(0), projection.readUInt32LE(4), projection.length]).toEqual([512, 4, 8 + 4 * (512 + 4 * 512)]);
    expect(built.summary.encoder).toMatchObject({ embedded: 0, cached: 6 });
  });
});
