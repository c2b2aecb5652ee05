// CLI models: a small helper to describe an ONNX graph op by op (unique names, constants, weights stored
// as fp32, fp16, int8 or int4) for use-lite-graph.ts; onnx-proto.ts serialises the result.
import { DataType, rawBytes, type AttributeValue, type Graph, type Node, type Tensor, type ValueInfo } from './onnx-proto.ts';
import { packInt4, quantizeInt4Blocks, quantizeInt8Columns, toFloat16 } from './weight-encoding.ts';

/**
 * How one weight is stored in model.onnx; all are fp32 again after ORT's load-time folding. int7/6/5:
 * int8 tensors holding only ±63 / ±31 / ±15, which HTTP compression turns into ~7 / ~6 / ~5 bits a weight.
 */
export type WeightPrecision = 'fp32' | 'fp16' | 'int8' | 'int7' | 'int6' | 'int5' | 'int4';
const INT8_LEVELS = { int8: 127, int7: 63, int6: 31, int5: 15 } as const;

export class GraphBuilder {
  readonly nodes: Node[] = [];
  readonly initializers: Tensor[] = [];
  private counter = 0;

  /** `int4Block`: rows per int4 scale (DequantizeLinear block_size, opset 21). */
  constructor(readonly int4Block = 32) {}

  private fresh(hint: string): string {
    this.counter += 1;
    return `${hint}_${this.counter}`;
  }

  op(op: string, inputs: string[], attributes?: Record<string, AttributeValue>, hint = op.toLowerCase(), outputCount = 1): string[] {
    const outputs = Array.from({ length: outputCount }, (_, i) => this.fresh(`${hint}${outputCount > 1 ? `_${i}` : ''}`));
    this.nodes.push({ op, inputs, outputs, attributes, name: outputs[0] });
    return outputs;
  }

  /** One-output op. */
  o(op: string, inputs: string[], attributes?: Record<string, AttributeValue>, hint?: string): string {
    return this.op(op, inputs, attributes, hint)[0];
  }

  float(name: string, dims: number[], data: Float32Array): string {
    this.initializers.push({ name, dataType: DataType.FLOAT, dims, raw: rawBytes(data) });
    return name;
  }

  /** A float tensor stored as fp16 and cast back to fp32 (folded at load). */
  half(name: string, dims: number[], data: Float32Array): string {
    this.initializers.push({ name: `${name}_h`, dataType: DataType.FLOAT16, dims, raw: rawBytes(toFloat16(data)) });
    return this.o('Cast', [`${name}_h`], { to: DataType.FLOAT }, name);
  }

  int64(name: string, values: number[]): string {
    const data = BigInt64Array.from(values.map((v) => BigInt(v)));
    this.initializers.push({ name, dataType: DataType.INT64, dims: [values.length], raw: rawBytes(data) });
    return name;
  }

  scalar(name: string, value: number): string {
    this.initializers.push({ name, dataType: DataType.FLOAT, dims: [], raw: rawBytes(Float32Array.of(value)) });
    return name;
  }

  /** int4 values in blocks along `axis`, dequantised by one DequantizeLinear (opset 21 block_size). */
  private int4(name: string, rows: number, cols: number, data: Float32Array, axis: 0 | 1): string {
    const { q, scales } = quantizeInt4Blocks(data, rows, cols, axis, this.int4Block);
    this.initializers.push({ name: `${name}_q`, dataType: DataType.INT4, dims: [rows, cols], raw: packInt4(q) });
    const scaleDims = axis === 0 ? [rows / this.int4Block, cols] : [rows, cols / this.int4Block];
    this.float(`${name}_scale`, scaleDims, scales);
    return this.o('DequantizeLinear', [`${name}_q`, `${name}_scale`], { axis, block_size: this.int4Block }, name);
  }

  /**
   * A [K, N] weight matrix. int8: symmetric per-output-channel scales; int4: a scale per block of
   * `int4Block` rows and column. Both dequantised by DequantizeLinear, which ORT folds into fp32 at
   * session start when `session.disable_quant_qdq` is "1".
   */
  matrix(name: string, k: number, n: number, data: Float32Array, precision: WeightPrecision): string {
    if (precision === 'fp32') return this.float(name, [k, n], data);
    if (precision === 'fp16') return this.half(name, [k, n], data);
    if (precision === 'int4') return this.int4(name, k, n, data, 0);
    const { q, scales } = quantizeInt8Columns(data, k, n, INT8_LEVELS[precision]);
    this.initializers.push({ name: `${name}_q`, dataType: DataType.INT8, dims: [k, n], raw: rawBytes(q) });
    this.float(`${name}_scale`, [n], scales);
    this.initializers.push({ name: `${name}_zero`, dataType: DataType.INT8, dims: [n], raw: new Uint8Array(n) });
    return this.o('DequantizeLinear', [`${name}_q`, `${name}_scale`, `${name}_zero`], { axis: 1 }, name);
  }

  /**
   * Row lookup into a [rows, dim] table. int8: one scale per row; only the looked-up rows are
   * dequantised, so no 2M-value table is rebuilt per call. fp16/int4: the whole table is a constant
   * expression that ORT folds to fp32 once at load (8 MB of memory), then a plain Gather.
   */
  lookup(name: string, rows: number, dim: number, data: Float32Array, ids: string, precision: WeightPrecision): string {
    const levels = INT8_LEVELS[precision as keyof typeof INT8_LEVELS] ?? 127;
    if (precision === 'fp32') return this.o('Gather', [this.float(name, [rows, dim], data), ids], { axis: 0 }, 'embed');
    if (precision === 'fp16') return this.o('Gather', [this.half(name, [rows, dim], data), ids], { axis: 0 }, 'embed');
    if (precision === 'int4') return this.o('Gather', [this.int4(name, rows, dim, data, 1), ids], { axis: 0 }, 'embed');
    const scales = new Float32Array(rows);
    const q = new Int8Array(rows * dim);
    for (let r = 0; r < rows; r++) {
      let max = 0;
      for (let c = 0; c < dim; c++) max = Math.max(max, Math.abs(data[r * dim + c]));
      scales[r] = max > 0 ? max / levels : 1;
      for (let c = 0; c < dim; c++) q[r * dim + c] = Math.round(data[r * dim + c] / scales[r]);
    }
    this.initializers.push({ name: `${name}_q`, dataType: DataType.INT8, dims: [rows, dim], raw: rawBytes(q) });
    this.float(`${name}_scale`, [rows, 1], scales);
    const rowsQ = this.o('Gather', [`${name}_q`, ids], { axis: 0 }, 'embed_q');
    const rowsF = this.o('Cast', [rowsQ], { to: DataType.FLOAT }, 'embed_f');
    const rowScale = this.o('Gather', [`${name}_scale`, ids], { axis: 0 }, 'embed_scale');
    return this.o('Mul', [rowsF, rowScale], undefined, 'embed');
  }

  graph(name: string, inputs: ValueInfo[], outputs: ValueInfo[]): Graph {
    return { name, nodes: this.nodes, initializers: this.initializers, inputs, outputs };
  }
}
