// Worker vision: a photo reading (read-photo.ts) → the per-product signals match-photo.ts fuses:
// cosine to each product's image vector, histogram similarity, label-text match, category probability.
import type { Product } from '../../protocol/product.ts';
import type { PhotoSignals } from '../../shared/vision/match-photo.ts';
import { HISTOGRAM_BINS } from '../../shared/vision/colour-features.ts';
import { centreOn } from '../../shared/vision/image-feature.ts';
import type { PhotoReading } from './read-photo.ts';
import type { VisionIndex } from './vision-index.ts';

export interface TextEvidence {
  /** Per product: the words read on the photo that matched it. */
  words: Map<number, string[]>;
}

export function photoSignals(reading: PhotoReading, vision: VisionIndex, products: Product[]): { signals: PhotoSignals; text: TextEvidence } {
  const n = products.length;
  const dim = vision.manifest.dim;
  let visual: Float32Array | null = null;
  if (reading.vector && reading.vector.length === dim) {
    visual = new Float32Array(n);
    // Moved off the catalog's scene mean, as the build centred the product vectors (image-chunks.ts).
    const q = centreOn(Float32Array.from(reading.vector), vision.centre);
    for (let r = 0; r < n; r++) {
      let dot = 0;
      let norm = 0;
      for (let k = 0, i = r * dim; k < dim; k++, i++) {
        const v = vision.vectors[i];
        dot += q[k] * v;
        norm += v * v;
      }
      visual[r] = norm > 0 ? dot / Math.sqrt(norm) : 0;
    }
  }
  const colour = new Float32Array(n);
  const h = reading.colour.histogram;
  for (let r = 0; r < n; r++) {
    let dot = 0;
    let norm = 0;
    for (let k = 0, i = r * HISTOGRAM_BINS; k < HISTOGRAM_BINS; k++, i++) {
      const v = vision.histograms[i];
      dot += h[k] * v;
      norm += v * v;
    }
    colour[r] = norm > 0 ? dot / Math.sqrt(norm) : 0;
  }
  const words = new Map<number, string[]>();
  let text: Float32Array | null = null;
  const read = reading.lines.map((l) => l.text).join(' ');
  if (read.trim()) {
    text = new Float32Array(n);
    for (const hit of vision.matcher.match(read)) {
      text[hit.doc] = hit.score;
      words.set(hit.doc, hit.words);
    }
  }
  let category: Float32Array | null = null;
  if (reading.categories && vision.head) {
    const probs = reading.categories;
    const index = new Map(vision.head.labels.map((l, i) => [l, i]));
    category = Float32Array.from(products, (p) => {
      const i = index.get(p.categories[p.categories.length - 1] ?? '');
      return i === undefined ? 0 : probs[i];
    });
  }
  return { signals: { visual, colour, text, category }, text: { words } };
}
