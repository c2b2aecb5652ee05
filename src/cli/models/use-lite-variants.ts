// CLI models: which USE-Lite variants build-models.ts writes and how each stores every weight matrix
// (use-lite-graph.ts asks here per weight). Sizes and accuracy of each: models/README.md.
import type { WeightPrecision } from './graph-builder.ts';

export type UseLiteWeight = 'embeddings' | 'timing' | 'l0_qkv' | 'l0_out' | 'l0_res' | 'l0_ffn1' | 'l0_ffn2' | 'l1_qkv' | 'l1_out' | 'l1_ffn1' | 'l1_ffn2' | 'tanh';

export interface UseLiteVariant {
  id: string;
  /** The widest claim that holds: 'int4' if any matrix is int4, else 'int8' if any is int8. */
  quantization: 'fp32' | 'int8' | 'int4';
  weights: Record<UseLiteWeight, WeightPrecision>;
  /** Rows per int4 scale. */
  int4Block: number;
}

const FP32: Record<UseLiteWeight, WeightPrecision> = {
  embeddings: 'fp32', timing: 'fp32', l0_qkv: 'fp32', l0_out: 'fp32', l0_res: 'fp32', l0_ffn1: 'fp32', l0_ffn2: 'fp32',
  l1_qkv: 'fp32', l1_out: 'fp32', l1_ffn1: 'fp32', l1_ffn2: 'fp32', tanh: 'fp32',
};

// Layer_0's QKV and residual dense stay float: their int8 error alone cost the most (see use-lite-graph.ts).
const INT8: Record<UseLiteWeight, WeightPrecision> = {
  ...FP32, embeddings: 'int8', l0_out: 'int8', l0_ffn1: 'int8', l0_ffn2: 'int8', l1_qkv: 'int8', l1_out: 'int8', l1_ffn1: 'int8', l1_ffn2: 'int8', tanh: 'int8',
};

export const USE_LITE_VARIANTS: UseLiteVariant[] = [
  { id: 'use-lite-fp32', quantization: 'fp32', weights: FP32, int4Block: 32 },
  { id: 'use-lite-int8', quantization: 'int8', weights: INT8, int4Block: 32 },
  {
    // int8 with the float matrices (Layer_0 QKV + residual dense, timing table) stored as fp16:
    // 0.7 MB smaller, cosine vs TF.js unchanged to 5 digits (fp16 error is far below int8's).
    id: 'use-lite-int8-fp16',
    quantization: 'int8',
    weights: { ...INT8, timing: 'fp16', l0_qkv: 'fp16', l0_res: 'fp16' },
    int4Block: 32,
  },
  {
    // The small one (5.1 MB brotli; runtime + model < 8 MB on the wire), at a cost: cosine vs TF.js
    // worst 0.989, mean 0.997. int8 containers holding ±31 (int6) or ±63 (int7): HTTP compression
    // entropy-codes them to ~6 / ~7 bits a weight with no scale overhead, which beats int4 blocks
    // (4 bits + a 32-bit scale per 32) on both size and error. int7 where a step up bought the most.
    id: 'use-lite-int6',
    quantization: 'int8',
    weights: { ...INT8, timing: 'fp16', embeddings: 'int6', l1_qkv: 'int6', l1_out: 'int6', l1_ffn1: 'int6', l1_ffn2: 'int6', l0_out: 'int7', l0_ffn1: 'int7', l0_ffn2: 'int7', tanh: 'int7', l0_qkv: 'int8', l0_res: 'int8' },
    int4Block: 32,
  },
  {
    // Measured and kept for the record, dominated by use-lite-int6 (larger and less accurate): int4
    // (DequantizeLinear block_size 32, opset 21) for the embedding table and Layer_1's QKV and FFN.
    id: 'use-lite-int4',
    quantization: 'int4',
    weights: { ...INT8, timing: 'fp16', l0_qkv: 'fp16', l0_res: 'fp16', embeddings: 'int4', l1_qkv: 'int4', l1_ffn1: 'int4', l1_ffn2: 'int4' },
    int4Block: 32,
  },
];
