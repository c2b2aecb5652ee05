// CLI models (vision): reads the MobileNetV2 TF.js graph model that the npm package nsfwjs ships as
// JS bundles (`model.min.js` exports the model.json object, each `group1-shardNofM.min.js` a base64
// string of the weight bytes) into nodes and uint8-quantised weights, for mobilenet-graph.ts.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface TfjsNode {
  name: string;
  op: string;
  input?: string[];
  attr?: Record<string, { list?: { i?: string[]; s?: string[] }; s?: string; i?: string; f?: number; b?: boolean }>;
}

export interface TfjsWeightSpec {
  name: string;
  shape: number[];
  dtype: string;
  quantization?: { min: number; scale: number; dtype: string };
}

/** One weight as TF.js stores it: uint8 q with value = q · scale + min (one scale and min per tensor). */
export interface QuantizedWeight {
  shape: number[];
  q: Uint8Array;
  scale: number;
  min: number;
  /** The float values TF.js computes from q (its own formula, in float32). */
  values: Float32Array;
}

export interface NsfwjsModel {
  /** Folder of the model's bundles inside the package (for hashing). */
  dir: string;
  nodes: TfjsNode[];
  weights: Map<string, QuantizedWeight>;
  /** What tf.io.fromMemory needs to load the original (the parity tests do). */
  modelTopology: object;
  weightSpecs: TfjsWeightSpec[];
  weightData: ArrayBuffer;
}

export const NSFWJS_MODEL = 'mobilenet_v2_mid';

export function nsfwjsModelDir(model = NSFWJS_MODEL): string {
  const require = createRequire(import.meta.url);
  // The package's exports map hides package.json; its CommonJS entry sits in dist/cjs/.
  const dir = join(dirname(require.resolve('nsfwjs')), '..', 'models', model);
  if (!existsSync(join(dir, 'model.min.js'))) throw new Error(`nsfwjs model '${model}' not found at ${dir}: is nsfwjs 4.4.0 installed (npm ci)?`);
  return dir;
}

export function readNsfwjsModel(model = NSFWJS_MODEL): NsfwjsModel {
  const dir = nsfwjsModelDir(model);
  const require = createRequire(import.meta.url);
  const json = require(join(dir, 'model.min.js')) as { modelTopology: { node: TfjsNode[] }; weightsManifest: Array<{ paths: string[]; weights: TfjsWeightSpec[] }> };
  const specs = json.weightsManifest.flatMap((g) => g.weights);
  const shards = json.weightsManifest.flatMap((g) => g.paths).map((p) => {
    const text = require(join(dir, `${p}.min.js`)) as unknown;
    if (typeof text !== 'string') throw new Error(`${join(dir, `${p}.min.js`)}: expected a base64 string export, got ${typeof text}`);
    return Buffer.from(text, 'base64');
  });
  const data = Buffer.concat(shards);
  const weights = new Map<string, QuantizedWeight>();
  let offset = 0;
  for (const spec of specs) {
    const count = spec.shape.reduce((a, b) => a * b, 1);
    const qz = spec.quantization;
    if (!qz || qz.dtype !== 'uint8' || spec.dtype !== 'float32') throw new Error(`nsfwjs weight ${spec.name}: expected float32 stored as uint8, got ${spec.dtype}/${qz?.dtype ?? 'none'}`);
    const q = new Uint8Array(data.subarray(offset, offset + count));
    const values = Float32Array.from(q, (v) => v * qz.scale + qz.min);
    weights.set(spec.name, { shape: spec.shape, q, scale: qz.scale, min: qz.min, values });
    offset += count;
  }
  if (offset !== data.length) throw new Error(`nsfwjs ${model}: weights take ${offset} bytes but the shards hold ${data.length}`);
  return {
    dir,
    nodes: json.modelTopology.node,
    weights,
    modelTopology: json.modelTopology,
    weightSpecs: specs,
    weightData: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
  };
}
