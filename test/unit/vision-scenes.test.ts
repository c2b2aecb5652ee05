// Made-up shelf scenes of a catalog picture (shared/vision/augment-views.ts) and how they enter a
// product's photo-search vector (image-feature.ts): seeded and repeatable, the item cut out of a plain
// background, pasted into scenes of the right size; blending, centring and the catalog's centring keep
// vectors unit length and leave "no picture" rows at zero.
import { describe, expect, it } from 'vitest';
import { cutOut, shelfScenes } from '../../src/shared/vision/augment-views.ts';
import { blendScenes, centreCatalog, centreOn, dot, sceneFeatures } from '../../src/shared/vision/image-feature.ts';
import type { RgbImage } from '../../src/shared/vision/rgb-image.ts';

/** A red carton on white, like a catalog shot: 120×160, the item in x 40..79, y 30..129. */
function cartonShot(): RgbImage {
  const width = 120;
  const height = 160;
  const data = new Uint8Array(width * height * 3).fill(255);
  for (let y = 30; y < 130; y++) for (let x = 40; x < 80; x++) data.set([200, 30, 30], (y * width + x) * 3);
  return { width, height, channels: 3, data };
}

const norm = (v: Float32Array) => Math.sqrt(dot(v, v));

describe('shelf scenes', () => {
  it('finds the item on a plain background, and the whole picture when the border is busy', () => {
    const cut = cutOut(cartonShot());
    expect(cut.box.x).toBeGreaterThanOrEqual(38);
    expect(cut.box.x + cut.box.width).toBeLessThanOrEqual(82);
    expect(cut.box.y).toBeGreaterThanOrEqual(28);
    expect(cut.box.y + cut.box.height).toBeLessThanOrEqual(132);
    const noisy = cartonShot();
    for (let i = 0; i < noisy.data.length; i++) noisy.data[i] = (i * 7919) % 251;
    expect(cutOut(noisy).box).toEqual({ x: 0, y: 0, width: 120, height: 160 });
  });

  it('makes the same scenes from the same seed, other scenes from another, each full of the item', () => {
    const a = shelfScenes(cartonShot(), 4, 7, 64);
    const b = shelfScenes(cartonShot(), 4, 7, 64);
    const c = shelfScenes(cartonShot(), 4, 8, 64);
    expect(a).toHaveLength(4);
    for (const s of a) expect([s.width, s.height, s.channels, s.data.length]).toEqual([64, 64, 3, 64 * 64 * 3]);
    expect(a.map((s) => Buffer.from(s.data).toString('base64'))).toEqual(b.map((s) => Buffer.from(s.data).toString('base64')));
    expect(Buffer.from(a[0].data).equals(Buffer.from(c[0].data))).toBe(false);
    // The white background is gone: every scene is mostly not white, and red (the item) is in each.
    for (const s of a) {
      let white = 0;
      let red = 0;
      for (let i = 0; i < s.data.length; i += 3) {
        if (s.data[i] > 235 && s.data[i + 1] > 235 && s.data[i + 2] > 235) white += 1;
        if (s.data[i] > s.data[i + 1] + 60 && s.data[i] > s.data[i + 2] + 60) red += 1;
      }
      expect(white / (64 * 64)).toBeLessThan(0.2);
      expect(red).toBeGreaterThan(0);
    }
  });
});

describe('scene-blended, centred vectors', () => {
  const unit = (xs: number[]) => {
    const v = Float32Array.from(xs);
    return v.map((x) => x / norm(v));
  };

  it('blends a picture with its scenes, centres photos and the catalog, and keeps zero rows zero', () => {
    const picture = unit([1, 0, 0, 0]);
    const scenes = [Float32Array.from([0, 1, 0, 0]), Float32Array.from([0, 1, 0, 0])];
    const { perProduct, centre } = sceneFeatures([scenes, null], { parts: [4], use: 1, power: 1 });
    expect(perProduct[1]).toBeNull();
    expect([...centre!]).toEqual([0, 1, 0, 0]);
    const blended = blendScenes(picture, perProduct[0], 0.5);
    expect(norm(blended)).toBeCloseTo(1, 6);
    expect(blended[1] / blended[0]).toBeCloseTo(0.5, 6);
    expect(blendScenes(picture, null, 0.5)).toBe(picture);
    // A photo moved off the scenes' mean loses what every scene shares.
    const photo = centreOn(Float32Array.from([1, 1, 0, 0]), centre);
    expect(photo[1]).toBeCloseTo(0, 6);
    expect(norm(photo)).toBeCloseTo(1, 6);
    expect(centreOn(photo, new Float32Array(3))).toBe(photo);
    const rows = centreCatalog([unit([1, 1, 0, 0]), unit([1, 0, 1, 0]), new Float32Array(4)]);
    expect([...rows[2]]).toEqual([0, 0, 0, 0]);
    for (const r of rows.slice(0, 2)) expect(norm(r)).toBeCloseTo(1, 6);
    expect(dot(rows[0], rows[1])).toBeLessThan(0);
  });
});
