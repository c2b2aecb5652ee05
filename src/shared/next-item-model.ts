// Shared (CLI training and build, offline eval, worker): the trained next-item model and its index chunk.
// The shopper's vector is a position-weighted sum of the embeddings of their last few items (newest first,
// weights learned); an item's score is the dot product of that vector with the item's own embedding (input
// and output embeddings are one table). So each history item's share of a score is exact, and the reason
// can name the product that contributed most. Trained by src/cli/train/train-next-item-model.ts.
import type { ItemVectors } from '../worker/catalog/catalog-data.ts';

export interface NextItemModel {
  dim: number;
  /** Weight of the newest item, the one before, ... (as many as the model reads). */
  positions: Float32Array;
  /** Embeddings in catalog product order (per-row scale × int8); an all-zero row is a product never seen. */
  items: ItemVectors;
  /** Per-row bias: how likely an item is next whatever came before. */
  bias: Float32Array;
}

/** The shopper's vector: Σ positions[g] × items[history[g]], history newest first (catalog rows). */
export function shopperVector(m: NextItemModel, newestFirst: readonly number[]): Float32Array {
  const { dim, scales, data } = m.items;
  const u = new Float32Array(dim);
  for (let g = 0; g < m.positions.length && g < newestFirst.length; g++) {
    const r = newestFirst[g]!;
    const s = m.positions[g]! * scales[r]!;
    for (let k = 0, i = r * dim; k < dim; k++, i++) u[k] += s * data[i]!;
  }
  return u;
}

/** Dot product of a dense vector with item row r. */
export function itemDot(m: NextItemModel, u: Float32Array, r: number): number {
  const { dim, scales, data } = m.items;
  let dot = 0;
  for (let k = 0, i = r * dim; k < dim; k++, i++) dot += u[k]! * data[i]!;
  return dot * scales[r]!;
}

/** The model's score of row r after the shopper vector u: how likely it comes next (a logit). */
export function nextItemLogit(m: NextItemModel, u: Float32Array, r: number): number {
  return itemDot(m, u, r) + m.bias[r]!;
}

/** Every row's logit after u, into `out` (-Infinity for rows the model never saw): one pass, no calls. */
export function allLogits(m: NextItemModel, u: Float32Array, out: Float32Array): void {
  const { dim, scales, data } = m.items;
  for (let r = 0, i = 0; r < out.length; r++, i += dim) {
    const scale = scales[r]!;
    if (!(scale > 0)) {
      out[r] = -Infinity;
      continue;
    }
    let dot = 0;
    for (let k = 0; k < dim; k++) dot += u[k]! * data[i + k]!;
    out[r] = dot * scale + m.bias[r]!;
  }
}

/** Whether the model learned anything about row r (untrained rows are stored as zeros). */
export function knows(m: NextItemModel, r: number): boolean {
  return m.items.scales[r]! > 0;
}

const HEADER = 12;

/**
 * The `next-item` chunk: Uint32 dim, Uint32 P, Uint32 rows, Float32 positions[P], Float32 bias[rows],
 * Float32 scales[rows], Int8 embeddings[rows × dim] (little endian; product order).
 */
export function encodeNextItem(dim: number, positions: Float32Array, rows: Float32Array[], bias: Float32Array): Uint8Array {
  const n = rows.length;
  const p = positions.length;
  const bytes = new Uint8Array(HEADER + 4 * p + 8 * n + n * dim);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, dim, true);
  view.setUint32(4, p, true);
  view.setUint32(8, n, true);
  positions.forEach((w, g) => view.setFloat32(HEADER + 4 * g, w, true));
  const biasAt = HEADER + 4 * p;
  for (let r = 0; r < n; r++) view.setFloat32(biasAt + 4 * r, bias[r]!, true);
  const scaleAt = biasAt + 4 * n;
  const data = new Int8Array(bytes.buffer, scaleAt + 4 * n, n * dim);
  rows.forEach((row, r) => {
    let max = 0;
    for (let k = 0; k < dim; k++) max = Math.max(max, Math.abs(row[k]!));
    const scale = max / 127;
    view.setFloat32(scaleAt + 4 * r, scale, true);
    for (let k = 0; k < dim; k++) data[r * dim + k] = scale > 0 ? Math.round(row[k]! / scale) : 0;
  });
  return bytes;
}

/** Reads the chunk; `rows` must be the catalog's product count. Errors name what is wrong and the fix. */
export function decodeNextItem(buffer: ArrayBuffer, rows: number, file = 'next-item chunk'): NextItemModel {
  const view = new DataView(buffer);
  const bad = (why: string) => new Error(`${file}: ${why}; rebuild the index with aisle build`);
  if (buffer.byteLength < HEADER) throw bad(`${buffer.byteLength} bytes is too short for a next-item model`);
  const dim = view.getUint32(0, true);
  const p = view.getUint32(4, true);
  const n = view.getUint32(8, true);
  if (n !== rows) throw bad(`it has ${n} rows, the catalog ${rows} products`);
  if (buffer.byteLength !== HEADER + 4 * p + 8 * n + n * dim) throw bad(`${buffer.byteLength} bytes do not match ${n} rows × ${dim} dims and ${p} positions`);
  const floats = (at: number, count: number) => {
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++) out[i] = view.getFloat32(at + 4 * i, true);
    return out;
  };
  const positions = floats(HEADER, p);
  const bias = floats(HEADER + 4 * p, n);
  const scales = floats(HEADER + 4 * p + 4 * n, n);
  const data = new Int8Array(buffer, HEADER + 4 * p + 8 * n, n * dim);
  return { dim, positions, bias, items: { dim, scales, data } };
}
