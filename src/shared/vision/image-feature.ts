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

/**
 * A catalog product's vector: its picture's views, plus `weight` × the mean of made-up shopper photos of
 * it (shelf scenes, augment-views.ts), L2-normalised. The scenes pull the vector towards how the product
 * looks in a shop; the picture keeps what is exact about it. `scenes` null or empty: the picture alone.
 */
export function blendScenes(picture: Float32Array, scenes: Float32Array | null, weight: number): Float32Array {
  if (!scenes || !scenes.length || weight === 0) return picture;
  const out = new Float32Array(picture.length);
  for (let i = 0; i < out.length; i++) out[i] = picture[i] + weight * scenes[i];
  return normalised(out);
}

/**
 * A shopper photo's vector moved off what every shopper-like photo shares: `centre` is the mean feature of
 * the catalog's made-up scenes (no shopper photo needed), subtracted, then L2-normalised.
 */
export function centreOn(v: Float32Array, centre: ArrayLike<number> | null): Float32Array {
  if (!centre || centre.length !== v.length) return v;
  return normalised(Float32Array.from(v, (x, i) => x - centre[i]));
}

function normalised(v: Float32Array): Float32Array {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += v[i] * v[i];
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < v.length; i++) v[i] /= n;
  return v;
}

/**
 * Per product, the mean feature of its made-up scenes (null where it has none), and the centre shopper
 * photos are moved off: the mean over every scene of the catalog.
 */
export function sceneFeatures(scenes: Array<Float32Array[] | null>, recipe: FeatureRecipe): { perProduct: Array<Float32Array | null>; centre: Float32Array | null } {
  const dim = featureDim(recipe);
  const centre = new Float32Array(dim);
  let count = 0;
  const perProduct = scenes.map((rows) => {
    if (!rows || !rows.length) return null;
    const sum = new Float32Array(dim);
    for (const r of rows) {
      const f = toFeature(r, recipe);
      for (let i = 0; i < dim; i++) sum[i] += f[i];
    }
    for (let i = 0; i < dim; i++) centre[i] += sum[i];
    count += rows.length;
    return normalised(sum);
  });
  if (count) for (let i = 0; i < dim; i++) centre[i] /= count;
  return { perProduct, centre: count ? centre : null };
}

/** The catalog's vectors, each moved off their mean and L2-normalised (what every product shot shares). */
export function centreCatalog(rows: Float32Array[]): Float32Array[] {
  const live = rows.filter((r) => r.some((x) => x !== 0));
  if (!live.length) return rows;
  const mean = new Float32Array(rows[0].length);
  for (const r of live) for (let i = 0; i < mean.length; i++) mean[i] += r[i] / live.length;
  // A product without a picture keeps its zero row (the widget reads zero as "no picture").
  return rows.map((r) => (r.some((x) => x !== 0) ? centreOn(r, mean) : r));
}
