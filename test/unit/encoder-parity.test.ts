// Encoder parity: the ONNX rebuild (models/generated/use-lite-*, onnxruntime-node) against the original
// TF.js graph model fed the same token ids, over ≥ 200 varied strings, in batches as the index builder
// sends them. Needs `npm run models` (the test builds them if missing; it is fast when up to date).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUseLiteModels } from '../../src/cli/models/build-models.ts';
import { GENERATED_DIR } from '../../src/cli/models/model-paths.ts';
import { createNodeUseLiteEmbedder } from '../../src/cli/models/node-embedder.ts';
import { SentencePieceTokenizer, type TokenizerData } from '../../src/shared/tokenizer/sentencepiece-tokenizer.ts';
import type { Embedder } from '../../src/worker/models/embedder.ts';
import { parityTexts } from '../browser/fixtures/encoder/parity-texts.ts';
import { loadTfjsReference } from '../browser/fixtures/encoder/tfjs-reference.ts';

const BATCH = 32;
const texts = parityTexts();
let reference: Float32Array[] = [];

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return dot / Math.sqrt(na * nb);
}

const dot = (a: Float32Array, b: Float32Array): number => a.reduce((s, v, i) => s + v * b[i], 0);

/** Share of the reference's top-5 neighbours (over the first 130 strings: product titles) that `got` keeps. */
function top5Retention(got: Float32Array[]): number {
  const n = 130;
  const top5 = (rows: Float32Array[], i: number): number[] =>
    rows.slice(0, n).map((r, j) => [j, j === i ? -Infinity : dot(rows[i], r)] as const).sort((x, y) => y[1] - x[1]).slice(0, 5).map(([j]) => j);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const ref = new Set(top5(reference, i));
    kept += top5(got, i).filter((j) => ref.has(j)).length;
  }
  return kept / (5 * n);
}

async function cosinesOf(variant: string): Promise<{ cosines: number[]; got: Float32Array[] }> {
  const embedder = await createNodeUseLiteEmbedder(join(GENERATED_DIR, variant));
  const got = await embedAll(embedder);
  await embedder.dispose();
  return { got, cosines: got.map((row, i) => cosine(row, reference[i])) };
}

async function embedAll(embedder: Embedder): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += BATCH) out.push(...(await embedder.embed(texts.slice(i, i + BATCH))));
  return out;
}

beforeAll(async () => {
  buildUseLiteModels();
  const tokenizer = new SentencePieceTokenizer(JSON.parse(readFileSync(join(GENERATED_DIR, 'use-lite-fp32', 'tokenizer.json'), 'utf8')) as TokenizerData);
  // The original is fed every id: its graph clips to 128 positions itself, which checks our truncation.
  const ids = texts.map((t) => tokenizer.encode(t));
  expect(Math.max(...ids.map((r) => r.length))).toBeGreaterThan(128);
  const tfjs = await loadTfjsReference('wasm');
  for (let i = 0; i < ids.length; i += BATCH) reference.push(...(await tfjs.embedIds(ids.slice(i, i + BATCH))));
  tfjs.dispose();
});

afterAll(() => {
  reference = [];
});

describe('USE-Lite ONNX rebuild vs the TF.js original', () => {
  it('fp32 agrees to cosine ≥ 0.99999 on every string, max abs diff < 1e-5', async () => {
    const embedder = await createNodeUseLiteEmbedder(join(GENERATED_DIR, 'use-lite-fp32'));
    const got = await embedAll(embedder);
    await embedder.dispose();
    expect(got).toHaveLength(texts.length);
    got.forEach((row, i) => {
      expect(row).toHaveLength(512);
      expect(cosine(row, reference[i]), JSON.stringify(texts[i])).toBeGreaterThanOrEqual(0.99999);
      const maxDiff = row.reduce((m, v, k) => Math.max(m, Math.abs(v - reference[i][k])), 0);
      expect(maxDiff, JSON.stringify(texts[i])).toBeLessThan(1e-5);
    });
  });

  it('int8 agrees to cosine ≥ 0.999 on every string', async () => {
    const embedder = await createNodeUseLiteEmbedder(join(GENERATED_DIR, 'use-lite-int8'));
    const got = await embedAll(embedder);
    await embedder.dispose();
    const cosines = got.map((row, i) => cosine(row, reference[i]));
    cosines.forEach((c, i) => expect(c, JSON.stringify(texts[i])).toBeGreaterThanOrEqual(0.999));
    expect(cosines.reduce((a, b) => a + b, 0) / cosines.length).toBeGreaterThan(0.9995);
  });

  it('int8-fp16 (float matrices stored as fp16) keeps the int8 bar: cosine ≥ 0.999 on every string', async () => {
    const { cosines } = await cosinesOf('use-lite-int8-fp16');
    cosines.forEach((c, i) => expect(c, JSON.stringify(texts[i])).toBeGreaterThanOrEqual(0.999));
    expect(cosines.reduce((a, b) => a + b, 0) / cosines.length).toBeGreaterThan(0.9995);
  });

  // The size-target variants cannot keep 0.999 (models/README.md); these lines pin what they do keep.
  it('int6 (int6/int7 in int8 tensors) keeps cosine ≥ 0.985 worst, ≥ 0.996 mean, ≥ 95% of top-5 neighbours', async () => {
    const { cosines, got } = await cosinesOf('use-lite-int6');
    cosines.forEach((c, i) => expect(c, JSON.stringify(texts[i])).toBeGreaterThanOrEqual(0.985));
    expect(cosines.reduce((a, b) => a + b, 0) / cosines.length).toBeGreaterThan(0.996);
    expect(top5Retention(got)).toBeGreaterThanOrEqual(0.95);
  });

  it('int4 (opset-21 block-wise DequantizeLinear) keeps cosine ≥ 0.94 worst, ≥ 0.98 mean', async () => {
    const { cosines } = await cosinesOf('use-lite-int4');
    cosines.forEach((c, i) => expect(c, JSON.stringify(texts[i])).toBeGreaterThanOrEqual(0.94));
    expect(cosines.reduce((a, b) => a + b, 0) / cosines.length).toBeGreaterThan(0.98);
  });

  it('int8 with DequantizeLinear kept live per call (the ORT web default) also stays ≥ 0.999', async () => {
    const live = await createNodeUseLiteEmbedder(join(GENERATED_DIR, 'use-lite-int8'), { keepQdq: true });
    const got = await embedAll(live);
    await live.dispose();
    got.forEach((row, i) => expect(cosine(row, reference[i]), JSON.stringify(texts[i])).toBeGreaterThanOrEqual(0.999));
  });

  it("a text's vector does not depend on the rest of its batch (padding is masked)", async () => {
    const embedder = await createNodeUseLiteEmbedder(join(GENERATED_DIR, 'use-lite-int8'));
    const [alone] = await embedder.embed(['red running shoes']);
    const batched = await embedder.embed(['a much longer text that pads the short one with many more tokens than it has', 'red running shoes', '']);
    await embedder.dispose();
    expect(batched).toHaveLength(3);
    alone.forEach((v, k) => expect(Math.abs(v - batched[1][k])).toBeLessThan(1e-5));
    for (const row of batched) expect(Math.hypot(...row)).toBeCloseTo(1, 5);
  });
});
