// Shared vision: the category head, a softmax (multinomial logistic) regression over image features,
// trained by the CLI on the catalog's own images and categories and applied by the worker to a
// shopper's photo. Weights ship int8 with a scale per class (category-head chunk).

export interface CategoryHead {
  labels: string[];
  dim: number;
  /** [classes × dim], row-major. */
  weights: Float32Array;
  bias: Float32Array;
}

/** Class probabilities for one feature vector. */
export function predictCategories(head: CategoryHead, x: ArrayLike<number>): Float32Array {
  const k = head.labels.length;
  const logits = new Float32Array(k);
  for (let c = 0; c < k; c++) {
    let s = head.bias[c];
    const row = c * head.dim;
    for (let i = 0; i < head.dim; i++) s += head.weights[row + i] * x[i];
    logits[c] = s;
  }
  return softmax(logits);
}

export function softmax(logits: Float32Array): Float32Array {
  let max = -Infinity;
  for (const v of logits) max = Math.max(max, v);
  let sum = 0;
  const out = new Float32Array(logits.length);
  for (let i = 0; i < logits.length; i++) sum += out[i] = Math.exp(logits[i] - max);
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  return out;
}
