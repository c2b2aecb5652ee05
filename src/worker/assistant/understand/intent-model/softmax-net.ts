// Intent models: the forward pass both intent models share, a softmax classifier with an optional ReLU
// hidden layer, on dense (encoder embedding) or sparse (hashed lexical) input. Pure math on typed arrays.
import type { SparseVector } from './lexical-features.ts';

export interface SoftmaxNet {
  inputDim: number;
  /** 0: multinomial logistic regression (input → classes). */
  hidden: number;
  classes: number;
  /** [inputDim × hidden], row per input feature (a sparse input reads only its rows); empty when hidden is 0. */
  w1: Float32Array;
  b1: Float32Array;
  /** [(hidden || inputDim) × classes], row per input of the output layer. */
  w2: Float32Array;
  b2: Float32Array;
}

/** Adds `scale × row r of w (width n)` into `out`. */
function addRow(out: Float32Array, w: Float32Array, r: number, n: number, scale: number): void {
  const at = r * n;
  for (let j = 0; j < n; j++) out[j] = (out[j] as number) + scale * (w[at + j] as number);
}

/** The hidden activations (or the input itself, as dense, for a net without a hidden layer). */
function firstLayer(net: SoftmaxNet, x: Float32Array | SparseVector): Float32Array {
  if (net.hidden === 0) {
    if (x instanceof Float32Array) return x;
    const dense = new Float32Array(net.inputDim);
    x.indices.forEach((i, k) => (dense[i] = x.values[k] as number));
    return dense;
  }
  const h = Float32Array.from(net.b1);
  if (x instanceof Float32Array) {
    for (let i = 0; i < x.length; i++) if (x[i] !== 0) addRow(h, net.w1, i, net.hidden, x[i] as number);
  } else {
    for (let k = 0; k < x.indices.length; k++) addRow(h, net.w1, x.indices[k] as number, net.hidden, x.values[k] as number);
  }
  for (let j = 0; j < h.length; j++) if ((h[j] as number) < 0) h[j] = 0;
  return h;
}

export function netLogits(net: SoftmaxNet, x: Float32Array | SparseVector): Float32Array {
  const width = net.hidden || net.inputDim;
  if (x instanceof Float32Array && x.length !== net.inputDim) {
    throw new Error(`intent model: input has ${x.length} values, the model was trained on ${net.inputDim}`);
  }
  const z = Float32Array.from(net.b2);
  if (net.hidden === 0 && !(x instanceof Float32Array)) {
    // Sparse logistic regression: only the input's rows.
    for (let k = 0; k < x.indices.length; k++) addRow(z, net.w2, x.indices[k] as number, net.classes, x.values[k] as number);
    return z;
  }
  const h = firstLayer(net, x);
  for (let j = 0; j < width; j++) if (h[j] !== 0) addRow(z, net.w2, j, net.classes, h[j] as number);
  return z;
}

/** Softmax in place (numerically stable); returns its argument. */
export function softmaxInPlace(z: Float32Array): Float32Array {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let j = 0; j < z.length; j++) {
    const e = Math.exp((z[j] as number) - max);
    z[j] = e;
    sum += e;
  }
  for (let j = 0; j < z.length; j++) z[j] = (z[j] as number) / sum;
  return z;
}
