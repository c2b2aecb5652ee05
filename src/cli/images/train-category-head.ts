// CLI images: trains the category head (shared/vision/category-head.ts) with mini-batch Adam on the
// softmax cross-entropy plus an L2 penalty. Seeded, so a rebuild of the same catalog writes the same head.
import type { CategoryHead } from '../../shared/vision/category-head.ts';

export interface TrainOptions {
  /** L2 penalty on the weights (not the biases). */
  l2?: number;
  epochs?: number;
  learningRate?: number;
  batch?: number;
  seed?: number;
  /** Weight each sample so every class counts the same (a catalog with 300 shirts and 4 hats). */
  balance?: boolean;
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

export function trainCategoryHead(features: Float32Array[], labels: string[], options: TrainOptions = {}): CategoryHead {
  const classes = [...new Set(labels)].sort();
  if (classes.length < 2) throw new Error(`category head: needs at least 2 categories among the images, got ${classes.length}`);
  const index = new Map(classes.map((c, i) => [c, i]));
  const y = labels.map((l) => index.get(l)!);
  const dim = features[0].length;
  const k = classes.length;
  const n = features.length;
  const { l2 = 1e-4, epochs = 60, learningRate = 0.01, batch = 64, seed = 7, balance = true } = options;
  const counts = new Float64Array(k);
  for (const c of y) counts[c] += 1;
  const sampleWeight = y.map((c) => (balance ? n / (k * counts[c]) : 1));
  const W = new Float32Array(k * dim);
  const b = new Float32Array(k);
  const mW = new Float32Array(k * dim);
  const vW = new Float32Array(k * dim);
  const mb = new Float32Array(k);
  const vb = new Float32Array(k);
  const gW = new Float32Array(k * dim);
  const gb = new Float32Array(k);
  const p = new Float32Array(k);
  const random = rng(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (let start = 0; start < n; start += batch) {
      const end = Math.min(n, start + batch);
      gW.fill(0);
      gb.fill(0);
      for (let t = start; t < end; t++) {
        const s = order[t];
        const x = features[s];
        let max = -Infinity;
        for (let c = 0; c < k; c++) {
          let z = b[c];
          const row = c * dim;
          for (let i = 0; i < dim; i++) z += W[row + i] * x[i];
          p[c] = z;
          if (z > max) max = z;
        }
        let sum = 0;
        for (let c = 0; c < k; c++) sum += p[c] = Math.exp(p[c] - max);
        const w = sampleWeight[s] / (end - start);
        for (let c = 0; c < k; c++) {
          const g = (p[c] / sum - (c === y[s] ? 1 : 0)) * w;
          if (g === 0) continue;
          gb[c] += g;
          const row = c * dim;
          for (let i = 0; i < dim; i++) gW[row + i] += g * x[i];
        }
      }
      step += 1;
      const lr = learningRate * Math.min(1, (epochs * Math.ceil(n / batch) - step + 1) / (0.3 * epochs * Math.ceil(n / batch)));
      const c1 = 1 - 0.9 ** step;
      const c2 = 1 - 0.999 ** step;
      for (let i = 0; i < W.length; i++) {
        const g = gW[i] + l2 * W[i];
        mW[i] = 0.9 * mW[i] + 0.1 * g;
        vW[i] = 0.999 * vW[i] + 0.001 * g * g;
        W[i] -= (lr * (mW[i] / c1)) / (Math.sqrt(vW[i] / c2) + 1e-8);
      }
      for (let c = 0; c < k; c++) {
        mb[c] = 0.9 * mb[c] + 0.1 * gb[c];
        vb[c] = 0.999 * vb[c] + 0.001 * gb[c] * gb[c];
        b[c] -= (lr * (mb[c] / c1)) / (Math.sqrt(vb[c] / c2) + 1e-8);
      }
    }
  }
  return { labels: classes, dim, weights: W, bias: b };
}
