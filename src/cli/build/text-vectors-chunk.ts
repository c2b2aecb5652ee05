// CLI build: the `text-vectors` chunk's bytes (layout in src/shared/text-vectors.ts): each text's key, then
// its row quantised as the item vectors are (quantize-vectors.ts), without the per-row scales: the worker
// re-normalises every row, so a scale would change nothing.
import { fnv1a } from '../../shared/fnv1a.ts';
import { HEADER_BYTES } from '../../shared/text-vectors.ts';
import { quantizeInt8 } from './quantize-vectors.ts';

export function encodeTextVectors(texts: readonly string[], vectors: readonly Float32Array[], dim: number): Uint8Array {
  if (texts.length !== vectors.length) throw new Error(`text vectors: ${texts.length} texts but ${vectors.length} vectors`);
  const n = texts.length;
  const rows = quantizeInt8([...vectors], dim).subarray(n * 4);
  const bytes = new Uint8Array(HEADER_BYTES + n * 4 + rows.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, n, true);
  view.setUint32(4, dim, true);
  texts.forEach((text, r) => view.setUint32(HEADER_BYTES + r * 4, fnv1a(text), true));
  bytes.set(rows, HEADER_BYTES + n * 4);
  return bytes;
}
