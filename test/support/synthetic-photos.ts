// Test support: a small, seeded set of photo-like pictures the tests use when ../shared/data (real
// photos) is absent: textured backgrounds, shaded objects of different shapes and colours, noise.
// Generated in memory; nothing downloaded, nothing from the datasets.
import type { RgbImage } from '../../src/shared/vision/rgb-image.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface SyntheticPhoto {
  name: string;
  image: RgbImage;
  /** The object's main colour, as drawn. */
  colour: [number, number, number];
}

export const PALETTE: Array<[string, [number, number, number]]> = [
  ['red', [200, 40, 40]], ['blue', [40, 80, 190]], ['green', [50, 150, 60]], ['yellow', [235, 205, 40]],
  ['black', [25, 25, 28]], ['white', [245, 245, 240]], ['orange', [240, 130, 40]], ['purple', [120, 50, 160]],
];

/** `count` pictures of `width`×`height`: a shaded ellipse or box on a noisy gradient, seeded by index. */
export function syntheticPhotos(count: number, width = 320, height = 240, seed = 11): SyntheticPhoto[] {
  const out: SyntheticPhoto[] = [];
  for (let n = 0; n < count; n++) {
    const r = rng(seed * 7919 + n);
    const [name, colour] = PALETTE[n % PALETTE.length];
    const bg = [80 + r() * 150, 80 + r() * 150, 80 + r() * 150];
    const data = new Uint8Array(width * height * 3);
    const cx = width * (0.35 + r() * 0.3);
    const cy = height * (0.35 + r() * 0.3);
    const rx = width * (0.15 + r() * 0.15);
    const ry = height * (0.15 + r() * 0.2);
    const box = n % 3 === 1;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 3;
        const dx = (x - cx) / rx;
        const dy = (y - cy) / ry;
        const inside = box ? Math.abs(dx) < 1 && Math.abs(dy) < 1 : dx * dx + dy * dy < 1;
        const noise = (r() - 0.5) * 30;
        for (let k = 0; k < 3; k++) {
          const shade = inside ? colour[k] * (0.75 + 0.25 * (1 - Math.min(1, Math.abs(dy)))) : bg[k] * (0.7 + 0.3 * (y / height));
          data[i + k] = Math.max(0, Math.min(255, Math.round(shade + noise)));
        }
      }
    }
    out.push({ name: `synthetic-${n}-${name}`, image: { width, height, channels: 3, data }, colour });
  }
  return out;
}
