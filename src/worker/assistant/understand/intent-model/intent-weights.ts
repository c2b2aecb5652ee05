// Intent models: the shipped file format. `intent-model.json` names the classes, the encoder the head was
// trained on, the lexical features, the ensemble weight and the calibrated out-of-scope thresholds, and
// locates each weight matrix in `intent-weights.bin` (int8 per row with a float32 scale per row, or float32).
import type { LexicalFeatureConfig } from './lexical-features.ts';
import type { SoftmaxNet } from './softmax-net.ts';

export const INTENT_MODEL_FORMAT = 1;
export const OOS_CLASS = 'oos';

export interface TensorRef {
  /** Byte offset of the int8 values (or float32 values) in the .bin file. */
  offset: number;
  rows: number;
  cols: number;
  dtype: 'int8' | 'float32';
  /** int8 only: byte offset of the `rows` float32 scales. */
  scalesOffset?: number;
}

export interface NetRef {
  inputDim: number;
  hidden: number;
  classes: number;
  w1?: TensorRef;
  b1?: TensorRef;
  w2: TensorRef;
  b2: TensorRef;
}

export interface IntentModelManifest {
  format: number;
  /** Class names in output order; the last one is OOS_CLASS. */
  classes: string[];
  /** The head reads this encoder's embeddings only; with any other encoder the lexical model answers. */
  encoder: { id: string; dim: number; net: NetRef };
  lexical: { features: LexicalFeatureConfig; net: NetRef };
  /** log p = alpha·log p(encoder head) + (1 − alpha)·log p(lexical), renormalised. */
  alpha: number;
  /** p(oos) at or above which a message is out of scope, per model that answers (calibrated on CLINC150 val). */
  outOfScopeThreshold: { encoder: number; lexical: number };
  weights: { file: string; bytes: number; sha256: string };
  /** What it was trained on, for people: sources, counts, seed, date-free so a retrain is byte-identical. */
  training: Record<string, unknown>;
}

function tensor(bytes: Uint8Array, ref: TensorRef, name: string): Float32Array {
  const n = ref.rows * ref.cols;
  const end = ref.offset + (ref.dtype === 'int8' ? n : 4 * n);
  if (end > bytes.byteLength) throw new Error(`intent weights: tensor ${name} ends at byte ${end}, the file has ${bytes.byteLength}; the .bin does not match intent-model.json, rebuild with npm run train:intents`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(n);
  if (ref.dtype === 'float32') {
    for (let i = 0; i < n; i++) out[i] = view.getFloat32(ref.offset + 4 * i, true);
    return out;
  }
  if (ref.scalesOffset === undefined) throw new Error(`intent weights: int8 tensor ${name} has no scales`);
  for (let r = 0; r < ref.rows; r++) {
    const scale = view.getFloat32(ref.scalesOffset + 4 * r, true);
    if (scale === 0) continue;
    for (let c = 0; c < ref.cols; c++) out[r * ref.cols + c] = view.getInt8(ref.offset + r * ref.cols + c) * scale;
  }
  return out;
}

export function decodeNet(bytes: Uint8Array, ref: NetRef, name: string): SoftmaxNet {
  return {
    inputDim: ref.inputDim,
    hidden: ref.hidden,
    classes: ref.classes,
    w1: ref.w1 ? tensor(bytes, ref.w1, `${name}.w1`) : new Float32Array(0),
    b1: ref.b1 ? tensor(bytes, ref.b1, `${name}.b1`) : new Float32Array(0),
    w2: tensor(bytes, ref.w2, `${name}.w2`),
    b2: tensor(bytes, ref.b2, `${name}.b2`),
  };
}
