// Shared (CLI writes, worker reads): the `text-vectors` chunk, the shop's own short texts (help-centre
// sentences, category paths) embedded by `aisle build` with the encoder the widget runs. Without it the
// worker embeds them itself in the background once the encoder loads, one sentence at a time, and a
// slot refresh or an answer that arrives meanwhile waits for the sentence in flight (20-140 ms each on a
// busy phone-class CPU); with it the worker embeds none of them.
//
// Layout (little-endian): Uint32 count, Uint32 dim, count × Uint32 key (fnv1a of the text), count × dim
// Int8 (each row scaled to use the int8 range; no scale is stored, since rows are re-normalised on
// reading). Keyed by the text itself, so a sentence the widget splits differently from the build is
// simply not found (and is embedded in the worker as before).
import { fnv1a } from './fnv1a.ts';

const HEADER_BYTES = 8;

export function encodeTextVectors(texts: readonly string[], vectors: readonly Float32Array[], dim: number): Uint8Array {
  if (texts.length !== vectors.length) throw new Error(`text vectors: ${texts.length} texts but ${vectors.length} vectors`);
  const n = texts.length;
  const bytes = new Uint8Array(HEADER_BYTES + n * 4 + n * dim);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, n, true);
  view.setUint32(4, dim, true);
  vectors.forEach((v, r) => {
    if (v.length !== dim) throw new Error(`text vector ${r} ("${texts[r]!.slice(0, 40)}") has ${v.length} dims, expected ${dim}`);
    let max = 0;
    for (let k = 0; k < dim; k++) max = Math.max(max, Math.abs(v[k]!));
    const scale = max > 0 ? max / 127 : 1;
    view.setUint32(HEADER_BYTES + r * 4, fnv1a(texts[r]!), true);
    const at = HEADER_BYTES + n * 4 + r * dim;
    for (let k = 0; k < dim; k++) bytes[at + k] = Math.round(v[k]! / scale) & 0xff;
  });
  return bytes;
}

/** Looks a text's vector up: L2-normalised (as the encoder returns them), or undefined when not stored. */
export type KnownVector = (text: string) => Float32Array | undefined;

export function decodeTextVectors(buffer: ArrayBuffer, expectedDim: number): KnownVector {
  const view = new DataView(buffer);
  const n = buffer.byteLength >= HEADER_BYTES ? view.getUint32(0, true) : 0;
  const dim = buffer.byteLength >= HEADER_BYTES ? view.getUint32(4, true) : 0;
  if (buffer.byteLength !== HEADER_BYTES + n * 4 + n * dim) throw new Error(`text vectors: ${buffer.byteLength} bytes do not hold ${n} rows of ${dim} dims; rebuild the index`);
  if (dim !== expectedDim) throw new Error(`text vectors have ${dim} dims but the encoder gives ${expectedDim}; rebuild the index with the widget's model`);
  const rows = new Map<number, number>();
  for (let r = 0; r < n; r++) rows.set(view.getUint32(HEADER_BYTES + r * 4, true), r);
  const data = new Int8Array(buffer, HEADER_BYTES + n * 4, n * dim);
  return (text) => {
    const r = rows.get(fnv1a(text));
    if (r === undefined) return undefined;
    const out = new Float32Array(dim);
    let s = 0;
    for (let k = 0; k < dim; k++) s += (out[k] = data[r * dim + k]!) ** 2;
    const norm = Math.sqrt(s) || 1;
    for (let k = 0; k < dim; k++) out[k]! /= norm;
    return out;
  };
}
