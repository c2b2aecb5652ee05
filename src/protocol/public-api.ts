// Protocol: `window.Aisle`, the merchant page's API. The loader defines it at once (calls are queued
// until the widget has loaded); the client chunk performs them.
import type { AskResult } from './assistant.ts';
import type { AisleConfig } from './config.ts';
import type { TrackEvent } from './events.ts';
import type { HostEventMap, HostEventName } from './host-events.ts';
import type { RecommendedProduct } from './product.ts';
import type { RecommendRequest } from './recommend.ts';
import type { ShopperProfile } from './worker-api.ts';

export interface AisleApi {
  /** Resolves when the catalog index is loaded and the widget answers; rejects only if it cannot start at all. */
  readonly ready: Promise<void>;
  readonly version: string;
  track(event: TrackEvent): Promise<void>;
  recommend(request: RecommendRequest): Promise<RecommendedProduct[]>;
  ask(text: string, options?: { onToken?: (chunk: string) => void }): Promise<Pick<AskResult, 'text' | 'products'> & AskResult>;
  open(): Promise<void>;
  close(): Promise<void>;
  profile(): Promise<ShopperProfile>;
  forget(): Promise<void>;
  on<K extends HostEventName>(name: K, handler: (detail: HostEventMap[K]) => void): () => void;
  configure(config: Partial<AisleConfig>): Promise<void>;
}

/** Methods that can be called (and queued) before the widget loads. */
export const QUEUED_METHODS = ['track', 'recommend', 'ask', 'open', 'close', 'profile', 'forget', 'configure'] as const;
export type QueuedMethod = (typeof QUEUED_METHODS)[number];

/** What the client chunk provides once loaded. */
export type ClientApi = Pick<AisleApi, QueuedMethod>;
