// CLI models (vision): rebuilds nsfwjs's MobileNetV2-1.4 TF.js graph (nsfwjs-model.ts) as ONNX, up to
// the pooled 1792-d feature vector (the NSFW classifier head is dropped): pixels [N,224,224,3] in 0..1
// (RGB, as nsfwjs feeds it after dividing by 255) → `embedding` [N,1792], not normalised. Each TF op
// maps to one or two ONNX ops: _FusedConv2D / FusedDepthwiseConv2dNative → Conv (+ Clip for Relu6),
// AddV2 → Add, AvgPool → GlobalAveragePool, the hub's Mul/Sub prelude → Mul/Sub.
import { GraphBuilder } from '../graph-builder.ts';
import { DataType, rawBytes, type Graph } from '../onnx-proto.ts';
import type { NsfwjsModel, QuantizedWeight, TfjsNode } from './nsfwjs-model.ts';

export const MOBILENET_SIZE = 224;
export const MOBILENET_DIM = 1792;
const PREFIX = 'StatefulPartitionedCall/sequential/keras_layer/StatefulPartitionedCall/StatefulPartitionedCall/StatefulPartitionedCall/predict/';
/** The last node kept: the pooled feature vector (the issue's `.../feature_vector/SpatialSqueeze`). */
const FEATURE_NODE = `${PREFIX}feature_vector/SpatialSqueeze`;

export interface MobileNetOptions {
  /** 'int8': the package's own uint8 weights (one scale and zero point per tensor), dequantised by ORT at load; 'fp32': the same values as floats. */
  weights: 'int8' | 'fp32';
  /** Extra pooled outputs: output name → TF node whose activations are averaged over space. */
  taps?: Record<string, string>;
}

const decode = (s: string | undefined): string => (s ? Buffer.from(s, 'base64').toString('utf8') : '');
const short = (name: string): string => name.replace(PREFIX, '').replace(/[^A-Za-z0-9_]+/g, '_');

/** HWIO (TF conv) or HWC1 (TF depthwise) → OIHW (ONNX), for any element type. */
function toOihw<T extends Uint8Array | Float32Array>(data: T, [kh, kw, cin, cout]: number[], depthwise: boolean): { data: T; dims: number[] } {
  const out = new (data.constructor as { new (n: number): T })(data.length);
  const o = depthwise ? cin * cout : cout;
  const i = depthwise ? 1 : cin;
  for (let y = 0; y < kh; y++) {
    for (let x = 0; x < kw; x++) {
      for (let c = 0; c < cin; c++) {
        for (let m = 0; m < cout; m++) {
          const src = ((y * kw + x) * cin + c) * cout + m;
          // Depthwise: output channel c·mult + m reads input channel c.
          const dst = depthwise ? ((c * cout + m) * kh + y) * kw + x : ((m * cin + c) * kh + y) * kw + x;
          out[dst] = data[src];
        }
      }
    }
  }
  return { data: out, dims: [o, i, kh, kw] };
}

export function buildMobileNetGraph(model: NsfwjsModel, options: MobileNetOptions): Graph {
  const b = new GraphBuilder();
  const values = new Map<string, string>();
  const weight = (name: string): QuantizedWeight => {
    const w = model.weights.get(name);
    if (!w) throw new Error(`nsfwjs weight '${name}' missing: is nsfwjs 4.4.0 installed?`);
    return w;
  };
  const input = (node: TfjsNode, i: number): string => {
    const name = (node.input ?? [])[i];
    const v = name === undefined ? undefined : values.get(name);
    if (!v) throw new Error(`MobileNet node ${node.name} (${node.op}): input ${i} '${String(name)}' has no ONNX value; the graph is not in the expected order`);
    return v;
  };
  const kernel = (name: string, depthwise: boolean): string => {
    const w = weight(name);
    const id = short(name);
    if (options.weights === 'fp32') {
      const t = toOihw(w.values, w.shape, depthwise);
      return b.float(id, t.dims, t.data);
    }
    // TF.js's own quantisation (value = q·scale + min) is a uint8 DequantizeLinear with zero point −min/scale,
    // which the TF.js converter nudged to an integer for every kernel.
    const zero = -w.min / w.scale;
    if (Math.abs(zero - Math.round(zero)) > 1e-3 || zero < 0 || zero > 255) throw new Error(`nsfwjs kernel ${name}: zero point ${zero} is not an integer in 0..255`);
    const t = toOihw(w.q, w.shape, depthwise);
    b.initializers.push({ name: `${id}_q`, dataType: DataType.UINT8, dims: t.dims, raw: rawBytes(t.data) });
    b.scalar(`${id}_scale`, w.scale);
    b.initializers.push({ name: `${id}_zero`, dataType: DataType.UINT8, dims: [], raw: Uint8Array.of(Math.round(zero)) });
    return b.o('DequantizeLinear', [`${id}_q`, `${id}_scale`, `${id}_zero`], undefined, id);
  };
  const zero = b.scalar('relu6_min', 0);
  const six = b.scalar('relu6_max', 6);
  const taps = Object.entries(options.taps ?? {});
  const pooled: Array<[string, string]> = [];

  for (const node of model.nodes) {
    const id = short(node.name);
    switch (node.op) {
      case 'Placeholder':
        // NHWC pixels in 0..1 as nsfwjs feeds them; the convolutions want NCHW.
        values.set(node.name, b.o('Transpose', ['pixels'], { perm: [0, 3, 1, 2] }, 'nchw'));
        break;
      case 'Const':
        break;
      case 'Mul':
      case 'Sub': {
        // The hub's prelude (x·2 − 1): the constant is input 0 of Mul, input 1 of Sub.
        const constName = node.op === 'Mul' ? node.input![0] : node.input![1];
        const dataName = node.op === 'Mul' ? node.input![1] : node.input![0];
        const c = b.scalar(`${id}_c`, weight(constName).values[0]);
        values.set(node.name, b.o(node.op, [values.get(dataName)!, c], undefined, id));
        break;
      }
      case '_FusedConv2D':
      case 'FusedDepthwiseConv2dNative': {
        const depthwise = node.op === 'FusedDepthwiseConv2dNative';
        const fused = (node.attr?.fused_ops?.list?.s ?? []).map(decode);
        if (fused[0] !== 'BiasAdd' || fused.length > 2 || (fused[1] && fused[1] !== 'Relu6')) throw new Error(`MobileNet node ${node.name}: fused ops ${fused.join('+')} not supported (BiasAdd, BiasAdd+Relu6)`);
        if (decode(node.attr?.data_format?.s) !== 'NHWC' || decode(node.attr?.padding?.s) !== 'SAME') throw new Error(`MobileNet node ${node.name}: only NHWC with SAME padding is supported`);
        const w = weight(node.input![1]);
        const [kh, kw, cin] = w.shape;
        const stride = Number(node.attr?.strides?.list?.i?.[1] ?? 1);
        const bias = b.float(`${id}_b`, [weight(node.input![2]).shape[0]], weight(node.input![2]).values);
        // SAME_UPPER is TF's SAME: the odd extra pad row/column goes at the end.
        const conv = b.o('Conv', [input(node, 0), kernel(node.input![1], depthwise), bias], { kernel_shape: [kh, kw], strides: [stride, stride], auto_pad: 'SAME_UPPER', group: depthwise ? cin : 1 }, id);
        values.set(node.name, fused[1] === 'Relu6' ? b.o('Clip', [conv, zero, six], undefined, `${id}_relu6`) : conv);
        break;
      }
      case 'AddV2':
        values.set(node.name, b.o('Add', [input(node, 0), input(node, 1)], undefined, id));
        break;
      case 'AvgPool':
        // 7×7 VALID over the 7×7 map of a 224 input: the global mean (and still one for other sizes).
        values.set(node.name, b.o('GlobalAveragePool', [input(node, 0)], undefined, id));
        break;
      case 'Squeeze':
        values.set(node.name, b.o('Flatten', [input(node, 0)], { axis: 1 }, id));
        break;
      default:
        if (!values.has(FEATURE_NODE)) throw new Error(`MobileNet node ${node.name}: op ${node.op} has no ONNX mapping (before the feature vector)`);
    }
    for (const [name, tf] of taps) if (tf === node.name) pooled.push([name, values.get(node.name)!]);
    if (node.name === FEATURE_NODE) break;
  }
  const features = values.get(FEATURE_NODE);
  if (!features) throw new Error(`MobileNet: node ${FEATURE_NODE} not found in the nsfwjs graph`);
  b.nodes.push({ op: 'Identity', inputs: [features], outputs: ['embedding'], name: 'embedding' });
  for (const [name, value] of pooled) {
    b.nodes.push({ op: 'Flatten', inputs: [b.o('GlobalAveragePool', [value], undefined, `${name}_gap`)], outputs: [name], attributes: { axis: 1 }, name });
  }
  if (pooled.length !== taps.length) throw new Error(`MobileNet taps not found: ${taps.filter(([n]) => !pooled.some(([p]) => p === n)).map(([, tf]) => tf).join(', ')}`);
  return b.graph(
    'mobilenet_v2_140',
    [{ name: 'pixels', dataType: DataType.FLOAT, shape: ['batch', MOBILENET_SIZE, MOBILENET_SIZE, 3] }],
    [{ name: 'embedding', dataType: DataType.FLOAT, shape: ['batch', MOBILENET_DIM] }, ...pooled.map(([name]) => ({ name, dataType: DataType.FLOAT, shape: ['batch', 'channels'] as Array<number | string> }))],
  );
}

/** Full TF node name of a MobileNet layer, e.g. `MobilenetV2/expanded_conv_12/add`. */
export function mobileNetNode(layer: string): string {
  return `${PREFIX}${layer}`;
}
