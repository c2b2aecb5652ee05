// CLI models: a small helper to describe an ONNX graph op by op (unique names, constants, fp32 or
// weight-only int8 initializers) for use-lite-graph.ts; onnx-proto.ts serialises the result.
import { DataType, rawBytes, type AttributeValue, type Graph, type Node, type Tensor, type ValueInfo } from './onnx-proto.ts';

export class GraphBuilder {
  readonly nodes: Node[] = [];
  readonly initializers: Tensor[] = [];
  private counter = 0;

  constructor(readonly quantize: boolean) {}

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

  int64(name: string, values: number[]): string {
    const data = BigInt64Array.from(values.map((v) => BigInt(v)));
    this.initializers.push({ name, dataType: DataType.INT64, dims: [values.length], raw: rawBytes(data) });
    return name;
  }

  scalar(name: string, value: number): string {
    this.initializers.push({ name, dataType: DataType.FLOAT, dims: [], raw: rawBytes(Float32Array.of(value)) });
    return name;
  }

  /**
   * A [K, N] weight matrix. int8: symmetric per-output-channel scales, dequantised by DequantizeLinear
   * (ORT folds it into fp32 at session start when `session.disable_quant_qdq` is "1").
   */
  matrix(name: string, k: number, n: number, data: Float32Array, keepFloat = false): string {
    if (!this.quantize || keepFloat) return this.float(name, [k, n], data);
    const scales = new Float32Array(n);
    for (let j = 0; j < n; j++) {
      let max = 0;
      for (let i = 0; i < k; i++) max = Math.max(max, Math.abs(data[i * n + j]));
      scales[j] = max > 0 ? max / 127 : 1;
    }
    const q = new Int8Array(k * n);
    for (let i = 0; i < k; i++) for (let j = 0; j < n; j++) q[i * n + j] = Math.round(data[i * n + j] / scales[j]);
    this.initializers.push({ name: `${name}_q`, dataType: DataType.INT8, dims: [k, n], raw: rawBytes(q) });
    this.float(`${name}_scale`, [n], scales);
    this.initializers.push({ name: `${name}_zero`, dataType: DataType.INT8, dims: [n], raw: new Uint8Array(n) });
    return this.o('DequantizeLinear', [`${name}_q`, `${name}_scale`, `${name}_zero`], { axis: 1 }, name);
  }

  /**
   * Row lookup into a [rows, dim] table. int8: one scale per row; only the looked-up rows are
   * dequantised, so no 2M-value table is rebuilt per call.
   */
  lookup(name: string, rows: number, dim: number, data: Float32Array, ids: string): string {
    if (!this.quantize) return this.o('Gather', [this.float(name, [rows, dim], data), ids], { axis: 0 }, 'embed');
    const scales = new Float32Array(rows);
    const q = new Int8Array(rows * dim);
    for (let r = 0; r < rows; r++) {
      let max = 0;
      for (let c = 0; c < dim; c++) max = Math.max(max, Math.abs(data[r * dim + c]));
      scales[r] = max > 0 ? max / 127 : 1;
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
