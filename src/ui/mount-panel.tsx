// UI entry for the panel: renders the launcher + panel into the loader's shadow root and owns the
// open/closed state and focus (open: into the tabs; close: back to the launcher if focus was inside).
import { render } from 'preact';
import { adoptStyles } from './adopt-styles.ts';
import { isolateKeys } from './isolate-keys.ts';
import { Panel } from './panel.tsx';
import { resolveStrings } from './strings.ts';
import { UiContext, type UiContextValue } from './ui-context.ts';
import type { PanelHandle, UiDeps } from './ui-deps.ts';

export function mountPanel(root: ShadowRoot, deps: UiDeps): PanelHandle {
  const controller = new AbortController();
  const styles = adoptStyles(root, deps.config.accent, 'panel');
  isolateKeys(root, controller.signal);
  const ctx: UiContextValue = { ...deps, t: resolveStrings(deps.config.strings) };
  let open = false;
  let openCount = 0;
  let destroyed = false;

  const draw = () =>
    render(
      <UiContext.Provider value={ctx}>
        <Panel open={open} openCount={openCount} onToggle={() => setOpen(!open)} onClose={() => setOpen(false)} />
      </UiContext.Provider>,
      root,
    );

  const setOpen = (next: boolean) => {
    if (destroyed || next === open) return;
    const panel = root.querySelector('.panel');
    const focusInside = !!root.activeElement && !!panel?.contains(root.activeElement);
    open = next;
    if (next) openCount++;
    draw();
    if (next) root.querySelector<HTMLElement>('.panel [role="tab"][aria-selected="true"]')?.focus();
    else if (focusInside) root.querySelector<HTMLElement>('.launcher')?.focus();
    deps.emit(next ? 'open' : 'close', {});
  };

  draw();
  return {
    open: () => setOpen(true),
    close: () => setOpen(false),
    toggle: () => setOpen(!open),
    isOpen: () => open,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      render(null, root);
      controller.abort();
      styles.remove();
    },
  };
}
