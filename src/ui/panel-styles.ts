// UI styles: the launcher, the floating panel (full screen below 500 px wide), its header and tabs.

export const PANEL_CSS = `
.launcher {
  position: fixed; z-index: 2147483000; bottom: 20px; right: 20px;
  display: inline-flex; align-items: center; gap: 8px; height: 52px; padding: 0 20px 0 16px;
  border: 0; border-radius: 26px; background: var(--accent); color: var(--on-accent);
  font-size: 15px; font-weight: 600; box-shadow: var(--shadow);
  transition: transform 150ms ease, box-shadow 150ms ease;
}
.launcher:hover { transform: translateY(-1px); }
.launcher:focus-visible { outline: 3px solid var(--accent); outline-offset: 3px; }
.launcher-open { padding: 0; width: 52px; justify-content: center; }
.launcher-open .launcher-text { display: none; }
.aisle[data-position="bottom-left"] .launcher { right: auto; left: 20px; }
.panel {
  position: fixed; z-index: 2147483001; bottom: 84px; right: 20px;
  display: flex; flex-direction: column; width: 384px; height: 640px; max-height: calc(100vh - 108px);
  background: var(--bg); color: var(--text); border: 1px solid var(--border); border-radius: 16px;
  box-shadow: var(--shadow); overflow: hidden; animation: aisle-in 180ms ease-out;
}
.aisle[data-position="bottom-left"] .panel { right: auto; left: 20px; }
/* Moved to the other corner when its own would cover the page's buy button (panel-placement.ts). */
.aisle[data-place="left"] .panel { right: auto; left: 20px; }
.aisle[data-place="right"] .panel { left: auto; right: 20px; }
@keyframes aisle-in { from { opacity: 0; transform: translateY(8px) scale(0.98); } to { opacity: 1; transform: none; } }
.panel-head { display: flex; align-items: center; gap: 10px; padding: 14px 12px 10px 16px; }
.panel-mark {
  display: inline-flex; align-items: center; justify-content: center; width: 28px; height: 28px;
  border-radius: 8px; background: var(--accent-soft); color: var(--accent-ink);
}
.panel-head h2 { flex: 1; font-size: 16px; line-height: 22px; font-weight: 650; }
.tabs { display: flex; gap: 4px; padding: 0 12px; border-bottom: 1px solid var(--border); }
.tab {
  position: relative; height: 40px; padding: 0 10px; border: 0; background: transparent;
  color: var(--muted); font-size: 14px; font-weight: 600;
}
.tab:hover { color: var(--text); }
.tab[aria-selected="true"] { color: var(--text); }
.tab[aria-selected="true"]::after {
  content: ""; position: absolute; left: 8px; right: 8px; bottom: -1px; height: 2px; border-radius: 2px; background: var(--accent-ink);
}
.tab:focus-visible { outline-offset: -2px; border-radius: 8px; }
.tabpanel { flex: 1; min-height: 0; overflow-y: auto; overscroll-behavior: contain; background: var(--surface); }
.tabpanel-chat { display: flex; flex-direction: column; overflow: hidden; }
.view { padding: 16px; }
.view-note { margin: 0 0 12px; font-size: 13px; line-height: 18px; color: var(--muted); }
.empty { padding: 32px 16px; text-align: center; color: var(--muted); display: flex; flex-direction: column; align-items: center; gap: 12px; }
.skeleton-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.skeleton { height: 240px; border-radius: 12px; background: var(--surface-2); animation: aisle-shimmer 1.2s ease-in-out infinite; }
/* A pulse of opacity runs on the compositor; a moving gradient repainted on the page's main thread every frame. */
@keyframes aisle-shimmer { 50% { opacity: 0.55; } }
@media (max-width: 499px) {
  .panel { inset: 0; width: 100vw; height: 100%; max-height: none; border: 0; border-radius: 0; animation-name: aisle-up; }
  .aisle[data-position="bottom-left"] .panel { left: 0; }
  .launcher-open { display: none; }
  @keyframes aisle-up { from { transform: translateY(24px); opacity: 0; } to { transform: none; opacity: 1; } }
}
`;
