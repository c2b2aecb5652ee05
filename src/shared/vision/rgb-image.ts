// Shared vision: the one in-memory picture format the CLI (decoded by sharp) and the worker (decoded by
// createImageBitmap, read back from an OffscreenCanvas) hand to the models: 8-bit RGB or RGBA rows.
// Crops and bilinear resizes live here so both sides compute the same model inputs.

export interface RgbImage {
  width: number;
  height: number;
  /** 3 (RGB) or 4 (RGBA, alpha ignored) bytes per pixel, row-major. */
  channels: 3 | 4;
  data: Uint8Array | Uint8ClampedArray;
}

/** A region in pixels of the image it refers to. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function checkImage(image: RgbImage): RgbImage {
  const { width, height, channels, data } = image;
  if (!(width > 0 && height > 0) || data.length !== width * height * channels) {
    throw new Error(`image ${width}×${height}×${channels} does not match its ${data.length} bytes`);
  }
  return image;
}

/** Clamps a box to the image, at least 1×1. */
export function clampBox(box: Box, width: number, height: number): Box {
  const x = Math.max(0, Math.min(width - 1, Math.floor(box.x)));
  const y = Math.max(0, Math.min(height - 1, Math.floor(box.y)));
  return { x, y, width: Math.max(1, Math.min(width - x, Math.round(box.width))), height: Math.max(1, Math.min(height - y, Math.round(box.height))) };
}

/** The centred square (or `fraction` of it) of an image: what the models see when the product fills the middle. */
export function centreBox(width: number, height: number, fraction = 1): Box {
  const side = Math.min(width, height) * fraction;
  return { x: (width - side) / 2, y: (height - side) / 2, width: side, height: side };
}

/** Channel k at a fractional pixel position (clamped to the image), interpolated between the 4 neighbours. */
export function bilinear(image: RgbImage, fx: number, fy: number, k: number): number {
  const { width: w, height: h, channels: c, data } = image;
  const x = Math.min(w - 1, Math.max(0, fx));
  const y = Math.min(h - 1, Math.max(0, fy));
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const x1 = Math.min(w - 1, x0 + 1);
  const y1 = Math.min(h - 1, y0 + 1);
  const ax = x - x0;
  const ay = y - y0;
  const top = data[(y0 * w + x0) * c + k] * (1 - ax) + data[(y0 * w + x1) * c + k] * ax;
  const bottom = data[(y1 * w + x0) * c + k] * (1 - ax) + data[(y1 * w + x1) * c + k] * ax;
  return top * (1 - ay) + bottom * ay;
}

/**
 * Bilinear resample of `box` (default: the whole image) to `outWidth`×`outHeight` RGB, with pixel
 * centres aligned (half-pixel offsets), averaging when shrinking by more than 2× so small outputs do
 * not alias. Returns 3 bytes per pixel.
 */
export function resizeRgb(image: RgbImage, outWidth: number, outHeight: number, box?: Box): RgbImage {
  const src = box ?? { x: 0, y: 0, width: image.width, height: image.height };
  const out = new Uint8Array(outWidth * outHeight * 3);
  const sx = src.width / outWidth;
  const sy = src.height / outHeight;
  // Shrinking a lot: sample a small grid per output pixel (box filter) instead of one bilinear tap.
  const taps = Math.max(1, Math.min(4, Math.floor(Math.max(sx, sy) / 2)));
  const sample = (fx: number, fy: number, k: number): number => bilinear(image, fx, fy, k);
  for (let oy = 0; oy < outHeight; oy++) {
    for (let ox = 0; ox < outWidth; ox++) {
      for (let k = 0; k < 3; k++) {
        let sum = 0;
        for (let ty = 0; ty < taps; ty++) {
          for (let tx = 0; tx < taps; tx++) {
            const fx = src.x + (ox + (tx + 0.5) / taps) * sx - 0.5;
            const fy = src.y + (oy + (ty + 0.5) / taps) * sy - 0.5;
            sum += sample(fx, fy, k);
          }
        }
        out[(oy * outWidth + ox) * 3 + k] = Math.round(sum / (taps * taps));
      }
    }
  }
  return { width: outWidth, height: outHeight, channels: 3, data: out };
}

/** The image turned a quarter counter-clockwise (how PP-OCR reads a tall text box). */
export function rotateCounterClockwise(image: RgbImage): RgbImage {
  const { width: w, height: h, channels: c, data } = image;
  const out = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const dst = ((w - 1 - x) * h + y) * 3;
      for (let k = 0; k < 3; k++) out[dst + k] = data[(y * w + x) * c + k];
    }
  }
  return { width: h, height: w, channels: 3, data: out };
}

/** Mirror left-right (test-time augmentation). */
export function mirror(image: RgbImage): RgbImage {
  const { width: w, height: h, channels: c, data } = image;
  const out = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) for (let k = 0; k < 3; k++) out[(y * w + (w - 1 - x)) * 3 + k] = data[(y * w + x) * c + k];
  return { width: w, height: h, channels: 3, data: out };
}
