// Shared vision: sRGB → CIELAB (D65), where distances roughly match what people see, and the base
// colour names a shopper uses (the same eleven the assistant understands: "red backpack").

export type Lab = [number, number, number];

const linear = (v: number): number => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const LINEAR = Float32Array.from({ length: 256 }, (_, i) => linear(i));
const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : (t * 24389) / 27 / 116 + 16 / 116);

export function rgbToLab(r: number, g: number, b: number): Lab {
  const R = LINEAR[r];
  const G = LINEAR[g];
  const B = LINEAR[b];
  const x = f((0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047);
  const y = f(0.2126 * R + 0.7152 * G + 0.0722 * B);
  const z = f((0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

export const BASE_COLOURS = ['black', 'white', 'grey', 'red', 'orange', 'yellow', 'green', 'blue', 'purple', 'pink', 'brown'] as const;
export type BaseColour = (typeof BASE_COLOURS)[number];

// Several sRGB anchors per name (dark, mid and light shades), so "navy" is blue and "beige" brown.
const ANCHORS: Array<[BaseColour, number]> = [
  ['black', 0x111111], ['black', 0x2b2b2e], ['white', 0xffffff], ['white', 0xf2f0ea], ['grey', 0x808080], ['grey', 0xb4b4b4], ['grey', 0x5a5c60],
  ['red', 0xd0202a], ['red', 0xa8282c], ['red', 0x7a2638], ['red', 0xe04848], ['orange', 0xf07f20], ['orange', 0xe0783a], ['orange', 0xf5a04a],
  ['yellow', 0xf5d800], ['yellow', 0xe8c34a], ['yellow', 0xfff06a], ['green', 0x2e8b3e], ['green', 0x6b9f3a], ['green', 0x9acd50], ['green', 0x1f5a30], ['green', 0x6b6d3a],
  ['blue', 0x2060c0], ['blue', 0x27355a], ['blue', 0x5a9ad8], ['blue', 0x20a0b0], ['blue', 0x102050], ['purple', 0x7030a0], ['purple', 0x9a70c8], ['purple', 0x4a2060],
  ['pink', 0xf0a0b8], ['pink', 0xe060a0], ['pink', 0xf8c8d0], ['brown', 0x7a5134], ['brown', 0x5a3a20], ['brown', 0xc49a6c], ['brown', 0xd9c7a8], ['brown', 0x9a6a3a],
];
const ANCHOR_LAB = ANCHORS.map(([name, hex]) => [name, rgbToLab(hex >> 16, (hex >> 8) & 255, hex & 255)] as const);

/** The base colour nearest to a Lab colour. */
export function nameOfLab(lab: Lab): BaseColour {
  let best: BaseColour = 'grey';
  let bestD = Infinity;
  for (const [name, a] of ANCHOR_LAB) {
    // Lightness counts half: a shadowed red is still red.
    const d = 0.5 * (lab[0] - a[0]) ** 2 + (lab[1] - a[1]) ** 2 + (lab[2] - a[2]) ** 2;
    if (d < bestD) [best, bestD] = [name, d];
  }
  return best;
}
