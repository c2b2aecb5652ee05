// Shared vision helpers on known answers: colour names and the plain-background rule, the label matcher's
// forgiveness of OCR slips and its idf, the fusion's ranking, CTC decoding, and the category head trainer.
import { describe, expect, it } from 'vitest';
import { trainCategoryHead } from '../../src/cli/images/train-category-head.ts';
import { predictCategories } from '../../src/shared/vision/category-head.ts';
import { colourFeatures, histogramSimilarity } from '../../src/shared/vision/colour-features.ts';
import { nameOfLab, rgbToLab } from '../../src/shared/vision/colour-space.ts';
import { LabelMatcher, tokenSimilarity } from '../../src/shared/vision/label-match.ts';
import { rankPhotoMatches } from '../../src/shared/vision/match-photo.ts';
import { ctcDecode } from '../../src/shared/vision/ocr/read-text-line.ts';
import type { RgbImage } from '../../src/shared/vision/rgb-image.ts';
import { DEFAULT_FUSION } from '../../src/shared/vision/vision-defaults.ts';

function picture(bg: [number, number, number], fg: [number, number, number], size = 100): RgbImage {
  const data = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    const inside = Math.abs(x - size / 2) < size / 4 && Math.abs(y - size / 2) < size / 3;
    data.set(inside ? fg : bg, (y * size + x) * 3);
  }
  return { width: size, height: size, channels: 3, data };
}

describe('colours', () => {
  it('names shades as a shopper would', () => {
    const name = (hex: number) => nameOfLab(rgbToLab(hex >> 16, (hex >> 8) & 255, hex & 255));
    expect([0x1b2a4a, 0xd8c8a8, 0xcc2222, 0x228833, 0xf5f5f5, 0x222222, 0x7a2638].map(name)).toEqual(['blue', 'brown', 'red', 'green', 'white', 'black', 'red']);
  });

  it('leaves a plain background out, so a red bag on white is red, not white', () => {
    const f = colourFeatures(picture([255, 255, 255], [200, 30, 40]));
    expect(f.plainBackground).toBe(true);
    expect(f.colours.map((c) => c.name)).toEqual(['red']);
    const g = colourFeatures(picture([255, 255, 255], [30, 60, 180]));
    expect(histogramSimilarity(f.histogram, f.histogram)).toBeCloseTo(1, 5);
    expect(histogramSimilarity(f.histogram, g.histogram)).toBeLessThan(0.2);
  });
});

describe('label text', () => {
  const matcher = new LabelMatcher([
    { fields: [['Tropicana Orange Juice', 1], ['', 1], ['Fresh orange juice', 0.4]] },
    { fields: [['Bravo Orange Juice', 1], ['BRAVO', 1], ['Orange juice from concentrate', 0.4]] },
    { fields: [['Oatly Oat Drink', 1], ['OATLY', 1], ['Made from oats', 0.4]] },
  ]);

  it('forgives OCR slips and weighs the rare word most', () => {
    expect(tokenSimilarity('tropicana', 'opicana')).toBeGreaterThan(0.72);
    expect(matcher.match('opicana. ORANGE')[0]).toMatchObject({ doc: 0, words: expect.arrayContaining(['opicana']) });
    const hits = matcher.match('BRAVO juice');
    expect(hits[0]?.doc).toBe(1);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]?.score ?? 0);
    expect(matcher.match('xyzzy 1234')).toEqual([]);
  });

  it('decodes CTC: blanks dropped, repeats collapsed', () => {
    const classes = 4;
    // steps: a a blank a b b → "aab"
    const seq = [1, 1, 0, 1, 2, 2];
    const probs = new Float32Array(seq.length * classes);
    seq.forEach((k, t) => (probs[t * classes + k] = 0.9));
    expect(ctcDecode(probs, seq.length, classes, ['a', 'b', 'c'])).toMatchObject({ text: 'aab' });
  });
});

describe('fusion and the category head', () => {
  it('a label match outranks a slightly better look', () => {
    const visual = Float32Array.from([0.62, 0.6, 0.3, 0.31, 0.29]);
    const text = Float32Array.from([0, 0.9, 0, 0, 0]);
    const ranked = rankPhotoMatches({ visual, colour: null, text, category: null }, DEFAULT_FUSION, 5, 2);
    expect(ranked.map((m) => m.index)).toEqual([1, 0]);
  });

  it('learns two separable categories', () => {
    const xs: Float32Array[] = [];
    const ys: string[] = [];
    for (let i = 0; i < 40; i++) {
      const v = new Float32Array(8);
      v[i % 2 ? 0 : 1] = 1;
      v[2 + (i % 5)] = 0.3;
      xs.push(v);
      ys.push(i % 2 ? 'Bags' : 'Mugs');
    }
    const head = trainCategoryHead(xs, ys, { epochs: 200, learningRate: 0.05 });
    expect(head.labels).toEqual(['Bags', 'Mugs']);
    expect(predictCategories(head, Float32Array.from([1, 0, 0, 0.3, 0, 0, 0, 0]))[0]).toBeGreaterThan(0.9);
    expect(() => trainCategoryHead(xs.slice(0, 1), ['Bags'])).toThrow(/at least 2 categories/);
  });
});
