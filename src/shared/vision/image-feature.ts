// Shared vision: raw MobileNet outputs → the vector Aisle compares and classifies. The same recipe runs
// in the CLI (catalog images) and the worker (the shopper's photo): each part (the 1792-d embedding,
// then each tap) L2-normalised on its own so no part dominates by scale, concatenated, a signed power
// (√ by default: it tempers the few very active channels of ReLU features), L2-normalised again.

export interface FeatureRecipe {
  /** Widths of the parts of a raw row, in order: [1792] or [1792, 448]. */
  parts: number[];
  /** Use only the first `use` parts (the rest of the row is ignored). */
  use: number;
  /** Exponent of the signed power; 1 leaves values as they are. */
  power: number;
}

export function featureDim(recipe: FeatureRecipe): number {
  return recipe.parts.slice(0, recipe.use).reduce((a, b) => a + b, 0);
}

export function toFeature(raw: Float32Array, recipe: FeatureRecipe): Float32Array {
  const out = new Float32Array(featureDim(recipe));
  let src = 0;
  let dst = 0;
  for (let p = 0; p < recipe.use; p++) {
    const width = recipe.parts[p];
    let n = 0;
    for (let i = 0; i < width; i++) n += raw[src + i] * raw[src + i];
    n = Math.sqrt(n) || 1;
    for (let i = 0; i < width; i++) {
      const v = raw[src + i] / n;
      out[dst + i] = recipe.power === 1 ? v : Math.sign(v) * Math.abs(v) ** recipe.power;
    }
    src += width;
    dst += width;
  }
  let n = 0;
  for (let i = 0; i < out.length; i++) n += out[i] * out[i];
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < out.length; i++) out[i] /= n;
  return out;
}

/** Mean of the features of several views of one picture, L2-normalised. */
export function viewsFeature(raws: Float32Array[], recipe: FeatureRecipe): Float32Array {
  const out = new Float32Array(featureDim(recipe));
  for (const r of raws) {
    const f = toFeature(r, recipe);
    for (let i = 0; i < out.length; i++) out[i] += f[i];
  }
  let n = 0;
  for (let i = 0; i < out.length; i++) n += out[i] * out[i];
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < out.length; i++) out[i] /= n;
  return out;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
