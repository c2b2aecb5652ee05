// UI: what every mounted root shares (the panel's and each slot's): adopted styles, key isolation, the
// context value, and a real unmount (render(null) + an AbortController that owns every listener).
import { render, type ComponentChildren } from 'preact';
import { adoptStyles, type StyleTarget } from './adopt-styles.ts';
import { isolateKeys } from './isolate-keys.ts';
import { resolveStrings } from './strings.ts';
import { UiContext, type UiContextValue } from './ui-context.ts';
import type { UiDeps } from './ui-deps.ts';

export interface UiRoot {
  styles: ReturnType<typeof adoptStyles>;
  isDestroyed(): boolean;
  draw(children: ComponentChildren): void;
  destroy(): void;
}

export function createUiRoot(root: ShadowRoot, deps: UiDeps, target: StyleTarget): UiRoot {
  const controller = new AbortController();
  const styles = adoptStyles(root, deps.config.accent, target);
  isolateKeys(root, controller.signal);
  const ctx: UiContextValue = { ...deps, t: resolveStrings(deps.config.strings) };
  let destroyed = false;
  return {
    styles,
    isDestroyed: () => destroyed,
    draw: (children) => render(<UiContext.Provider value={ctx}>{children}</UiContext.Provider>, root),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      render(null, root);
      controller.abort();
      styles.remove();
    },
  };
}
