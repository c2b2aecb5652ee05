// Image eval (product task): the per-signal score matrices [query × product] that the fusion combines,
// computed from cached analyses: visual cosine, colour histogram, label text, category head. Each is
// the same function the widget runs (shared/vision/*), so the eval measures what ships.
import { histogramSimilarity } from '../../shared/vision/colour-features.ts';
import { predictCategories, type CategoryHead } from '../../shared/vision/category-head.ts';
import { dot, viewsFeature, type FeatureRecipe } from '../../shared/vision/image-feature.ts';
import { LabelMatcher } from '../../shared/vision/label-match.ts';
import { pickViews, type ImageAnalysis } from '../images/analyse-image.ts';
import type { ImageView } from '../../shared/vision/image-views.ts';

export { pickViews };

export type Matrix = Float32Array[];

export function features(analyses: ImageAnalysis[], views: ImageView[], recipe: FeatureRecipe): Float32Array[] {
  return analyses.map((a) => viewsFeature(pickViews(a, views), recipe));
}

/** Subtract a mean vector and re-normalise (centring on the catalog's mean removes what every image shares). */
export function centred(rows: Float32Array[], mean: Float32Array): Float32Array[] {
  return rows.map((r) => {
    const out = new Float32Array(r.length);
    let n = 0;
    for (let i = 0; i < r.length; i++) {
      out[i] = r[i] - mean[i];
      n += out[i] * out[i];
    }
    n = Math.sqrt(n) || 1;
    for (let i = 0; i < r.length; i++) out[i] /= n;
    return out;
  });
}

export function meanOf(rows: Float32Array[]): Float32Array {
  const out = new Float32Array(rows[0].length);
  for (const r of rows) for (let i = 0; i < out.length; i++) out[i] += r[i] / rows.length;
  return out;
}

export function cosineMatrix(queries: Float32Array[], catalog: Float32Array[]): Matrix {
  return queries.map((q) => Float32Array.from(catalog, (c) => dot(q, c)));
}

export function colourMatrix(queries: ImageAnalysis[], catalog: ImageAnalysis[]): Matrix {
  return queries.map((q) => Float32Array.from(catalog, (c) => histogramSimilarity(q.histogram, c.histogram)));
}

export function labelText(a: ImageAnalysis, minConfidence = 0.5): string {
  return a.text.filter((l) => l.confidence >= minConfidence).map((l) => l.text).join(' ');
}

export function textMatrix(queries: ImageAnalysis[], matcher: LabelMatcher, products: number): Matrix {
  return queries.map((q) => {
    const row = new Float32Array(products);
    for (const hit of matcher.match(labelText(q))) row[hit.doc] = hit.score;
    return row;
  });
}

export function headMatrix(queries: Float32Array[], head: CategoryHead, productCategory: string[]): Matrix {
  const index = new Map(head.labels.map((l, i) => [l, i]));
  return queries.map((q) => {
    const p = predictCategories(head, q);
    return Float32Array.from(productCategory, (c) => p[index.get(c) ?? -1] ?? 0);
  });
}

export function fuse(parts: Array<[Matrix, number]>): Matrix {
  const n = parts[0][0].length;
  return Array.from({ length: n }, (_, q) => {
    const row = new Float32Array(parts[0][0][q].length);
    for (const [m, w] of parts) if (w !== 0) for (let i = 0; i < row.length; i++) row[i] += w * m[q][i];
    return row;
  });
}

/** top-1 and top-5 accuracy of score rows against the right column per query. */
export function topK(scores: Matrix, truth: number[]): { top1: number; top5: number } {
  let top1 = 0;
  let top5 = 0;
  scores.forEach((row, q) => {
    const right = row[truth[q]];
    let better = 0;
    for (let i = 0; i < row.length; i++) if (row[i] > right || (row[i] === right && i < truth[q])) better += 1;
    if (better === 0) top1 += 1;
    if (better < 5) top5 += 1;
  });
  return { top1: top1 / scores.length, top5: top5 / scores.length };
}
