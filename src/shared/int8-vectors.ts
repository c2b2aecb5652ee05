// Shared: maths on the index's int8 item vectors (VectorsLayout: per-row scale × int8 values), used by
// the recommender's `similar` and `for-you` strategies. Rows are L2-normalised on the fly.
import type { ItemVectors } from '../worker/catalog/catalog-data.ts';

/** Cosine similarity of rows a and b. 0 when either row is all zeros. */
export function rowCosine(v: ItemVectors, a: number, b: number): number {
  const { dim, data } = v;
  let dot = 0, na = 0, nb = 0;
  for (let k = 0, i = a * dim, j = b * dim; k < dim; k++, i++, j++) {
    const x = data[i], y = data[j];
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** Cosine of a dense query (any scale) with row r. */
export function queryCosine(v: ItemVectors, query: Float32Array, queryNorm: number, r: number): number {
  const { dim, data } = v;
  let dot = 0, nr = 0;
  for (let k = 0, i = r * dim; k < dim; k++, i++) {
    const y = data[i];
    dot += query[k] * y;
    nr += y * y;
  }
  return nr > 0 && queryNorm > 0 ? dot / (Math.sqrt(nr) * queryNorm) : 0;
}

/** Adds weight × (row r, unit length) into acc; the sum of unit rows is a profile's taste vector. */
export function addUnitRow(v: ItemVectors, r: number, weight: number, acc: Float32Array): void {
  const { dim, data } = v;
  let n = 0;
  for (let k = 0, i = r * dim; k < dim; k++, i++) n += data[i] * data[i];
  if (n === 0) return;
  const s = weight / Math.sqrt(n);
  for (let k = 0, i = r * dim; k < dim; k++, i++) acc[k] += data[i] * s;
}

export function norm(x: Float32Array): number {
  let n = 0;
  for (let k = 0; k < x.length; k++) n += x[k] * x[k];
  return Math.sqrt(n);
}

/** The L2 norm of every row (as stored, before the row scale): computed once, reused by every cosine. */
export function rowNorms(v: ItemVectors): Float32Array {
  const { dim, data } = v;
  const rows = data.length / dim;
  const out = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let n = 0;
    for (let k = 0, i = r * dim; k < dim; k++, i++) n += data[i] * data[i];
    out[r] = Math.sqrt(n);
  }
  return out;
}

/** A row as a unit Float32 vector (zeros for an all-zero row). */
export function unitRow(v: ItemVectors, r: number, norms: Float32Array): Float32Array {
  const { dim, data } = v;
  const out = new Float32Array(dim);
  const n = norms[r]!;
  if (n > 0) for (let k = 0, i = r * dim; k < dim; k++, i++) out[k] = data[i] / n;
  return out;
}

/** Cosine of a unit query with row r, given the rows' norms. */
export function unitCosine(v: ItemVectors, unit: Float32Array, r: number, norms: Float32Array): number {
  const { dim, data } = v;
  const n = norms[r]!;
  if (!(n > 0)) return 0;
  let dot = 0;
  for (let k = 0, i = r * dim; k < dim; k++, i++) dot += unit[k]! * data[i];
  return dot / n;
}
