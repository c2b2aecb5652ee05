// CLI models: how graph-builder.ts stores a float weight in fewer bytes: IEEE half floats, int8 with one
// scale per output column, and int4 with one scale per block of rows (packed two per byte, ONNX INT4).
// ORT folds each back to fp32 once at session start (`session.disable_quant_qdq` = "1").

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** float32 → IEEE 754 binary16 bits, round to nearest even (Node 20 has no Float16Array). */
export function float16Bits(value: number): number {
  f32[0] = value;
  const x = u32[0];
  const sign = (x >>> 16) & 0x8000;
  const exp32 = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp32 === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  const exp = exp32 - 127 + 15;
  if (exp >= 0x1f) return sign | 0x7c00;
  if (exp <= 0) {
    if (exp < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - exp;
    let half = mant >>> shift;
    const rest = mant & ((1 << shift) - 1);
    const mid = 1 << (shift - 1);
    if (rest > mid || (rest === mid && half & 1)) half += 1;
    return sign | half;
  }
  // A carry out of the mantissa rounds up into the exponent, as it should.
  let half = (exp << 10) | (mant >>> 13);
  const rest = mant & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && half & 1)) half += 1;
  return sign | half;
}

export function toFloat16(data: Float32Array): Uint16Array {
  const out = new Uint16Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = float16Bits(data[i]);
  return out;
}

/**
 * Symmetric int8 for a [K, N] matrix, one scale per column (output channel), using ±`levels`: fewer
 * levels than 127 still ship as int8, but brotli/gzip entropy-code the narrower byte range.
 */
export function quantizeInt8Columns(data: Float32Array, k: number, n: number, levels = 127): { q: Int8Array; scales: Float32Array } {
  const scales = new Float32Array(n);
  for (let j = 0; j < n; j++) {
    let max = 0;
    for (let i = 0; i < k; i++) max = Math.max(max, Math.abs(data[i * n + j]));
    scales[j] = max > 0 ? max / levels : 1;
  }
  const q = new Int8Array(k * n);
  for (let i = 0; i < k; i++) for (let j = 0; j < n; j++) q[i * n + j] = Math.round(data[i * n + j] / scales[j]);
  return { q, scales };
}

// Candidate divisors of a block's max |w|: 7 never clips; larger ones clip the outlier a little and
// resolve the rest finer. The one with the least squared error wins, per block.
const INT4_DIVISORS = [7, 7.5, 8, 8.5, 9, 9.5, 10];

/**
 * Int4 (-8..7) for a [rows, cols] matrix in blocks of `block` consecutive elements along `axis`
 * (0: down a column, as DequantizeLinear's block_size on axis 0 wants; 1: along a row).
 * Returns the values (row-major, unpacked) and scales shaped [rows/block, cols] or [rows, cols/block].
 */
export function quantizeInt4Blocks(data: Float32Array, rows: number, cols: number, axis: 0 | 1, block: number): { q: Int8Array; scales: Float32Array } {
  const along = axis === 0 ? rows : cols;
  if (along % block !== 0) throw new Error(`int4 block ${block} does not divide ${along} (matrix ${rows}×${cols}, axis ${axis}); pick a divisor`);
  const blocks = along / block;
  const across = axis === 0 ? cols : rows;
  const at = (b: number, c: number, e: number): number => (axis === 0 ? (b * block + e) * cols + c : c * cols + b * block + e);
  const q = new Int8Array(rows * cols);
  const scales = new Float32Array(blocks * across);
  for (let b = 0; b < blocks; b++) {
    for (let c = 0; c < across; c++) {
      let max = 0;
      for (let e = 0; e < block; e++) max = Math.max(max, Math.abs(data[at(b, c, e)]));
      let best = max > 0 ? max / 7 : 1;
      let bestErr = Infinity;
      for (const d of max > 0 ? INT4_DIVISORS : []) {
        const s = max / d;
        let err = 0;
        for (let e = 0; e < block; e++) {
          const v = data[at(b, c, e)];
          err += (v - s * Math.min(7, Math.max(-8, Math.round(v / s)))) ** 2;
        }
        if (err < bestErr) [best, bestErr] = [s, err];
      }
      scales[axis === 0 ? b * cols + c : c * blocks + b] = best;
      for (let e = 0; e < block; e++) q[at(b, c, e)] = Math.min(7, Math.max(-8, Math.round(data[at(b, c, e)] / best)));
    }
  }
  return { q, scales };
}

/** ONNX INT4 raw data: element 2i in the low nibble of byte i, element 2i+1 in the high nibble. */
export function packInt4(q: Int8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(q.length / 2));
  for (let i = 0; i < q.length; i++) out[i >> 1] |= (q[i] & 0xf) << ((i & 1) * 4);
  return out;
}
