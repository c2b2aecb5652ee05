// Index vectors: int8 quantisation round trip (VectorsLayout bytes), PCA reduction to a smaller dim and
// the recall@10 measure that reports what either costs, on seeded clustered vectors of encoder size.
import { describe, expect, it } from 'vitest';
import { fitPca, project, projectionBytes } from '../../src/cli/build/pca-projection.ts';
import { cosine, dequantize, normalize, quantizeInt8, recallAtK } from '../../src/cli/build/quantize-vectors.ts';

/** Seeded vectors that live near a 40-dim subspace, as sentence embeddings of one catalog mostly do. */
function embeddingsLike(n: number, dim: number, seed: number): Float32Array[] {
  let s = seed;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296) - 0.5;
  const basis = Array.from({ length: 40 }, () => Float32Array.from({ length: dim }, rand));
  return Array.from({ length: n }, () => {
    const v = Float32Array.from({ length: dim }, () => 0.01 * rand());
    for (const b of basis) {
      const w = rand();
      for (let k = 0; k < dim; k++) v[k] += w * b[k];
    }
    return normalize(v);
  });
}

describe('int8 vectors', () => {
  const rows = embeddingsLike(600, 512, 3);
  const bytes = quantizeInt8(rows, 512);

  it('follow VectorsLayout: 4 bytes of scale then dim int8 per row', () => {
    expect(bytes.length).toBe(600 * 4 + 600 * 512);
  });
  it('round-trip with cosine ≥ 0.999 to the fp32 rows', () => {
    const back = dequantize(bytes, 600, 512);
    expect(Math.min(...rows.map((r, i) => cosine(r, back[i])))).toBeGreaterThan(0.999);
  });
  it('keep ≥ 98% of the fp32 top-10 neighbours', () => {
    expect(recallAtK(rows, dequantize(bytes, 600, 512), 10, 100)).toBeGreaterThanOrEqual(0.98);
  });
});

describe('PCA reduction', () => {
  const rows = embeddingsLike(1500, 512, 5);
  const pca = fitPca(rows, 128);
  const reduced = rows.map((r) => normalize(project(pca, r)));

  it('keeps the neighbourhoods of vectors that live in a low-dim subspace', () => {
    const stored = dequantize(quantizeInt8(reduced, 128), reduced.length, 128);
    expect(recallAtK(rows, stored, 10, 150)).toBeGreaterThanOrEqual(0.95);
  });
  it('has orthonormal axes, ordered by variance', () => {
    const axis = (j: number) => pca.axes.subarray(j * 512, (j + 1) * 512);
    expect(cosine(axis(0), axis(1))).toBeCloseTo(0, 4);
    expect(Math.hypot(...axis(5))).toBeCloseTo(1, 4);
  });
  it('serialises as inDim, outDim, mean, axes', () => {
    const bytes = projectionBytes(pca);
    const view = new DataView(bytes.buffer);
    expect([view.getUint32(0, true), view.getUint32(4, true), bytes.length]).toEqual([512, 128, 8 + 4 * (512 + 128 * 512)]);
    expect(new Float32Array(bytes.buffer, 8, 3)).toEqual(pca.mean.subarray(0, 3));
  });
  it('refuses a target dim that is not smaller', () => {
    expect(() => fitPca(rows, 512)).toThrow("--vector-dim 512 must be below the encoder's 512 dims");
  });
});
