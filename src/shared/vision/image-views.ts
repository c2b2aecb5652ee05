// Shared vision: the views of a picture the embedding model is shown (the whole picture squashed to a
// square as nsfwjs does, the centred square, a tighter centre, mirrored copies) and the model's input
// batch for them: NHWC float RGB in 0..1. Averaging a few views (test-time augmentation) steadies the
// embedding of a shopper's off-centre photo.
import { centreBox, mirror, resizeRgb, type RgbImage } from './rgb-image.ts';

export const VIEWS = ['full', 'centre', 'centre-80', 'centre-60', 'full-mirror', 'centre-mirror'] as const;
export type ImageView = (typeof VIEWS)[number];

export function viewOf(image: RgbImage, view: ImageView, size = 224): RgbImage {
  const base = view.startsWith('full') ? null : view === 'centre-80' ? 0.8 : view === 'centre-60' ? 0.6 : 1;
  const out = base === null ? resizeRgb(image, size, size) : resizeRgb(image, size, size, centreBox(image.width, image.height, base));
  return view.endsWith('mirror') ? mirror(out) : out;
}

/** [N, size, size, 3] floats in 0..1 for N square RGB views of `size`. */
export function pixelBatch(views: RgbImage[], size = 224): Float32Array {
  const plane = size * size * 3;
  const out = new Float32Array(views.length * plane);
  views.forEach((v, n) => {
    if (v.width !== size || v.height !== size || v.channels !== 3) throw new Error(`pixelBatch: view ${n} is ${v.width}×${v.height}×${v.channels}, expected ${size}×${size}×3`);
    for (let i = 0; i < plane; i++) out[n * plane + i] = v.data[i] / 255;
  });
  return out;
}

/** Mean of rows, then L2-normalised (the averaged views of one picture). */
export function meanNormalised(rows: Float32Array[]): Float32Array {
  const out = new Float32Array(rows[0]?.length ?? 0);
  for (const r of rows) for (let i = 0; i < out.length; i++) out[i] += r[i];
  return normalise(out);
}

export function normalise(v: Float32Array): Float32Array {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += v[i] * v[i];
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < v.length; i++) v[i] /= n;
  return v;
}
