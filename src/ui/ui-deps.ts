// UI contract: what the loader hands the Preact UI (src/loader/client/mount-ui.ts) and what it gets back.
import type { Remote } from 'comlink';
import type { AisleConfig } from '../protocol/config.ts';
import type { HostEventMap, HostEventName } from '../protocol/host-events.ts';
import type { Strategy } from '../protocol/recommend.ts';
import type { AisleWorkerApi } from '../protocol/worker-api.ts';

export interface UiDeps {
  /** The worker, through comlink: the only way the UI gets data. */
  api: Remote<AisleWorkerApi>;
  config: AisleConfig;
  /** The loader dispatches these to the page (`aisle:<name>` events and `Aisle.on` handlers). */
  emit<K extends HostEventName>(name: K, detail: HostEventMap[K]): void;
}

export interface PanelHandle {
  open(): void;
  close(): void;
  toggle(): void;
  isOpen(): boolean;
  destroy(): void;
}

export interface SlotOptions {
  strategy: Strategy;
  productId?: string;
  limit?: number;
  title?: string;
}

export interface SlotHandle {
  refresh(): void;
  destroy(): void;
}
