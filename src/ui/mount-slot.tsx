// UI entry for an inline slot: renders a recommendation carousel into the shadow root of the merchant's
// `data-aisle-slot` element; refresh() asks the worker again (after a cart change, a client-side route).
import { render } from 'preact';
import { adoptStyles } from './adopt-styles.ts';
import { isolateKeys } from './isolate-keys.ts';
import { SlotCarousel } from './slot-carousel.tsx';
import { resolveStrings } from './strings.ts';
import { UiContext, type UiContextValue } from './ui-context.ts';
import type { SlotHandle, SlotOptions, UiDeps } from './ui-deps.ts';

export function mountSlot(root: ShadowRoot, deps: UiDeps, slot: SlotOptions): SlotHandle {
  const controller = new AbortController();
  const styles = adoptStyles(root, deps.config.accent, 'slot');
  isolateKeys(root, controller.signal);
  const ctx: UiContextValue = { ...deps, t: resolveStrings(deps.config.strings) };
  let reloadKey = 0;
  let destroyed = false;
  // Hidden until the first answer: a slot must not flash a title over nothing.
  styles.setEmpty(true);

  const draw = () =>
    render(
      <UiContext.Provider value={ctx}>
        <SlotCarousel slot={slot} reloadKey={reloadKey} onEmpty={styles.setEmpty} />
      </UiContext.Provider>,
      root,
    );

  draw();
  return {
    refresh() {
      if (destroyed) return;
      reloadKey++;
      draw();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      render(null, root);
      controller.abort();
      styles.remove();
    },
  };
}
