// Shared vision: made-up shopper photos of a catalog picture, for training and centring on the catalog
// alone. A catalog shot is one item on white, centred and evenly lit; a shopper's photo is a pile in a
// bin, a carton among others on a shelf, off-centre, under shop light. `shelfScenes` cuts the item
// out (the plain background), then lays copies of it into such scenes (a pile, a shelf row, a close
// crop, one item on a cluttered background) with lighting, tint and blur jitter. Seeded, so a rebuild
// makes the same pictures; `size`×`size` RGB ready for the embedder. Written here rather than taken
// from a library: no maintained npm augmentation package composes cut-out items into scenes.
import { bilinear, resizeRgb, type RgbImage } from './rgb-image.ts';

/** Pictures are shrunk to this longest side first, so small pasted copies do not alias. */
const WORKING_SIDE = 320;

function shrink(image: RgbImage): RgbImage {
  const k = WORKING_SIDE / Math.max(image.width, image.height);
  return k >= 1 ? image : resizeRgb(image, Math.max(1, Math.round(image.width * k)), Math.max(1, Math.round(image.height * k)));
}

export function rng(seed: number): () => number {
  let s = (seed >>> 0) * 2654435761 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

const between = (r: () => number, lo: number, hi: number) => lo + (hi - lo) * r();

interface Cutout {
  image: RgbImage;
  /** Foreground box (pixels of `image`) and a soft mask over the whole image, 0..1. */
  box: { x: number; y: number; width: number; height: number };
  mask: Float32Array;
}

/** The item without its plain background; the whole picture when the border is not one plain colour. */
export function cutOut(image: RgbImage): Cutout {
  const { width: w, height: h, channels: c, data } = image;
  const border: number[][] = [];
  const stepX = Math.max(1, Math.floor(w / 64));
  const stepY = Math.max(1, Math.floor(h / 64));
  for (let x = 0; x < w; x += stepX) for (const y of [0, 1, h - 2, h - 1]) border.push([0, 1, 2].map((k) => data[(y * w + x) * c + k]));
  for (let y = 0; y < h; y += stepY) for (const x of [0, 1, w - 2, w - 1]) border.push([0, 1, 2].map((k) => data[(y * w + x) * c + k]));
  const median = [0, 1, 2].map((k) => border.map((p) => p[k]).sort((a, b) => a - b)[border.length >> 1]);
  const near = (p: number[]) => Math.hypot(p[0] - median[0], p[1] - median[1], p[2] - median[2]);
  const plain = border.filter((p) => near(p) < 24).length / border.length > 0.7;
  const mask = new Float32Array(w * h);
  let x0 = w;
  let y0 = h;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const d = plain ? near([data[i * c], data[i * c + 1], data[i * c + 2]]) : 255;
      // Soft edge between 18 and 40 (0..255 RGB distance from the background colour).
      const m = Math.min(1, Math.max(0, (d - 18) / 22));
      mask[i] = m;
      if (m > 0.5) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (x1 < x0 || (x1 - x0) * (y1 - y0) < 0.01 * w * h) {
    mask.fill(1);
    return { image, box: { x: 0, y: 0, width: w, height: h }, mask };
  }
  return { image, box: { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 }, mask };
}

interface Canvas {
  size: number;
  data: Float32Array;
}

function background(size: number, r: () => number, item: Cutout): Canvas {
  const data = new Float32Array(size * size * 3);
  const kind = r();
  // A shop's surfaces: grey/brown crates and shelves, or a blurred sea of the same item (a full bin).
  const base = [between(r, 40, 200), between(r, 40, 190), between(r, 30, 180)];
  const grey = between(r, 0.3, 1);
  const c0 = base.map((v) => v * grey + ((base[0] + base[1] + base[2]) / 3) * (1 - grey));
  const c1 = c0.map((v) => v * between(r, 0.6, 1.3));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const t = kind < 0.5 ? y / size : x / size;
      const i = (y * size + x) * 3;
      for (let k = 0; k < 3; k++) data[i + k] = c0[k] * (1 - t) + c1[k] * t + (r() - 0.5) * 30;
    }
  }
  if (kind > 0.6) {
    // The item itself, huge and smeared: what lies behind the front of a pile.
    const { image, box } = item;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const fx = box.x + ((x * 3) % size) / size * box.width;
        const fy = box.y + ((y * 3) % size) / size * box.height;
        const i = (y * size + x) * 3;
        for (let k = 0; k < 3; k++) data[i + k] = 0.5 * data[i + k] + 0.5 * bilinear(image, fx, fy, k) * 0.8;
      }
    }
  }
  return { size, data };
}

/** Pastes the item at centre (cx, cy) with height `scale`·size, mirrored and/or upside down. */
function paste(canvas: Canvas, item: Cutout, cx: number, cy: number, scale: number, mirrored: boolean, flipped: boolean): void {
  const { image, box, mask } = item;
  const { size, data } = canvas;
  const hPx = scale * size;
  const wPx = (hPx * box.width) / box.height;
  const left = cx - wPx / 2;
  const top = cy - hPx / 2;
  const xs = Math.max(0, Math.floor(left));
  const xe = Math.min(size, Math.ceil(left + wPx));
  const ys = Math.max(0, Math.floor(top));
  const ye = Math.min(size, Math.ceil(top + hPx));
  for (let y = ys; y < ye; y++) {
    let v = (y + 0.5 - top) / hPx;
    if (flipped) v = 1 - v;
    const fy = box.y + v * box.height - 0.5;
    for (let x = xs; x < xe; x++) {
      let u = (x + 0.5 - left) / wPx;
      if (mirrored) u = 1 - u;
      const fx = box.x + u * box.width - 0.5;
      const mx = Math.min(image.width - 1, Math.max(0, Math.round(fx)));
      const my = Math.min(image.height - 1, Math.max(0, Math.round(fy)));
      const a = mask[my * image.width + mx];
      if (a <= 0) continue;
      const i = (y * size + x) * 3;
      for (let k = 0; k < 3; k++) data[i + k] = data[i + k] * (1 - a) + bilinear(image, fx, fy, k) * a;
    }
  }
}

/** Shop light: brightness, contrast, a warm or cool cast, a little blur and sensor noise. */
function light(canvas: Canvas, r: () => number, strength: number): RgbImage {
  const { size, data } = canvas;
  const gain = 1 + between(r, -0.3, 0.2) * strength;
  const contrast = 1 + between(r, -0.3, 0.2) * strength;
  const tint = [1 + between(r, -0.12, 0.12) * strength, 1, 1 + between(r, -0.12, 0.12) * strength];
  const blur = r() < 0.5 * strength ? 1 : 0;
  let mean = 0;
  for (const v of data) mean += v / data.length;
  const out = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      for (let k = 0; k < 3; k++) {
        let v = 0;
        let n = 0;
        for (let dy = -blur; dy <= blur; dy++) {
          for (let dx = -blur; dx <= blur; dx++) {
            const yy = Math.min(size - 1, Math.max(0, y + dy));
            const xx = Math.min(size - 1, Math.max(0, x + dx));
            v += data[(yy * size + xx) * 3 + k];
            n += 1;
          }
        }
        v = ((v / n - mean) * contrast + mean) * gain * tint[k] + (r() - 0.5) * 8 * strength;
        out[(y * size + x) * 3 + k] = Math.max(0, Math.min(255, Math.round(v)));
      }
    }
  }
  return { width: size, height: size, channels: 3, data: out };
}

export type SceneKind = 'pile' | 'shelf' | 'close' | 'single';
export const SCENE_KINDS: SceneKind[] = ['pile', 'shelf', 'close', 'single'];

/** `count` made-up shopper photos of one catalog picture (kinds in turn), `size`×`size`. */
export function shelfScenes(image: RgbImage, count: number, seed: number, size = 224): RgbImage[] {
  const item = cutOut(shrink(image));
  const out: RgbImage[] = [];
  for (let n = 0; n < count; n++) {
    const r = rng(seed * 1000 + n + 1);
    const kind = SCENE_KINDS[n % SCENE_KINDS.length];
    const canvas = background(size, r, item);
    if (kind === 'pile') {
      // Items heaped at random, the front ones bigger, any way up.
      const scale = between(r, 0.28, 0.5);
      const copies = Math.round(between(r, 10, 22));
      for (let c = 0; c < copies; c++) {
        const t = c / copies;
        paste(canvas, item, between(r, -0.1, 1.1) * size, (0.1 + t * 0.9 + between(r, -0.1, 0.1)) * size, scale * (0.8 + 0.4 * t), r() < 0.5, r() < 0.3);
      }
    } else if (kind === 'shelf') {
      // Rows of the same upright carton, side by side.
      const scale = between(r, 0.35, 0.6);
      const aspect = item.box.width / item.box.height;
      const step = scale * size * aspect * between(r, 0.95, 1.1);
      const rows = scale > 0.48 ? 2 : 3;
      for (let row = 0; row < rows; row++) {
        const cy = (row + 0.5) * (size / rows) + between(r, -0.05, 0.05) * size;
        for (let cx = between(r, -0.5, 0.5) * step; cx < size + step; cx += step) paste(canvas, item, cx, cy, scale, false, false);
      }
    } else if (kind === 'close') {
      // The item fills the frame and more: part of it, off-centre.
      const scale = between(r, 0.9, 1.4);
      paste(canvas, item, between(r, 0.3, 0.7) * size, between(r, 0.3, 0.7) * size, scale, r() < 0.5, false);
    } else {
      // One item among neighbours cut by the frame.
      const scale = between(r, 0.45, 0.8);
      for (let c = 0; c < 4; c++) paste(canvas, item, (r() < 0.5 ? between(r, -0.2, 0.1) : between(r, 0.9, 1.2)) * size, between(r, 0, 1) * size, scale, r() < 0.5, false);
      paste(canvas, item, between(r, 0.35, 0.65) * size, between(r, 0.35, 0.65) * size, scale, r() < 0.5, false);
    }
    out.push(light(canvas, r, 1));
  }
  return out;
}
