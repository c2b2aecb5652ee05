// CLI build: float item vectors → the `vectors` chunk bytes (VectorsLayout: N Float32 per-row scales,
// then N×dim Int8, value = int8 × scale), and back, for checks and the recall measurement.

export function quantizeInt8(rows: Float32Array[], dim: number): Uint8Array {
  const n = rows.length;
  const bytes = new Uint8Array(n * 4 + n * dim);
  const scales = new Float32Array(bytes.buffer, 0, n);
  const data = new Int8Array(bytes.buffer, n * 4, n * dim);
  rows.forEach((row, r) => {
    if (row.length !== dim) throw new Error(`vector ${r} has ${row.length} dims, expected ${dim}`);
    let max = 0;
    for (let k = 0; k < dim; k++) max = Math.max(max, Math.abs(row[k]));
    const scale = max > 0 ? max / 127 : 1;
    scales[r] = scale;
    for (let k = 0; k < dim; k++) data[r * dim + k] = Math.round(row[k] / scale);
  });
  return bytes;
}

export function dequantize(bytes: Uint8Array, rows: number, dim: number): Float32Array[] {
  const copy = bytes.slice();
  const scales = new Float32Array(copy.buffer, 0, rows);
  const data = new Int8Array(copy.buffer, rows * 4, rows * dim);
  return Array.from({ length: rows }, (_, r) => Float32Array.from(data.subarray(r * dim, (r + 1) * dim), (v) => v * scales[r]));
}

export function normalize(v: Float32Array): Float32Array {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  const n = Math.sqrt(s) || 1;
  for (let i = 0; i < v.length; i++) v[i] /= n;
  return v;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) {
    s += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return s / (Math.sqrt(na * nb) || 1);
}

/** Mean share of the exact top-k neighbours (fp32, full dim) that `approx` rows also rank in their top-k, over `queries` rows. */
export function recallAtK(exact: Float32Array[], approx: Float32Array[], k = 10, queries = 200): number {
  const n = exact.length;
  const step = Math.max(1, Math.floor(n / queries));
  let hit = 0, total = 0;
  const top = (rows: Float32Array[], q: number) =>
    rows.map((r, i) => [i, i === q ? -Infinity : cosine(rows[q], r)] as const).sort((a, b) => b[1] - a[1]).slice(0, k).map((e) => e[0]);
  for (let q = 0; q < n; q += step) {
    const want = new Set(top(exact, q));
    for (const i of top(approx, q)) if (want.has(i)) hit++;
    total += Math.min(k, n - 1);
  }
  return total > 0 ? hit / total : 1;
}
