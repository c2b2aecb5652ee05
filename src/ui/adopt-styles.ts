// UI: styles reach the shadow roots only as constructable stylesheets (`adoptedStyleSheets`): no style
// elements (they break under a strict `style-src`) and no HTML strings. Shared sheets are built once per page.
import { BASE_CSS } from './base-styles.ts';
import { CARD_CSS } from './card-styles.ts';
import { CHAT_CSS } from './chat-styles.ts';
import { DATA_CSS, EMPTY_SLOT_CSS, SLOT_CSS } from './data-styles.ts';
import { PANEL_CSS } from './panel-styles.ts';
import { PHOTO_CSS } from './photo-styles.ts';
import { DEFAULT_CONFIG } from '../protocol/config.ts';

const built = new Map<string, CSSStyleSheet>();

function sheet(css: string): CSSStyleSheet {
  let s = built.get(css);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(css);
    built.set(css, s);
  }
  return s;
}

/** The merchant's accent if the browser parses it as a colour (else the default, with a warning). */
function accentColour(accent: string): string {
  if (typeof CSS !== 'undefined' && CSS.supports('color', accent)) return accent;
  console.warn(`[aisle] accent "${accent}" is not a CSS colour; using ${DEFAULT_CONFIG.accent}. Use e.g. data-accent="#2f6f5e".`);
  return DEFAULT_CONFIG.accent;
}

/** White or near-black text on the accent, whichever reads better (WCAG relative luminance). */
function onAccent(accent: string): string {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return '#ffffff';
  ctx.fillStyle = '#000';
  ctx.fillStyle = accent;
  const hex = /^#([0-9a-f]{6})$/i.exec(String(ctx.fillStyle))?.[1];
  if (!hex) return '#ffffff';
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return lum > 0.4 ? '#16181b' : '#ffffff';
}

export type StyleTarget = 'panel' | 'slot';

export function adoptStyles(root: ShadowRoot, accent: string, target: StyleTarget): { setEmpty(empty: boolean): void; remove(): void } {
  const colour = accentColour(accent);
  // Accent values only pass CSS.supports('color'), so they cannot close the rule and add others.
  const theme = sheet(`.aisle { --accent: ${colour}; --on-accent: ${onAccent(colour)}; }`);
  const common = [sheet(BASE_CSS), theme, sheet(CARD_CSS)];
  const own = target === 'panel' ? [sheet(PANEL_CSS), sheet(CHAT_CSS), sheet(PHOTO_CSS), sheet(DATA_CSS)] : [sheet(SLOT_CSS)];
  // Keep sheets someone else adopted into this root (a merchant's slot element may already have some).
  const ours = new Set(built.values());
  const previous = root.adoptedStyleSheets.filter((s) => !ours.has(s));
  const mine = [...common, ...own];
  root.adoptedStyleSheets = [...previous, ...mine];
  return {
    setEmpty(empty) {
      const rest = root.adoptedStyleSheets.filter((s) => s !== sheet(EMPTY_SLOT_CSS));
      root.adoptedStyleSheets = empty ? [...rest, sheet(EMPTY_SLOT_CSS)] : rest;
    },
    remove() {
      const added = new Set([...mine, sheet(EMPTY_SLOT_CSS)]);
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => !added.has(s));
    },
  };
}
