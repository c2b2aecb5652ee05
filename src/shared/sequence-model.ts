// Shared (CLI training + offline eval + worker): the next-item sequence model's shape and its forward pass
// for one shopper. A small GPT-style causal-attention encoder (pre-LayerNorm blocks) over item embeddings
// that are also the output layer: the shopper's vector after the last item, dotted with an item's
// embedding, says how likely that item comes next. Trained by src/cli/train/train-sequence-model.ts.

export interface SequenceModelConfig {
  /** Embedding width. */
  dim: number;
  /** Attention heads per block; dim must be a multiple. */
  heads: number;
  blocks: number;
  /** Width of each block's feed-forward layer. */
  hidden: number;
  /** Longest history read; older items are dropped. */
  maxLen: number;
}

export interface BlockWeights {
  ln1g: Float32Array;
  ln1b: Float32Array;
  /** [dim, 3·dim]: query, key and value projections side by side. */
  wqkv: Float32Array;
  bqkv: Float32Array;
  wo: Float32Array;
  bo: Float32Array;
  ln2g: Float32Array;
  ln2b: Float32Array;
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: Float32Array;
}

export interface SequenceModelWeights {
  config: SequenceModelConfig;
  /** [items, dim], rows in the catalog order the model was trained with. */
  items: Float32Array;
  /** [maxLen, dim]: position 0 is the oldest item read. */
  positions: Float32Array;
  blocks: BlockWeights[];
  lnfg: Float32Array;
  lnfb: Float32Array;
}

export const LN_EPS = 1e-5;

export const BLOCK_KEYS = ['ln1g', 'ln1b', 'wqkv', 'bqkv', 'wo', 'bo', 'ln2g', 'ln2b', 'w1', 'b1', 'w2', 'b2'] as const;

/** The shapes of one block's weights, in BLOCK_KEYS order. */
export function blockShapes(c: SequenceModelConfig): Record<(typeof BLOCK_KEYS)[number], number[]> {
  const { dim: d, hidden: f } = c;
  return { ln1g: [d], ln1b: [d], wqkv: [d, 3 * d], bqkv: [3 * d], wo: [d, d], bo: [d], ln2g: [d], ln2b: [d], w1: [d, f], b1: [f], w2: [f, d], b2: [d] };
}

/** out[L, n] = x[L, k] · w[k, n] + b. */
export function linear(x: Float32Array, rows: number, k: number, w: Float32Array, b: Float32Array, n: number, out: Float32Array): void {
  for (let i = 0; i < rows; i++) {
    const o = i * n;
    for (let j = 0; j < n; j++) out[o + j] = b[j]!;
    for (let t = 0; t < k; t++) {
      const xv = x[i * k + t]!;
      if (xv === 0) continue;
      const wr = t * n;
      for (let j = 0; j < n; j++) out[o + j] += xv * w[wr + j]!;
    }
  }
}

/** Row-wise LayerNorm; keeps x̂ and 1/σ when asked (training needs them for the backward pass). */
export function layerNorm(x: Float32Array, rows: number, d: number, g: Float32Array, b: Float32Array, out: Float32Array, xhat?: Float32Array, rstd?: Float32Array): void {
  for (let i = 0; i < rows; i++) {
    const o = i * d;
    let mean = 0;
    for (let j = 0; j < d; j++) mean += x[o + j]!;
    mean /= d;
    let v = 0;
    for (let j = 0; j < d; j++) v += (x[o + j]! - mean) ** 2;
    const r = 1 / Math.sqrt(v / d + LN_EPS);
    if (rstd) rstd[i] = r;
    for (let j = 0; j < d; j++) {
      const h = (x[o + j]! - mean) * r;
      if (xhat) xhat[o + j] = h;
      out[o + j] = h * g[j]! + b[j]!;
    }
  }
}

/**
 * Causal multi-head attention from packed q|k|v rows ([L, 3·dim]) into out ([L, dim]); `probs` ([heads, L, L])
 * keeps the attention weights for training.
 */
export function causalAttention(qkv: Float32Array, rows: number, d: number, heads: number, out: Float32Array, probs?: Float32Array): void {
  const dh = d / heads;
  const scale = 1 / Math.sqrt(dh);
  const s = new Float32Array(rows);
  out.fill(0, 0, rows * d);
  for (let h = 0; h < heads; h++) {
    const off = h * dh;
    for (let i = 0; i < rows; i++) {
      let max = -Infinity;
      for (let j = 0; j <= i; j++) {
        let dot = 0;
        for (let t = 0; t < dh; t++) dot += qkv[i * 3 * d + off + t]! * qkv[j * 3 * d + d + off + t]!;
        s[j] = dot * scale;
        if (s[j]! > max) max = s[j]!;
      }
      let sum = 0;
      for (let j = 0; j <= i; j++) sum += s[j] = Math.exp(s[j]! - max);
      for (let j = 0; j <= i; j++) {
        const p = s[j]! / sum;
        if (probs) probs[(h * rows + i) * rows + j] = p;
        for (let t = 0; t < dh; t++) out[i * d + off + t] += p * qkv[j * 3 * d + 2 * d + off + t]!;
      }
    }
  }
}

/** The input rows of a history: item embedding plus position, oldest first, at most maxLen. */
export function embedInputs(w: SequenceModelWeights, itemRows: readonly number[], out: Float32Array): void {
  const d = w.config.dim;
  itemRows.forEach((row, i) => {
    for (let j = 0; j < d; j++) out[i * d + j] = w.items[row * d + j]! + w.positions[i * d + j]!;
  });
}

/**
 * The shopper's vector after the last of `itemRows` (catalog rows, oldest first; older than maxLen are
 * dropped). Score of item r = dot(vector, items[r]).
 */
export function encodeHistory(w: SequenceModelWeights, itemRows: readonly number[]): Float32Array {
  const { dim: d, heads, hidden: f, maxLen } = w.config;
  const rows = itemRows.slice(-maxLen);
  const L = rows.length;
  const out = new Float32Array(d);
  if (L === 0) return out;
  const x = new Float32Array(L * d);
  embedInputs(w, rows, x);
  const a = new Float32Array(L * d);
  const qkv = new Float32Array(L * 3 * d);
  const att = new Float32Array(L * d);
  const y = new Float32Array(L * d);
  const u = new Float32Array(L * f);
  for (const b of w.blocks) {
    layerNorm(x, L, d, b.ln1g, b.ln1b, a);
    linear(a, L, d, b.wqkv, b.bqkv, 3 * d, qkv);
    causalAttention(qkv, L, d, heads, att);
    linear(att, L, d, b.wo, b.bo, d, y);
    for (let i = 0; i < L * d; i++) x[i] += y[i]!;
    layerNorm(x, L, d, b.ln2g, b.ln2b, a);
    linear(a, L, d, b.w1, b.b1, f, u);
    for (let i = 0; i < L * f; i++) if (u[i]! < 0) u[i] = 0;
    linear(u, L, f, b.w2, b.b2, d, y);
    for (let i = 0; i < L * d; i++) x[i] += y[i]!;
  }
  layerNorm(x.subarray((L - 1) * d, L * d), 1, d, w.lnfg, w.lnfb, out);
  return out;
}
