// UI styles: the reset at the shadow boundary (`:host { all: initial }`: nothing of the shop's CSS
// leaks in), the light/dark palettes as custom properties, and the shared controls. Pixel sizes only.

/** The dark palette, for data-theme="dark" and for "auto" under a dark system setting. */
const DARK = `
  --bg: #1b1c1f; --surface: #25272b; --surface-2: #2e3135; --text: #eceef1; --muted: #a1a7ae; --border: #35383d;
  --shadow: 0 12px 32px rgba(0, 0, 0, 0.5), 0 2px 6px rgba(0, 0, 0, 0.3);
  --card-shadow: 0 1px 2px rgba(0, 0, 0, 0.3);
  --accent-soft: color-mix(in srgb, var(--accent) 24%, transparent);
  --danger: #f97066;
  --accent-ink: color-mix(in srgb, var(--accent) 55%, #fff);
  color-scheme: dark;`;

export const BASE_CSS = `
:host { all: initial; }
.aisle {
  --bg: #ffffff; --surface: #f6f6f7; --surface-2: #eef0f2; --text: #1f2124; --muted: #646a70; --border: #e2e4e8;
  --shadow: 0 12px 32px rgba(18, 22, 28, 0.16), 0 2px 6px rgba(18, 22, 28, 0.08);
  --card-shadow: 0 1px 2px rgba(18, 22, 28, 0.06), 0 1px 1px rgba(18, 22, 28, 0.04);
  --accent-soft: color-mix(in srgb, var(--accent) 12%, transparent);
  --danger: #b42318;
  --accent-ink: var(--accent);
  color-scheme: light;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 14px; line-height: 20px; color: var(--text);
  -webkit-font-smoothing: antialiased; box-sizing: border-box;
}
.aisle[data-theme="dark"] {
${DARK}
}
@media (prefers-color-scheme: dark) {
  .aisle[data-theme="auto"] {
${DARK}
  }
}
.aisle *, .aisle *::before, .aisle *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
h2, h3, p, ul { margin: 0; padding: 0; }
ul { list-style: none; }
button, input, a { font: inherit; color: inherit; }
button { cursor: pointer; }
button:disabled { cursor: default; }
:focus { outline: none; }
:focus-visible { outline: 2px solid var(--accent-ink); outline-offset: 2px; }
.icon { display: block; flex: none; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.muted { color: var(--muted); font-size: 13px; }
.btn {
  display: inline-flex; align-items: center; justify-content: center; gap: 6px;
  height: 32px; padding: 0 12px; border-radius: 8px; border: 1px solid transparent;
  font-size: 13px; font-weight: 600; text-decoration: none; white-space: nowrap;
  transition: background-color 120ms ease, border-color 120ms ease;
}
.btn-primary { background: var(--accent); color: var(--on-accent); }
.btn-primary:hover { background: color-mix(in srgb, var(--accent) 88%, #000); }
.btn-ghost { background: var(--bg); border-color: var(--border); color: var(--text); }
.btn-ghost:hover { background: var(--surface); }
.btn-small { height: 30px; font-size: 13px; }
.btn-danger { background: transparent; border-color: color-mix(in srgb, var(--danger) 45%, transparent); color: var(--danger); height: 36px; }
.btn-danger:hover { background: color-mix(in srgb, var(--danger) 10%, transparent); }
.icon-btn {
  display: inline-flex; align-items: center; justify-content: center; width: 32px; height: 32px;
  border: 0; border-radius: 8px; background: transparent; color: var(--muted);
}
.icon-btn:hover:not(:disabled) { background: var(--surface-2); color: var(--text); }
.icon-btn:disabled { opacity: 0.35; }
@media (prefers-reduced-motion: reduce) { .aisle *, .aisle *::before, .aisle *::after { animation: none !important; transition: none !important; } }
`;
