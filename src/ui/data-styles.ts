// UI styles: the "Your data" tab (activity list, affinity bars, chips) and inline slots (carousel).

export const DATA_CSS = `
.data { display: flex; flex-direction: column; gap: 10px; }
.notice:empty { display: none; }
.notice { padding: 8px 12px; border-radius: 8px; background: var(--accent-soft); font-size: 13px; }
.storage { font-size: 13px; font-weight: 600; }
.data-section { display: flex; flex-direction: column; gap: 8px; padding: 12px; border-radius: 12px; background: var(--bg); border: 1px solid var(--border); }
.data-section.is-empty { flex-direction: row; align-items: center; justify-content: space-between; padding: 10px 12px; }
.data-section h3 { font-size: 13px; font-weight: 650; display: flex; align-items: center; gap: 6px; }
.count { font-size: 11px; font-weight: 600; padding: 0 6px; border-radius: 9px; background: var(--surface-2); color: var(--muted); }
.events { display: flex; flex-direction: column; gap: 6px; max-height: 180px; overflow-y: auto; }
.events li { display: grid; grid-template-columns: 92px 1fr auto; gap: 8px; font-size: 13px; }
.event-type { color: var(--muted); }
.event-what { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.bars { display: flex; flex-direction: column; gap: 6px; }
.bars li { display: grid; grid-template-columns: 110px 1fr; gap: 8px; align-items: center; font-size: 13px; }
.bar-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.bar { height: 6px; border-radius: 3px; background: var(--surface-2); overflow: hidden; }
.bar span { display: block; height: 100%; border-radius: 3px; background: var(--accent); }
.chips { display: flex; flex-wrap: wrap; gap: 6px; }
.chips li { max-width: 100%; padding: 2px 10px; border-radius: 12px; background: var(--surface-2); font-size: 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.data .btn-danger { align-self: flex-start; }
`;

export const SLOT_CSS = `
:host { display: block; }
.slot { display: block; padding: 8px 0; color: var(--text); }
.slot-head { display: flex; align-items: center; gap: 8px; margin-bottom: 12px; }
.slot-title { flex: 1; font-size: 18px; line-height: 24px; font-weight: 650; }
.slot-nav { display: flex; gap: 4px; }
.slot-nav .icon-btn { border: 1px solid var(--border); background: var(--bg); color: var(--text); border-radius: 16px; }
.slot-track {
  display: grid; grid-auto-flow: column; grid-auto-columns: 200px; gap: 16px; overflow-x: auto;
  scroll-snap-type: x mandatory; scroll-padding: 0 4px; padding: 4px 4px 12px; scrollbar-width: thin; overscroll-behavior-x: contain;
}
.slot-item { scroll-snap-align: start; }
`;

/** An empty slot takes no space, even if the shop's CSS gave its element padding or a height. */
export const EMPTY_SLOT_CSS = ':host { display: none !important; }';
