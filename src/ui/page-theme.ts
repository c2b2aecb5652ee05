// UI: which palette an inline slot needs. A slot sits on the merchant's page, its heading and arrows
// directly on the page's background: with the shopper's dark system theme on a white shop the heading
// was #eceef1 on white (1.16:1). So a slot follows the background it is drawn on, never the system
// theme: the palette whose text contrasts more with the first opaque background behind the slot.
import type { ThemeMode } from '../protocol/config.ts';

/** Text colours of the two palettes (base-styles.ts), as relative luminance. */
const LIGHT_TEXT = luminance([0x1f, 0x21, 0x24]);
const DARK_TEXT = luminance([0xec, 0xee, 0xf1]);

function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** [r, g, b, alpha] of any CSS colour the browser computed, through a 1×1 canvas (oklch, color(), named...). */
function rgba(colour: string): [number, number, number, number] | null {
  const plain = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,/\s]+([\d.]+%?))?\s*\)$/.exec(colour);
  if (plain) {
    const alpha = plain[4] === undefined ? 1 : plain[4].endsWith('%') ? parseFloat(plain[4]) / 100 : parseFloat(plain[4]);
    return [Number(plain[1]), Number(plain[2]), Number(plain[3]), alpha];
  }
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** 'light' or 'dark': the palette that reads best on the page background behind `el`. */
export function pageTheme(el: Element): Exclude<ThemeMode, 'auto'> {
  let node: Element | null = el;
  while (node) {
    const colour = rgba(getComputedStyle(node).backgroundColor);
    if (colour && colour[3] >= 0.5) {
      const bg = luminance(colour);
      return contrast(bg, DARK_TEXT) > contrast(bg, LIGHT_TEXT) ? 'dark' : 'light';
    }
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  // Nothing opaque up to the root: the canvas, dark only when the page itself asks for a dark scheme.
  return /^\s*dark\s*$/.test(getComputedStyle(document.documentElement).colorScheme) ? 'dark' : 'light';
}
