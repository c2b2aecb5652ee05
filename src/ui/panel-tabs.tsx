// UI: the panel's tab list (For you / Chat / Your data): a roving tabindex, arrows/Home/End move
// between tabs (the WAI-ARIA tabs pattern), so Tab goes straight on into the content.
import type { Strings } from './strings.ts';

export const TABS = ['for-you', 'chat', 'data'] as const;
export type Tab = (typeof TABS)[number];

const LABEL: Record<Tab, keyof Strings> = { 'for-you': 'tabForYou', chat: 'tabChat', data: 'tabData' };

export function PanelTabs({ active, onSelect, t }: { active: Tab; onSelect: (tab: Tab) => void; t: Strings }) {
  const onKeyDown = (e: KeyboardEvent) => {
    const at = TABS.indexOf(active);
    const next =
      e.key === 'ArrowRight' ? TABS[(at + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(at + TABS.length - 1) % TABS.length] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    onSelect(next);
    const list = e.currentTarget as HTMLElement;
    // The re-render is synchronous enough for the button to exist; focus follows selection.
    queueMicrotask(() => list.querySelector<HTMLElement>(`#aisle-tab-${next}`)?.focus());
  };
  return (
    <div class="tabs" role="tablist" aria-label={t.panelTitle} onKeyDown={onKeyDown}>
      {TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          class="tab"
          id={`aisle-tab-${tab}`}
          aria-selected={tab === active}
          aria-controls={`aisle-tabpanel-${tab}`}
          tabIndex={tab === active ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {t[LABEL[tab]]}
        </button>
      ))}
    </div>
  );
}
