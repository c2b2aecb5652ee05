// UI: the launcher and the assistant panel (a labelled, non-modal dialog with three tabs). Pure view of
// its props: mount-panel.tsx owns open/closed and focus, so the merchant's Aisle.open() behaves the same.
import { useEffect, useState } from 'preact/hooks';
import { ChatView } from './chat-view.tsx';
import { DataView } from './data-view.tsx';
import { ForYouView } from './for-you-view.tsx';
import { Icon } from './icons.tsx';
import { PanelTabs, TABS, type Tab } from './panel-tabs.tsx';
import { useUi } from './ui-context.ts';

export interface PanelProps {
  open: boolean;
  /** Increments on every opening: "For you" refreshes with what the shopper did meanwhile. */
  openCount: number;
  onToggle(): void;
  onClose(): void;
}

export function Panel({ open, openCount, onToggle, onClose }: PanelProps) {
  const { t, config } = useUi();
  const [tab, setTab] = useState<Tab>('for-you');
  // Views mount on first visit and then stay (hidden), so a conversation survives switching tabs. None
  // mounts before the first opening: a closed panel renders only the launcher (no recommendations are
  // fetched, rendered or reported as impressions while nobody can see them, no host-page task for them).
  const [visited, setVisited] = useState<Set<Tab>>(new Set());
  useEffect(() => {
    if (open && !visited.has(tab)) setVisited((v) => new Set([...v, tab]));
  }, [open, tab]);
  const [erasedCount, setErasedCount] = useState(0);
  const [dataKey, setDataKey] = useState(0);

  const select = (next: Tab) => {
    setTab(next);
    setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
    if (next === 'data') setDataKey((k) => k + 1);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      onClose();
    }
  };

  const view = (name: Tab) => {
    if (!visited.has(name) && !(open && name === tab)) return null;
    if (name === 'for-you') return <ForYouView reloadKey={openCount + erasedCount} />;
    if (name === 'chat') return <ChatView reloadKey={erasedCount} />;
    return <DataView reloadKey={dataKey + erasedCount} onErased={() => setErasedCount((c) => c + 1)} />;
  };

  return (
    <div class="aisle" data-theme={config.theme} data-position={config.position} onKeyDown={onKeyDown}>
      {config.launcher && (
        <button type="button" class={`launcher${open ? ' launcher-open' : ''}`} aria-label={t.launcherLabel} aria-expanded={open} aria-controls="aisle-panel" onClick={onToggle}>
          <Icon name={open ? 'close' : 'chat'} size={20} />
          <span class="launcher-text">{t.launcherText}</span>
        </button>
      )}
      <section class="panel" id="aisle-panel" role="dialog" aria-modal="false" aria-labelledby="aisle-title" hidden={!open}>
        <header class="panel-head">
          <span class="panel-mark" aria-hidden="true">
            <Icon name="chat" size={16} />
          </span>
          <h2 id="aisle-title">{t.panelTitle}</h2>
          <button type="button" class="icon-btn" aria-label={t.close} onClick={onClose}>
            <Icon name="close" size={18} />
          </button>
        </header>
        <PanelTabs active={tab} onSelect={select} t={t} />
        {TABS.map((name) => (
          <div key={name} class={`tabpanel tabpanel-${name}`} role="tabpanel" id={`aisle-tabpanel-${name}`} aria-labelledby={`aisle-tab-${name}`} hidden={tab !== name}>
            {view(name)}
          </div>
        ))}
      </section>
    </div>
  );
}
