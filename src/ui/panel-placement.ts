// UI: where the open panel goes on a desktop page so it never covers the page's primary action (the
// product page's Add to cart, a checkout button): its own corner when that is clear, else the other
// bottom corner, else its own corner, shortened to start below the action. Measured when the panel
// opens and when the window is resized.

/** What a merchant can mark, and what shops' own buy buttons usually look like. */
const PRIMARY = '[data-aisle-primary], [data-add-to-cart], form[action*="/cart"] [type="submit"], button[name="add"]';
const BUY_WORDS = /\b(add to (cart|bag|basket)|buy( it)? now|checkout)\b/i;
const MAX_SCANNED = 300;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  side: 'right' | 'left';
  /** Set when the panel must end above an action: its height cap in px. */
  maxHeight?: number;
}

/** The visible primary actions of the page, outside the widget. */
export function primaryActions(doc: Document, host: Element): Box[] {
  const found = new Set<Element>(doc.querySelectorAll(PRIMARY));
  const buttons = doc.querySelectorAll('button, input[type="submit"], a[role="button"]');
  for (let i = 0; i < buttons.length && i < MAX_SCANNED; i++) {
    const b = buttons[i]!;
    if (BUY_WORDS.test(b.textContent || (b as HTMLInputElement).value || '')) found.add(b);
  }
  const boxes: Box[] = [];
  for (const el of found) {
    if (host.contains(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight) boxes.push(r);
  }
  return boxes;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * `home` is the configured corner; `panel(side)` the panel's box there at full height. Prefers home, then
 * the other corner, then home shortened above the lowest covered action (never below `minHeight`).
 */
export function placePanel(home: 'right' | 'left', panel: (side: 'right' | 'left') => Box, actions: Box[], minHeight = 320): Placement {
  const other = home === 'right' ? 'left' : 'right';
  const clear = (side: 'right' | 'left') => !actions.some((a) => overlaps(panel(side), a));
  if (clear(home)) return { side: home };
  if (clear(other)) return { side: other };
  const box = panel(home);
  const covered = actions.filter((a) => overlaps(box, a));
  const top = Math.max(...covered.map((a) => a.bottom)) + 12;
  const height = box.bottom - top;
  return height >= minHeight ? { side: home, maxHeight: height } : { side: home };
}

/** Places the open panel of `root` (desktop widths only; below 500 px it is full screen by design). */
export function applyPlacement(root: ShadowRoot, home: 'right' | 'left'): void {
  const frame = root.querySelector<HTMLElement>('.aisle');
  const panel = root.querySelector<HTMLElement>('.panel');
  if (!frame || !panel || panel.hidden) return;
  frame.removeAttribute('data-place');
  panel.style.maxHeight = '';
  if (innerWidth < 500) return;
  const r = panel.getBoundingClientRect();
  const margin = home === 'right' ? innerWidth - r.right : r.left;
  const box = (side: 'right' | 'left'): Box => {
    const left = side === 'left' ? margin : innerWidth - margin - r.width;
    return { left, right: left + r.width, top: r.top, bottom: r.bottom };
  };
  const place = placePanel(home, box, primaryActions(document, root.host));
  if (place.side !== home) frame.setAttribute('data-place', place.side);
  if (place.maxHeight) panel.style.maxHeight = `${place.maxHeight}px`;
}
