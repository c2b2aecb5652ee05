// UI contract: what the loader hands the Preact UI (src/loader/client/mount-ui.ts) and what it gets back.
import type { Remote } from 'comlink';
import type { AisleConfig } from '../protocol/config.ts';
import type { HostEventMap, HostEventName } from '../protocol/host-events.ts';
import type { RecommendedProduct } from '../protocol/product.ts';
import type { PageSlot, SlotBasis, Strategy } from '../protocol/recommend.ts';
import type { AisleWorkerApi } from '../protocol/worker-api.ts';

export interface UiDeps {
  /** The worker, through comlink: the only way the UI gets data. */
  api: Remote<AisleWorkerApi>;
  config: AisleConfig;
  /** The loader dispatches these to the page (`aisle:<name>` events and `Aisle.on` handlers). */
  emit<K extends HostEventName>(name: K, detail: HostEventMap[K]): void;
  /** The page's one recommendation request, shared by every slot and the panel. */
  page: PageRecommendations;
}

/** A slot as it registers with the page: everything of a PageSlot but its key. */
export type SlotRequest = Omit<PageSlot, 'key'>;

/** What a slot shows: its products, and what they rest on (for an honest title). */
export interface SlotView {
  products: RecommendedProduct[];
  basis: SlotBasis;
  popularIn?: string;
}

/** Gets the slot's list now and each time it changes; null when the worker could not answer. */
export type SlotListener = (view: SlotView | null) => void;

export interface PageRecommendations {
  watch(slot: SlotRequest, listener: SlotListener): { unwatch(): void; retry(): void };
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
  /** `data-allow-repeats`: may show products other slots of the page show. */
  allowRepeats?: boolean;
}

export interface SlotHandle {
  refresh(): void;
  destroy(): void;
}
