// Shared vision: one shopper photo against the catalog. Four signals per product, fused with the
// manifest's weights: visual cosine to the product's picture, colour-histogram similarity, the label
// text read on the photo matched against the product's words (label-match.ts), and the category
// head's probability for the product's category. Returns the best products with the evidence for
// each, so the answer can say why. The worker and `npm run eval:image` both rank with this.
import type { FusionWeights } from './vision-defaults.ts';

export interface PhotoSignals {
  /** Per product, in catalog order; null when that signal is unavailable (no model, no text read). */
  visual: Float32Array | null;
  colour: Float32Array | null;
  text: Float32Array | null;
  category: Float32Array | null;
}

export interface PhotoMatch {
  index: number;
  score: number;
  visual: number;
  colour: number;
  text: number;
  category: number;
}

/**
 * Visual cosines sit in a narrow band (0.2-0.7 for this model); what says "this one" is how far a
 * product stands above the rest, so visual scores are z-scored over the catalog before fusing.
 */
function standardised(v: Float32Array): Float32Array {
  let mean = 0;
  for (const x of v) mean += x / v.length;
  let sd = 0;
  for (const x of v) sd += (x - mean) ** 2 / v.length;
  sd = Math.sqrt(sd) || 1;
  return Float32Array.from(v, (x) => (x - mean) / sd);
}

export function fusePhotoSignals(signals: PhotoSignals, weights: FusionWeights, products: number): Float32Array {
  const out = new Float32Array(products);
  const parts: Array<[Float32Array | null, number]> = [
    [signals.visual && standardised(signals.visual), weights.visual * 0.25],
    [signals.colour && standardised(signals.colour), weights.colour * 0.25],
    [signals.text, weights.text],
    [signals.category, weights.category],
  ];
  for (const [values, w] of parts) if (values && w) for (let i = 0; i < products; i++) out[i] += w * values[i];
  return out;
}

/** The `limit` best products, each with its signal values (0 where a signal is missing). */
export function rankPhotoMatches(signals: PhotoSignals, weights: FusionWeights, products: number, limit = 5, eligible?: (i: number) => boolean): PhotoMatch[] {
  const fused = fusePhotoSignals(signals, weights, products);
  const order: number[] = [];
  for (let i = 0; i < products; i++) if (!eligible || eligible(i)) order.push(i);
  order.sort((a, b) => fused[b] - fused[a]);
  return order.slice(0, limit).map((index) => ({
    index,
    score: fused[index],
    visual: signals.visual?.[index] ?? 0,
    colour: signals.colour?.[index] ?? 0,
    text: signals.text?.[index] ?? 0,
    category: signals.category?.[index] ?? 0,
  }));
}
