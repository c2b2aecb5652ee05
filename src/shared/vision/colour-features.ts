// Shared vision: what colour a product is. The picture is shrunk to 64×64; when its border is one
// plain colour (a catalog shot on white) that colour is the background and left out, otherwise (a
// shopper's photo) the centre counts most. From the rest: a Lab colour histogram (compared by cosine
// of square roots) and up to three named dominant colours (weighted k-means in Lab).
import { nameOfLab, rgbToLab, type BaseColour, type Lab } from './colour-space.ts';
import { resizeRgb, type RgbImage } from './rgb-image.ts';

export const HISTOGRAM_BINS = 4 * 6 * 6;
const SIDE = 64;

export interface NamedColour {
  name: BaseColour;
  /** Share of the product's pixels (background left out). */
  share: number;
  /** The cluster's mean colour, for display. */
  rgb: [number, number, number];
}

export interface ColourFeatures {
  colours: NamedColour[];
  /** √(share) per Lab bin, L2-normalised: cosine between two of these is the Bhattacharyya coefficient. */
  histogram: Float32Array;
  /** Whether a plain background was found and removed. */
  plainBackground: boolean;
}

const dist2 = (a: Lab, b: Lab): number => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;

function binOf([l, a, b]: Lab): number {
  const li = Math.min(3, Math.max(0, Math.floor(l / 25)));
  const ai = Math.min(5, Math.max(0, Math.floor((a + 60) / 20)));
  const bi = Math.min(5, Math.max(0, Math.floor((b + 60) / 20)));
  return (li * 6 + ai) * 6 + bi;
}

/** Weight per pixel: 0 for the plain background, else 1; or a centre-weighted bump when there is no plain border. */
function foregroundWeights(labs: Lab[]): { weights: Float32Array; plain: boolean } {
  const border: Lab[] = [];
  for (let y = 0; y < SIDE; y++) for (let x = 0; x < SIDE; x++) if (x < 2 || y < 2 || x >= SIDE - 2 || y >= SIDE - 2) border.push(labs[y * SIDE + x]);
  const median = [0, 1, 2].map((k) => border.map((p) => p[k]).sort((a, b) => a - b)[border.length >> 1]) as Lab;
  const plain = border.filter((p) => dist2(p, median) < 100).length / border.length > 0.7;
  const weights = new Float32Array(labs.length);
  let kept = 0;
  for (let i = 0; i < labs.length; i++) {
    if (plain) {
      weights[i] = dist2(labs[i], median) > 144 ? 1 : 0;
    } else {
      const x = (i % SIDE) / SIDE - 0.5;
      const y = Math.floor(i / SIDE) / SIDE - 0.5;
      weights[i] = Math.exp(-(x * x + y * y) / (2 * 0.22 * 0.22));
    }
    kept += weights[i];
  }
  // A product the colour of its background (white on white): use everything rather than nothing.
  if (plain && kept < labs.length * 0.03) weights.fill(1);
  return { weights, plain };
}

function kMeans(labs: Lab[], weights: Float32Array, k: number): Array<{ centre: Lab; weight: number }> {
  const idx = labs.map((_, i) => i).filter((i) => weights[i] > 0.05);
  if (idx.length === 0) return [];
  // Farthest-point start from the heaviest pixel: deterministic, and spreads over distinct colours.
  const centres: Lab[] = [labs[idx.reduce((m, i) => (weights[i] > weights[m] ? i : m), idx[0])]];
  while (centres.length < k) {
    let far = idx[0];
    let farD = -1;
    for (const i of idx) {
      const d = Math.min(...centres.map((c) => dist2(c, labs[i]))) * weights[i];
      if (d > farD) [far, farD] = [i, d];
    }
    if (farD <= 1) break;
    centres.push([...labs[far]] as Lab);
  }
  const assign = new Int32Array(labs.length);
  const mass = new Float64Array(centres.length);
  for (let iter = 0; iter < 8; iter++) {
    const sums = centres.map(() => [0, 0, 0]);
    mass.fill(0);
    for (const i of idx) {
      let best = 0;
      let bestD = Infinity;
      centres.forEach((c, j) => {
        const d = dist2(c, labs[i]);
        if (d < bestD) [best, bestD] = [j, d];
      });
      assign[i] = best;
      const w = weights[i];
      mass[best] += w;
      for (let t = 0; t < 3; t++) sums[best][t] += labs[i][t] * w;
    }
    centres.forEach((c, j) => {
      if (mass[j] > 0) for (let t = 0; t < 3; t++) c[t] = sums[j][t] / mass[j];
    });
  }
  const total = mass.reduce((a, b) => a + b, 0) || 1;
  return centres.map((centre, j) => ({ centre, weight: mass[j] / total }));
}

/** Mean sRGB of the pixels nearest each named cluster, for display swatches. */
function labToApproxRgb(image: RgbImage, labs: Lab[], weights: Float32Array, target: Lab): [number, number, number] {
  const sum = [0, 0, 0];
  let n = 0;
  for (let i = 0; i < labs.length; i++) {
    if (weights[i] > 0.05 && dist2(labs[i], target) < 200) {
      for (let k = 0; k < 3; k++) sum[k] += image.data[i * 3 + k];
      n += 1;
    }
  }
  return n ? (sum.map((v) => Math.round(v / n)) as [number, number, number]) : [128, 128, 128];
}

export function colourFeatures(image: RgbImage): ColourFeatures {
  const small = resizeRgb(image, SIDE, SIDE);
  const labs: Lab[] = [];
  for (let i = 0; i < SIDE * SIDE; i++) labs.push(rgbToLab(small.data[i * 3], small.data[i * 3 + 1], small.data[i * 3 + 2]));
  const { weights, plain } = foregroundWeights(labs);
  const histogram = new Float32Array(HISTOGRAM_BINS);
  labs.forEach((lab, i) => (histogram[binOf(lab)] += weights[i]));
  let norm = 0;
  for (let i = 0; i < histogram.length; i++) {
    histogram[i] = Math.sqrt(histogram[i]);
    norm += histogram[i] * histogram[i];
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < histogram.length; i++) histogram[i] /= norm;

  const byName = new Map<BaseColour, { share: number; centre: Lab }>();
  for (const { centre, weight } of kMeans(labs, weights, 4)) {
    const name = nameOfLab(centre);
    const seen = byName.get(name);
    if (!seen || seen.share < weight) byName.set(name, { share: (seen?.share ?? 0) + weight, centre });
    else seen.share += weight;
  }
  const colours = [...byName.entries()]
    .filter(([, v]) => v.share >= 0.12)
    .sort((a, b) => b[1].share - a[1].share)
    .slice(0, 3)
    .map(([name, v]) => ({ name, share: Math.round(v.share * 100) / 100, rgb: labToApproxRgb(small, labs, weights, v.centre) }));
  return { colours, histogram, plainBackground: plain };
}

/** Similarity of two histograms from colourFeatures (1 = same colour distribution). */
export function histogramSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
