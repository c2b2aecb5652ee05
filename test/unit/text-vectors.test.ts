// Unit: the `text-vectors` chunk. `aisle build` embeds the help centre's sentences and the category paths
// with the real encoder (USE-Lite, onnxruntime-node), the worker reads them back and embeds none of them
// itself: its background embedding made a slot refresh or an answer wait for the sentence in flight.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/cli/build/build-index.ts';
import { cosine } from '../../src/cli/build/quantize-vectors.ts';
import { readFaq } from '../../src/cli/build/read-faq.ts';
import { Problems } from '../../src/cli/build/problems.ts';
import { shopTexts } from '../../src/cli/build/shop-texts.ts';
import { loadNodeEmbedder } from '../../src/cli/models/node-embedder.ts';
import { DEFAULT_MODEL } from '../../src/protocol/config.ts';
import type { IndexManifest, ProductsChunk } from '../../src/protocol/index-format.ts';
import { encodeTextVectors } from '../../src/cli/build/text-vectors-chunk.ts';
import { decodeTextVectors } from '../../src/shared/text-vectors.ts';
import { CategoryVectors } from '../../src/worker/assistant/retrieve/category-vectors.ts';
import { FaqSearch } from '../../src/worker/assistant/retrieve/faq-search.ts';
import type { Embedder } from '../../src/worker/models/embedder.ts';

const FEEDS = join(import.meta.dirname, '../fixtures/feeds');

function unit(values: number[]): Float32Array {
  const v = Float32Array.from(values);
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}

describe('text-vectors layout', () => {
  const texts = ['Standard shipping takes 3-5 working days.', 'Returns are free within 30 days.'];
  const vectors = [unit([0.1, -0.7, 0.2, 0.05]), unit([-0.3, 0.3, 0.9, -0.01])];

  it('gives back each text\'s vector, unit length, within int8 precision, and nothing for other texts', () => {
    const bytes = encodeTextVectors(texts, vectors, 4);
    expect(bytes.length).toBe(8 + 2 * 4 + 2 * 4);
    const known = decodeTextVectors(bytes.buffer as ArrayBuffer, 4);
    texts.forEach((t, i) => {
      const v = known(t)!;
      expect(Math.hypot(...v)).toBeCloseTo(1, 5);
      expect(cosine(v, vectors[i]!)).toBeGreaterThan(0.9999);
    });
    expect(known('Returns are free within 60 days.')).toBeUndefined();
  });

  it('refuses a truncated chunk and one from an encoder of another width, saying what to do', () => {
    const bytes = encodeTextVectors(texts, vectors, 4);
    expect(() => decodeTextVectors(bytes.slice(0, bytes.length - 1).buffer as ArrayBuffer, 4)).toThrow(/rebuild the index/);
    expect(() => decodeTextVectors(bytes.buffer as ArrayBuffer, 512)).toThrow(/4 dims but the encoder gives 512/);
    expect(() => encodeTextVectors(texts, [vectors[0]!], 4)).toThrow(/2 texts but 1 vectors/);
  });
});

describe('aisle build embeds the shop\'s texts; the worker embeds none of them', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'aisle-text-vectors-')), 'index');
  const faqFile = join(FEEDS, 'faq.md');
  let encoder: Embedder;
  let manifest: IndexManifest;
  let texts: string[];
  let chunk: ArrayBuffer;

  beforeAll(async () => {
    // --vector-dim 4: product vectors shrink, the texts must not (the widget compares them with full-width queries).
    await buildIndex({ feeds: [join(FEEDS, 'products.csv'), join(FEEDS, 'shop.json')], faq: faqFile, out, model: DEFAULT_MODEL, cacheDir: join(out, '..', 'cache'), vectorDim: 4 });
    manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as IndexManifest;
    const products = manifest.chunks.filter((c) => c.kind === 'products').flatMap((c) => (JSON.parse(readFileSync(join(out, c.file), 'utf8')) as ProductsChunk).products);
    texts = shopTexts(readFaq(faqFile, new Problems()), products);
    const bytes = readFileSync(join(out, manifest.chunks.find((c) => c.kind === 'text-vectors')!.file));
    chunk = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    encoder = await loadNodeEmbedder(DEFAULT_MODEL);
  });
  afterAll(async () => {
    await encoder?.dispose();
  });

  it('stores every help-centre sentence and category path at the encoder\'s full width, as the encoder embeds it', async () => {
    const known = decodeTextVectors(chunk, encoder.dim);
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) {
      const [live] = await encoder.embed([text]);
      expect(cosine(known(text)!, live!), text).toBeGreaterThan(0.999);
    }
  });

  it('lets the help centre and the categories warm without a single call to the encoder', async () => {
    const known = decodeTextVectors(chunk, encoder.dim);
    const faq = new FaqSearch(readFaq(faqFile, new Problems()));
    const categories = new CategoryVectors(() => [{ name: 'Mugs', path: ['Kitchen', 'Mugs'] }, { name: 'Hoses', path: ['Garden', 'Hoses'] }]);
    const calls: string[] = [];
    const embed = async (batch: string[]) => {
      calls.push(...batch);
      return encoder.embed(batch);
    };
    await faq.warm(embed, undefined, known);
    await categories.warm(embed, undefined, known);
    // 'Garden > Hoses' is no category of this shop's products: only it is embedded on the device.
    expect(calls).toEqual(['Garden Hoses']);
    const [query] = await encoder.embed(['Kitchen Mugs']);
    expect(categories.nearest(query!)[0]).toMatchObject({ name: 'Mugs' });
    expect(categories.nearest(query!)[0]!.cosine).toBeGreaterThan(0.999);
  });
});
