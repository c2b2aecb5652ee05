// CLI training: fits the next-item model (src/shared/next-item-model.ts) to customers' purchase sequences.
// Every step of a sequence predicts the item that followed it from the items before it. The loss is a
// sampled softmax: the true next item against a set of negatives shared by the batch, drawn by
// popularity^negativePower with the log-probability correction, so it estimates the full softmax over the
// catalog at a hundredth of the cost. Adam, updating only the embedding rows a batch touched.
//
// Written by hand (a sum, a dot product and their gradients): no maintained JS training library runs in
// plain Node without native binaries, and this runs in `aisle build` on the merchant's machine.

import { seededRandom } from '../../../demo/catalog/seeded-random.ts';

export interface NextItemTrainOptions {
  /** Embedding width. */
  dim: number;
  /** How many of the latest items the shopper's vector reads. */
  positions: number;
  epochs: number;
  /** Adam learning rate, decaying linearly to a tenth over the run. */
  lr: number;
  /** Sequences per step. */
  batch: number;
  /** Sampled negatives per step. */
  negatives: number;
  negativePower: number;
  seed: number;
}

/** Tuned on Games-6k validation (test/eval/RESULTS-rec.md). */
export const DEFAULT_NEXT_ITEM_OPTIONS: NextItemTrainOptions = { dim: 64, positions: 5, epochs: 10, lr: 0.003, batch: 256, negatives: 128, negativePower: 0.75, seed: 7 };

export interface EpochReport {
  epoch: number;
  /** Mean sampled-softmax loss over the epoch's predictions. */
  loss: number;
  seconds: number;
}

export interface TrainedNextItem {
  dim: number;
  positions: Float32Array;
  /** One embedding per catalog row; rows that never appear in a sequence are all zeros. */
  rows: Float32Array[];
  /** Per-row bias (how likely an item is next whatever came before), 0 for unseen rows. */
  bias: Float32Array;
  epochs: EpochReport[];
  /** Predictions trained on per epoch. */
  examples: number;
}


/** `sequences`: catalog rows of each customer's purchases, oldest first; `items`: the catalog's size. */
export function trainNextItemModel(sequences: readonly number[][], items: number, options: Partial<NextItemTrainOptions> = {}, onEpoch?: (r: EpochReport) => void): TrainedNextItem {
  const o = { ...DEFAULT_NEXT_ITEM_OPTIONS, ...options };
  const { dim: d, positions: G } = o;
  if (!(d >= 1 && G >= 1 && o.epochs >= 0 && o.negatives >= 1)) throw new RangeError(`next-item model options ${JSON.stringify(o)}: dim, positions and negatives must be ≥ 1`);
  // Seeded (mulberry32, as everywhere in the project), so a rebuild from the same orders trains the same model.
  const random = seededRandom(o.seed).next;
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const train = sequences.filter((s) => s.length >= 2);
  const seen = new Uint8Array(items);
  for (const s of train) for (const r of s) seen[r] = 1;
  const E = new Float32Array(items * d);
  for (let i = 0; i < E.length; i++) E[i] = 0.1 * gaussian();
  const a = Float32Array.from({ length: G }, (_, g) => Math.pow(0.6, g));
  const bias = new Float32Array(items);
  const sampler = negativeSampler(train, items, o.negativePower);
  const adamE = adam(items * d), adamA = adam(G), adamB = adam(items);
  const gE = new Float32Array(items * d), gA = new Float32Array(G), gB = new Float32Array(items);
  const u = new Float32Array(d), du = new Float32Array(d);
  const K = o.negatives;
  const z = new Float64Array(K + 1);
  const order = train.map((_, i) => i);
  const stepsPerEpoch = Math.ceil(train.length / o.batch);
  const total = Math.max(1, o.epochs * stepsPerEpoch);
  const reports: EpochReport[] = [];
  let examples = 0;
  for (const s of train) examples += s.length - 1;
  let step = 0;
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const t0 = Date.now();
    shuffle(order, random);
    let loss = 0;
    for (let b = 0; b < order.length; b += o.batch) {
      const batch = order.slice(b, b + o.batch).map((i) => train[i]!);
      const negs = sampler.draw(K, random);
      const touched = new Set<number>(negs);
      let n = 0;
      for (const s of batch) n += s.length - 1;
      for (const s of batch) {
        for (let t = 0; t < s.length - 1; t++) {
          // u = Σ_g a_g E[s_{t-g}]
          u.fill(0);
          for (let g = 0; g < G && t - g >= 0; g++) {
            const r = s[t - g]! * d;
            for (let k = 0; k < d; k++) u[k] += a[g]! * E[r + k]!;
          }
          const target = s[t + 1]!;
          touched.add(target);
          let max = -Infinity;
          for (let c = 0; c <= K; c++) {
            const item = c === 0 ? target : negs[c - 1]!;
            if (c > 0 && item === target) {
              z[c] = -Infinity;
              continue;
            }
            let dot = bias[item]!;
            for (let k = 0, r = item * d; k < d; k++) dot += u[k]! * E[r + k]!;
            z[c] = dot - sampler.logQ[item]!;
            if (z[c]! > max) max = z[c]!;
          }
          let sum = 0;
          for (let c = 0; c <= K; c++) sum += z[c] = Math.exp(z[c]! - max);
          loss -= Math.log(z[0]! / sum);
          du.fill(0);
          for (let c = 0; c <= K; c++) {
            const g = (z[c]! / sum - (c === 0 ? 1 : 0)) / n;
            if (g === 0) continue;
            const item = c === 0 ? target : negs[c - 1]!;
            gB[item] += g;
            const r = item * d;
            for (let k = 0; k < d; k++) {
              du[k] += g * E[r + k]!;
              gE[r + k] += g * u[k]!;
            }
          }
          for (let g = 0; g < G && t - g >= 0; g++) {
            const row = s[t - g]!;
            touched.add(row);
            const r = row * d;
            let dot = 0;
            for (let k = 0; k < d; k++) {
              gE[r + k] += a[g]! * du[k]!;
              dot += E[r + k]! * du[k]!;
            }
            gA[g] += dot;
          }
        }
      }
      step++;
      const lr = o.lr * (1 - 0.9 * (step / total));
      for (const row of touched) {
        adamE.update(E, gE, row * d, d, lr, step);
        adamB.update(bias, gB, row, 1, lr, step);
      }
      adamA.update(a, gA, 0, G, lr, step);
    }
    const report = { epoch, loss: examples > 0 ? loss / examples : 0, seconds: (Date.now() - t0) / 1000 };
    reports.push(report);
    onEpoch?.(report);
  }
  const rows = Array.from({ length: items }, (_, r) => (seen[r] ? E.slice(r * d, (r + 1) * d) : new Float32Array(d)));
  for (let r = 0; r < items; r++) if (!seen[r]) bias[r] = 0;
  return { dim: d, positions: a, rows, bias, epochs: reports, examples };
}

function shuffle(list: number[], random: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
}

/** Adam over a flat parameter array, one slice at a time (so untouched embedding rows cost nothing). */
function adam(size: number) {
  const m = new Float32Array(size), v = new Float32Array(size);
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  return {
    update(w: Float32Array, grad: Float32Array, from: number, count: number, lr: number, step: number): void {
      const c1 = 1 - Math.pow(b1, step), c2 = 1 - Math.pow(b2, step);
      for (let i = from; i < from + count; i++) {
        const g = grad[i]!;
        m[i] = b1 * m[i]! + (1 - b1) * g;
        v[i] = b2 * v[i]! + (1 - b2) * g * g;
        w[i] -= (lr * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + eps);
        grad[i] = 0;
      }
    },
  };
}

/** Draws negatives ∝ (count + 1)^power; logQ[item] is the log-probability, the sampled-softmax correction. */
export function negativeSampler(sequences: readonly number[][], items: number, power: number): { logQ: Float32Array; draw(n: number, random: () => number): Int32Array } {
  const counts = new Float64Array(items);
  for (const s of sequences) for (const r of s) counts[r]++;
  const cum = new Float64Array(items);
  let sum = 0;
  for (let i = 0; i < items; i++) cum[i] = sum += Math.pow(counts[i]! + 1, power);
  const logQ = new Float32Array(items);
  for (let i = 0; i < items; i++) logQ[i] = Math.log(Math.pow(counts[i]! + 1, power) / sum);
  return {
    logQ,
    draw(n, random) {
      const out = new Int32Array(n);
      for (let k = 0; k < n; k++) {
        const x = random() * sum;
        let lo = 0, hi = items - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (cum[mid]! > x) hi = mid;
          else lo = mid + 1;
        }
        out[k] = lo;
      }
      return out;
    },
  };
}
