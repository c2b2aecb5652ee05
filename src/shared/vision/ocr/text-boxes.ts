// Shared vision, OCR step 1: PP-OCR's text detector (DB) input and post-processing. The detector
// scores every pixel for "inside a text line"; here that map becomes oriented boxes: threshold,
// connected regions, each region's principal axis (so tilted lines on a carton are read straight),
// mean score filter, and the DB "unclip" that grows the shrunk region back to the whole line.
import type { RgbImage } from '../rgb-image.ts';
import { resizeRgb } from '../rgb-image.ts';

/** An oriented rectangle in source-image pixels: centre, unit direction of the text line, full lengths. */
export interface TextBox {
  cx: number;
  cy: number;
  /** Unit vector along the line (reading direction, left to right when the line is mostly horizontal). */
  ux: number;
  uy: number;
  /** Length along u and across it (line height). */
  length: number;
  thickness: number;
  /** Mean detector score inside the region. */
  score: number;
}

export interface DetectorInput {
  data: Float32Array;
  dims: [1, 3, number, number];
  /** Source pixels per detector pixel, for mapping boxes back. */
  scaleX: number;
  scaleY: number;
}

// PP-OCR normalises BGR pixels (it reads images with OpenCV) with ImageNet statistics in that order.
const MEAN = [0.485, 0.456, 0.406];
const STD = [0.229, 0.224, 0.225];

/** The detector's input: longest side ≤ maxSide, both sides multiples of 32, BGR, normalised, NCHW. */
export function detectorInput(image: RgbImage, maxSide = 960): DetectorInput {
  const ratio = Math.min(1, maxSide / Math.max(image.width, image.height));
  const w = Math.max(32, Math.round((image.width * ratio) / 32) * 32);
  const h = Math.max(32, Math.round((image.height * ratio) / 32) * 32);
  const small = resizeRgb(image, w, h);
  const plane = w * h;
  const data = new Float32Array(3 * plane);
  for (let i = 0; i < plane; i++) {
    for (let c = 0; c < 3; c++) {
      // Channel c of the model is B, G, R: RGB index 2 - c.
      data[c * plane + i] = (small.data[i * 3 + (2 - c)] / 255 - MEAN[c]) / STD[c];
    }
  }
  return { data, dims: [1, 3, h, w], scaleX: image.width / w, scaleY: image.height / h };
}

export interface BoxOptions {
  /** Pixel threshold on the probability map (PP-OCR: 0.3). */
  threshold?: number;
  /** Minimum mean probability of a region (PP-OCR: 0.6). */
  boxThreshold?: number;
  /** How far a region is grown back (PP-OCR: 1.5). */
  unclipRatio?: number;
  /** Keep at most this many boxes, the largest first. */
  maxBoxes?: number;
}

/** Oriented text boxes from the detector's [1,1,H,W] probability map, in source-image pixels. */
export function findTextBoxes(prob: Float32Array, width: number, height: number, input: Pick<DetectorInput, 'scaleX' | 'scaleY'>, options: BoxOptions = {}): TextBox[] {
  const threshold = options.threshold ?? 0.3;
  const boxThreshold = options.boxThreshold ?? 0.6;
  const unclip = options.unclipRatio ?? 1.5;
  const label = new Int32Array(width * height).fill(-1);
  const stack = new Int32Array(width * height);
  const boxes: Array<TextBox & { area: number }> = [];
  for (let start = 0; start < width * height; start++) {
    if (label[start] !== -1 || prob[start] <= threshold) continue;
    // Flood fill (8-connected), accumulating moments for the principal axis.
    let top = 0;
    stack[top++] = start;
    label[start] = start;
    let n = 0;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let syy = 0;
    let sxy = 0;
    let sum = 0;
    const pixels: number[] = [];
    while (top > 0) {
      const p = stack[--top];
      const x = p % width;
      const y = (p - x) / width;
      n += 1;
      sx += x;
      sy += y;
      sxx += x * x;
      syy += y * y;
      sxy += x * y;
      sum += prob[p];
      pixels.push(p);
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= width) continue;
          const q = yy * width + xx;
          if (label[q] === -1 && prob[q] > threshold) {
            label[q] = start;
            stack[top++] = q;
          }
        }
      }
    }
    if (n < 6 || sum / n < boxThreshold) continue;
    const mx = sx / n;
    const my = sy / n;
    const cxx = sxx / n - mx * mx;
    const cyy = syy / n - my * my;
    const cxy = sxy / n - mx * my;
    // Principal axis of the region's pixels: the direction of the text line.
    const angle = 0.5 * Math.atan2(2 * cxy, cxx - cyy);
    let ux = Math.cos(angle);
    let uy = Math.sin(angle);
    if (Math.abs(ux) >= Math.abs(uy) ? ux < 0 : uy > 0) [ux, uy] = [-ux, -uy];
    let minU = Infinity;
    let maxU = -Infinity;
    let minV = Infinity;
    let maxV = -Infinity;
    for (const p of pixels) {
      const x = (p % width) - mx;
      const y = Math.floor(p / width) - my;
      const u = x * ux + y * uy;
      const v = -x * uy + y * ux;
      if (u < minU) minU = u;
      if (u > maxU) maxU = u;
      if (v < minV) minV = v;
      if (v > maxV) maxV = v;
    }
    const length = maxU - minU + 1;
    const thickness = maxV - minV + 1;
    if (Math.min(length, thickness) < 3) continue;
    const d = (length * thickness * unclip) / (2 * (length + thickness));
    const cu = (minU + maxU) / 2;
    const cv = (minV + maxV) / 2;
    const cx = mx + cu * ux - cv * uy;
    const cy = my + cu * uy + cv * ux;
    // Back to source pixels (the scales differ slightly per axis after rounding to multiples of 32).
    const sxScale = input.scaleX;
    const syScale = input.scaleY;
    const alongScale = Math.hypot(ux * sxScale, uy * syScale);
    const acrossScale = Math.hypot(-uy * sxScale, ux * syScale);
    const dirX = (ux * sxScale) / alongScale;
    const dirY = (uy * syScale) / alongScale;
    boxes.push({
      cx: (cx + 0.5) * sxScale,
      cy: (cy + 0.5) * syScale,
      ux: dirX,
      uy: dirY,
      length: (length + 2 * d) * alongScale,
      thickness: (thickness + 2 * d) * acrossScale,
      score: sum / n,
      area: n,
    });
  }
  boxes.sort((a, b) => b.area - a.area);
  return boxes.slice(0, options.maxBoxes ?? 12).map(({ area: _area, ...box }) => box);
}
