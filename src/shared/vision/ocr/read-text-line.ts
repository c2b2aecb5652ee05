// Shared vision, OCR step 2: PP-OCR's recogniser input for one text box (sampled straight out of the
// photo along the box's direction, 48 px high, BGR, (x/255 − 0.5)/0.5) and the greedy CTC decoding of
// its [1, T, classes] output (class 0 is the blank; repeats collapse).
import { bilinear, type RgbImage } from '../rgb-image.ts';
import type { TextBox } from './text-boxes.ts';

export const LINE_HEIGHT = 48;
/** Lines longer than this (in model pixels) are cut: a label's words are short and time is short. */
const MAX_WIDTH = 640;

/** The recogniser input [1, 3, 48, W] for one box, W = 48 × length / thickness (rounded up to 8). */
export function lineInput(image: RgbImage, box: TextBox, flip = false): { data: Float32Array; dims: [1, 3, number, number] } {
  const h = LINE_HEIGHT;
  const w = Math.min(MAX_WIDTH, Math.max(16, Math.ceil((h * box.length) / Math.max(1, box.thickness) / 8) * 8));
  const ux = flip ? -box.ux : box.ux;
  const uy = flip ? -box.uy : box.uy;
  // v points "down" the line (across the text), perpendicular to u.
  const vx = -uy;
  const vy = ux;
  const out = new Float32Array(3 * h * w);
  const plane = h * w;
  const along = box.length / w;
  const across = box.thickness / h;
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const a = (i + 0.5) * along - box.length / 2;
      const b = (j + 0.5) * across - box.thickness / 2;
      const x = box.cx + a * ux + b * vx - 0.5;
      const y = box.cy + a * uy + b * vy - 0.5;
      for (let k = 0; k < 3; k++) {
        // Model channel 2 - k holds RGB channel k (BGR order).
        out[(2 - k) * plane + j * w + i] = bilinear(image, x, y, k) / 127.5 - 1;
      }
    }
  }
  return { data: out, dims: [1, 3, h, w] };
}

export interface DecodedLine {
  text: string;
  /** Mean probability of the characters kept. */
  confidence: number;
}

/** Greedy CTC: best class per step, drop blanks (0) and repeats; `charset[k − 1]` is class k. */
export function ctcDecode(probs: Float32Array, steps: number, classes: number, charset: readonly string[]): DecodedLine {
  let text = '';
  let sum = 0;
  let kept = 0;
  let previous = -1;
  for (let t = 0; t < steps; t++) {
    let best = 0;
    let bestP = -1;
    const row = t * classes;
    for (let k = 0; k < classes; k++) {
      const p = probs[row + k];
      if (p > bestP) [best, bestP] = [k, p];
    }
    if (best !== 0 && best !== previous) {
      text += charset[best - 1] ?? '';
      sum += bestP;
      kept += 1;
    }
    previous = best;
  }
  return { text: text.trim(), confidence: kept ? sum / kept : 0 };
}
