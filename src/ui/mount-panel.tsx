// UI entry for the panel: renders the launcher + panel into the loader's shadow root and owns the
// open/closed state and focus (open: into the tabs; close: back to the launcher if focus was inside).
import { Panel } from './panel.tsx';
import { applyPlacement } from './panel-placement.ts';
import { createUiRoot } from './ui-root.tsx';
import type { PanelHandle, UiDeps } from './ui-deps.ts';

export function mountPanel(root: ShadowRoot, deps: UiDeps): PanelHandle {
  const ui = createUiRoot(root, deps, 'panel');
  let open = false;
  let openCount = 0;

  const draw = () => ui.draw(<Panel open={open} openCount={openCount} onToggle={() => setOpen(!open)} onClose={() => setOpen(false)} />);
  // The open panel keeps clear of the page's own buy button (see panel-placement.ts).
  const place = () => open && applyPlacement(root, deps.config.position === 'bottom-left' ? 'left' : 'right');
  addEventListener('resize', place);

  const setOpen = (next: boolean) => {
    if (ui.isDestroyed() || next === open) return;
    const panel = root.querySelector('.panel');
    const focusInside = !!root.activeElement && !!panel?.contains(root.activeElement);
    open = next;
    if (next) openCount++;
    draw();
    place();
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
      removeEventListener('resize', place);
      ui.destroy();
    },
  };
}
