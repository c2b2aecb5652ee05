// Worker/CLI models: texts → the dense [B,T] int64 tensors the USE-Lite ONNX graph takes. Shared by the
// ORT web and ORT node embedders so both feed exactly the same ids (first maxTokens pieces of each text).
import type { SentencePieceTokenizer } from '../../shared/tokenizer/sentencepiece-tokenizer.ts';

export interface DenseBatch {
  ids: BigInt64Array;
  mask: BigInt64Array;
  dims: [number, number];
}

export function denseBatch(tokenizer: SentencePieceTokenizer, texts: string[], maxTokens: number): DenseBatch {
  const rows = texts.map((t) => tokenizer.encode(t).slice(0, maxTokens));
  // Every text yields at least the "▁" piece, but keep T ≥ 1 for safety with odd vocabularies.
  const width = Math.max(1, ...rows.map((r) => r.length));
  const ids = new BigInt64Array(texts.length * width);
  const mask = new BigInt64Array(texts.length * width);
  rows.forEach((row, b) => {
    row.forEach((id, t) => {
      ids[b * width + t] = BigInt(id);
      mask[b * width + t] = 1n;
    });
  });
  return { ids, mask, dims: [texts.length, width] };
}

/** Splits the [B, dim] output into one row per text (copies, so the ORT buffer can be released). */
export function splitRows(data: Float32Array, count: number, dim: number): Float32Array[] {
  return Array.from({ length: count }, (_, i) => data.slice(i * dim, (i + 1) * dim));
}
