// Shared: the layout of the `text-vectors` chunk, which src/cli/build/text-vectors-chunk.ts writes and the
// worker reads here. It holds the shop's own short texts (help-centre sentences and headings, category
// paths) embedded by `aisle build` with the encoder the widget runs. Without it the worker embeds them
// itself in the background once the encoder loads, one at a time, and a slot refresh or an answer that
// arrives meanwhile waits for the sentence in flight (20-140 ms each on a busy CPU).
//
// Layout (little-endian): Uint32 count, Uint32 dim, count × Uint32 key (fnv1a of the text), count × dim
// Int8 (each row scaled to use the int8 range; no scale is stored, since rows are re-normalised on
// reading). Keyed by the text itself, so a sentence the widget splits differently from the build is
// simply not found (and is embedded in the worker as before).
import { fnv1a } from './fnv1a.ts';

/** count and dim, two Uint32. */
export const HEADER_BYTES = 8;

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
