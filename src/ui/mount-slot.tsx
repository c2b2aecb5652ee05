// UI entry for an inline slot: renders a recommendation carousel into the shadow root of the merchant's
// `data-aisle-slot` element. It follows every action through the page's shared request (deps.page);
// refresh() asks again from scratch (e.g. after a client-side route).
import { pageTheme } from './page-theme.ts';
import { SlotCarousel } from './slot-carousel.tsx';
import { createUiRoot } from './ui-root.tsx';
import type { SlotHandle, SlotOptions, UiDeps } from './ui-deps.ts';

export function mountSlot(root: ShadowRoot, deps: UiDeps, slot: SlotOptions): SlotHandle {
  // The slot's colours follow the page it sits on, not the shopper's system theme (see page-theme.ts).
  const ui = createUiRoot(root, { ...deps, config: { ...deps.config, theme: pageTheme(root.host) } }, 'slot');
  let reloadKey = 0;
  // Hidden until the first answer: a slot must not flash a title over nothing.
  ui.styles.setEmpty(true);

  const draw = () => ui.draw(<SlotCarousel slot={slot} reloadKey={reloadKey} onEmpty={ui.styles.setEmpty} />);

  draw();
  return {
    refresh() {
      if (ui.isDestroyed()) return;
      reloadKey++;
      draw();
    },
    destroy: ui.destroy,
  };
}
