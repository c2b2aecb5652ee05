// UI styles: product cards, as a grid tile (panel, slots) or a compact row (chat answers).

export const CARD_CSS = `
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.card {
  position: relative; display: flex; flex-direction: column; height: 100%;
  background: var(--bg); border: 1px solid var(--border); border-radius: 12px; overflow: hidden; box-shadow: var(--card-shadow);
}
.card-media { position: relative; aspect-ratio: 1 / 1; background: var(--surface-2); }
.card-img { display: block; width: 100%; height: 100%; object-fit: cover; }
.card-placeholder text { font-family: inherit; }
.card-dismiss {
  position: absolute; top: 8px; right: 8px; display: inline-flex; align-items: center; justify-content: center;
  width: 26px; height: 26px; border: 0; border-radius: 13px; color: #2b2f33;
  background: rgba(255, 255, 255, 0.88); box-shadow: 0 1px 3px rgba(0, 0, 0, 0.18); opacity: 0.85;
}
.card-dismiss:hover, .card-dismiss:focus-visible { opacity: 1; background: #fff; }
.card-body { display: flex; flex-direction: column; gap: 4px; flex: 1; padding: 10px 12px 12px; }
.card-title {
  font-size: 14px; line-height: 19px; font-weight: 600; color: var(--text);
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; overflow-wrap: anywhere;
}
.card-price { font-size: 14px; font-weight: 650; color: var(--text); font-variant-numeric: tabular-nums; }
.card-reason { display: flex; align-items: flex-start; gap: 4px; font-size: 12px; line-height: 16px; color: var(--muted); }
.card-reason span { flex: 1; }
.card-why {
  flex: none; display: inline-flex; padding: 0; width: 16px; height: 16px; border: 0; border-radius: 8px;
  background: transparent; color: var(--muted);
}
.card-why:hover, .card-why[aria-expanded="true"] { color: var(--accent-ink); }
.card-why-detail { font-size: 12px; line-height: 16px; padding: 8px; border-radius: 8px; background: var(--surface); color: var(--text); }
.card-why-detail strong { display: block; font-weight: 600; }
.card-actions { display: flex; gap: 6px; margin-top: auto; padding-top: 6px; }
.card-actions .btn { flex: 1; padding: 0 8px; }
.card-row { flex-direction: row; align-items: stretch; }
.card-row .card-media { flex: none; width: 84px; aspect-ratio: auto; }
.card-row .card-body { padding: 8px 10px; }
.card-row .card-title { -webkit-line-clamp: 2; }
.card-row .card-actions { padding-top: 4px; }
.card-row .card-actions .btn { flex: none; height: 28px; font-size: 12px; }
`;
