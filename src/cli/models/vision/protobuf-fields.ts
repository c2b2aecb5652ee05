// CLI models (vision): reads protobuf messages field by field, keeping each field's raw bytes, so
// onnx-quantize.ts can rewrite a few fields of an existing model.onnx (initializers, nodes) and copy
// everything else through unchanged. onnx-proto.ts writes new models from scratch; this edits.

import { varintBytes } from '../onnx-proto.ts';

export interface Field {
  number: number;
  wire: 0 | 1 | 2 | 5;
  /** Varint value (wire 0), as a bigint so int64 survives. */
  varint?: bigint;
  /** Payload bytes: the message/string/bytes body (wire 2), or the 8/4 fixed bytes (wire 1/5). */
  bytes?: Uint8Array;
  /** The whole field as encoded (key included), for copying through untouched. */
  raw: Uint8Array;
}

function readVarint(buf: Uint8Array, at: number): [bigint, number] {
  let value = 0n;
  let shift = 0n;
  for (;;) {
    if (at >= buf.length) throw new Error('protobuf: varint runs past the end of the message (truncated model file?)');
    const byte = buf[at++];
    value |= BigInt(byte & 0x7f) << shift;
    if (!(byte & 0x80)) return [value, at];
    shift += 7n;
  }
}

export function readFields(buf: Uint8Array): Field[] {
  const fields: Field[] = [];
  let at = 0;
  while (at < buf.length) {
    const start = at;
    const [key, next] = readVarint(buf, at);
    at = next;
    const number = Number(key >> 3n);
    const wire = Number(key & 7n);
    if (wire === 0) {
      const [v, after] = readVarint(buf, at);
      at = after;
      fields.push({ number, wire, varint: v, raw: buf.subarray(start, at) });
    } else if (wire === 2) {
      const [len, after] = readVarint(buf, at);
      const end = after + Number(len);
      if (end > buf.length) throw new Error(`protobuf: field ${number} claims ${len} bytes past the end (truncated model file?)`);
      fields.push({ number, wire, bytes: buf.subarray(after, end), raw: buf.subarray(start, end) });
      at = end;
    } else if (wire === 1 || wire === 5) {
      const size = wire === 1 ? 8 : 4;
      fields.push({ number, wire, bytes: buf.subarray(at, at + size), raw: buf.subarray(start, at + size) });
      at += size;
    } else {
      throw new Error(`protobuf: wire type ${wire} (field ${number}) is not supported (0, 1, 2, 5)`);
    }
  }
  return fields;
}

/** Varints of a repeated integer field, packed (wire 2) or not (wire 0). */
export function varints(fields: Field[], number: number): bigint[] {
  const out: bigint[] = [];
  for (const f of fields) {
    if (f.number !== number) continue;
    if (f.wire === 0) out.push(f.varint!);
    else if (f.wire === 2) {
      let at = 0;
      while (at < f.bytes!.length) {
        const [v, next] = readVarint(f.bytes!, at);
        out.push(v);
        at = next;
      }
    }
  }
  return out;
}

export function text(fields: Field[], number: number): string | undefined {
  const f = fields.find((x) => x.number === number && x.wire === 2);
  return f ? new TextDecoder().decode(f.bytes) : undefined;
}

export function texts(fields: Field[], number: number): string[] {
  return fields.filter((x) => x.number === number && x.wire === 2).map((f) => new TextDecoder().decode(f.bytes));
}

/** A length-delimited field (message, string, bytes) with the given payload. */
export function lengthField(number: number, payload: Uint8Array): Uint8Array {
  const head = [...varintBytes((number << 3) | 2), ...varintBytes(payload.length)];
  const out = new Uint8Array(head.length + payload.length);
  out.set(head);
  out.set(payload, head.length);
  return out;
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function varintField(number: number, value: number | bigint): Uint8Array {
  return Uint8Array.from([...varintBytes(number << 3), ...varintBytes(value)]);
}

export function stringField(number: number, value: string): Uint8Array {
  return lengthField(number, new TextEncoder().encode(value));
}
