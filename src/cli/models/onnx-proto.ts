// CLI models: a minimal ONNX protobuf writer (ModelProto, GraphProto, NodeProto, TensorProto, ValueInfo).
// build-models.ts describes the USE-Lite graph as plain objects; this turns them into model.onnx bytes
// without Python or protobufjs. Field numbers follow onnx/onnx.proto (IR 8 + opset 17 by default; int4
// weights need IR 10 + opset 21).

export const DataType = { FLOAT: 1, UINT8: 2, INT8: 3, INT32: 6, INT64: 7, FLOAT16: 10, INT4: 22 } as const;
export type DataTypeCode = (typeof DataType)[keyof typeof DataType];

export interface Tensor {
  name: string;
  dataType: DataTypeCode;
  dims: number[];
  /** Little-endian raw bytes (raw_data). */
  raw: Uint8Array;
}

export type AttributeValue = number | number[] | string | Tensor | { float: number } | { floats: number[] };

export interface Node {
  op: string;
  inputs: string[];
  outputs: string[];
  name?: string;
  attributes?: Record<string, AttributeValue>;
}

export interface ValueInfo {
  name: string;
  dataType: DataTypeCode;
  /** number = fixed size, string = symbolic dimension. */
  shape: Array<number | string>;
}

export interface Graph {
  name: string;
  nodes: Node[];
  initializers: Tensor[];
  inputs: ValueInfo[];
  outputs: ValueInfo[];
}

/** Appends protobuf fields to a growing list of byte chunks. */

/** A protobuf varint; negative int64 values are 10-byte two's complement varints. */
export function varintBytes(value: number | bigint): number[] {
  let v = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

class Writer {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;

  private push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.length;
  }

  private varint(value: number | bigint): void {
    this.push(Uint8Array.from(varintBytes(value)));
  }

  private key(field: number, wire: 0 | 1 | 2 | 5): void {
    this.varint((field << 3) | wire);
  }

  int(field: number, value: number): void {
    this.key(field, 0);
    this.varint(value);
  }

  float(field: number, value: number): void {
    this.key(field, 5);
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, value, true);
    this.push(b);
  }

  bytes(field: number, value: Uint8Array): void {
    this.key(field, 2);
    this.varint(value.length);
    this.push(value);
  }

  string(field: number, value: string): void {
    this.bytes(field, new TextEncoder().encode(value));
  }

  message(field: number, build: (w: Writer) => void): void {
    const inner = new Writer();
    build(inner);
    this.bytes(field, inner.finish());
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

function writeTensor(w: Writer, t: Tensor): void {
  for (const d of t.dims) w.int(1, d);
  w.int(2, t.dataType);
  w.string(8, t.name);
  w.bytes(9, t.raw);
}

function writeAttribute(w: Writer, name: string, value: AttributeValue): void {
  w.string(1, name);
  if (typeof value === 'number') {
    w.int(3, value);
    w.int(20, 2);
  } else if (typeof value === 'string') {
    w.bytes(4, new TextEncoder().encode(value));
    w.int(20, 3);
  } else if (Array.isArray(value)) {
    for (const v of value) w.int(8, v);
    w.int(20, 7);
  } else if ('float' in value) {
    w.float(2, value.float);
    w.int(20, 1);
  } else if ('floats' in value) {
    for (const v of value.floats) w.float(7, v);
    w.int(20, 6);
  } else {
    w.message(5, (m) => writeTensor(m, value));
    w.int(20, 4);
  }
}

function writeValueInfo(w: Writer, v: ValueInfo): void {
  w.string(1, v.name);
  w.message(2, (type) =>
    type.message(1, (tensor) => {
      tensor.int(1, v.dataType);
      tensor.message(2, (shape) => {
        for (const d of v.shape) shape.message(1, (dim) => (typeof d === 'number' ? dim.int(1, d) : dim.string(2, d)));
      });
    }),
  );
}

/** Serialises a whole model: IR 8 with default-domain opset 17 unless told (int4 needs IR 10, opset 21). */
export function encodeModel(graph: Graph, producer: string, docString: string, version = { ir: 8, opset: 17 }): Uint8Array {
  const w = new Writer();
  w.int(1, version.ir);
  w.string(2, producer);
  w.string(3, '1');
  w.string(6, docString);
  w.message(7, (g) => {
    for (const n of graph.nodes) {
      g.message(1, (m) => {
        for (const i of n.inputs) m.string(1, i);
        for (const o of n.outputs) m.string(2, o);
        m.string(3, n.name ?? n.outputs[0]);
        m.string(4, n.op);
        for (const [k, v] of Object.entries(n.attributes ?? {})) m.message(5, (a) => writeAttribute(a, k, v));
      });
    }
    g.string(2, graph.name);
    for (const t of graph.initializers) g.message(5, (m) => writeTensor(m, t));
    for (const v of graph.inputs) g.message(11, (m) => writeValueInfo(m, v));
    for (const v of graph.outputs) g.message(12, (m) => writeValueInfo(m, v));
  });
  w.message(8, (op) => {
    op.string(1, '');
    op.int(2, version.opset);
  });
  return w.finish();
}

/** Raw bytes of a typed array, little-endian as ONNX wants (every platform Node runs on is LE). */
export function rawBytes(a: Float32Array | Uint16Array | Uint8Array | Int8Array | Int32Array | BigInt64Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}
