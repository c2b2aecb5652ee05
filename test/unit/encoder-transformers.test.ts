// transformers.js embedder: the tiny BERT-shaped model (build-tiny-model.ts) through feature-extraction
// with mean pooling + normalize in Node, checked against its forward pass recomputed by hand, and
// picked by createNodeEmbedder from aisle-model.json (kind "transformers").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY_HIDDEN, TINY_VOCAB, buildTinyModel, tinyModelWeights } from '../../src/cli/models/build-tiny-model.ts';
import { createNodeEmbedder } from '../../src/cli/models/node-embedder.ts';
import type { Embedder } from '../../src/worker/models/embedder.ts';

/** The tiny model by hand: embeddings → LayerNorm → tanh(dense), mean over tokens, L2-normalised. */
function handEmbedding(tokens: string[]): Float32Array {
  const w = tinyModelWeights();
  const h = TINY_HIDDEN;
  const sum = new Float64Array(h);
  tokens.forEach((token, t) => {
    const id = TINY_VOCAB.indexOf(token);
    expect(id, token).toBeGreaterThanOrEqual(0);
    const x = Array.from({ length: h }, (_, k) => w.word[id * h + k] + w.position[t * h + k] + w.tokenType[k]);
    const mean = x.reduce((a, b) => a + b, 0) / h;
    const variance = x.reduce((a, b) => a + (b - mean) ** 2, 0) / h;
    const n = x.map((v) => (v - mean) / Math.sqrt(variance + 1e-12));
    for (let j = 0; j < h; j++) {
      let acc = w.denseBias[j];
      for (let k = 0; k < h; k++) acc += n[k] * w.dense[k * h + j];
      sum[j] += Math.tanh(acc);
    }
  });
  const norm = Math.hypot(...sum);
  return Float32Array.from(sum, (v) => v / norm);
}

let embedder: Embedder;
beforeAll(async () => {
  embedder = await createNodeEmbedder(buildTinyModel());
});
afterAll(() => embedder.dispose());

describe('transformers.js embedder (tiny BERT)', () => {
  it('is chosen from aisle-model.json and reports its id and size', () => {
    expect(embedder.id).toBe('tiny-bert');
    expect(embedder.dim).toBe(TINY_HIDDEN);
    expect(embedder.backend).toBe('node');
  });

  it('matches the hand-computed forward pass, padding masked out of the mean', async () => {
    const [long, short] = await embedder.embed(['Red headphones, warm coats!', 'blue shoe']);
    const expected = [
      handEmbedding(['[CLS]', 'red', 'head', '##phones', ',', 'warm', 'coat', '##s', '!', '[SEP]']),
      handEmbedding(['[CLS]', 'blue', 'shoe', '[SEP]']),
    ];
    [long, short].forEach((row, i) => {
      expect(row).toHaveLength(TINY_HIDDEN);
      row.forEach((v, k) => expect(v).toBeCloseTo(expected[i][k], 5));
    });
  });

  it('returns one unit vector per text, empty text and empty batch included', async () => {
    expect(await embedder.embed([])).toEqual([]);
    const rows = await embedder.embed(['', 'a gift for the cheap ?']);
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(Math.hypot(...r)).toBeCloseTo(1, 5);
  });
});
