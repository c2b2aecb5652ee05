// Protocol: shopper events, as the merchant page sends them (Aisle.track) and storage keeps them.

export const EVENT_TYPES = ['view', 'click', 'cart', 'purchase', 'search', 'dismiss'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** What `Aisle.track` accepts. */
export interface TrackEvent {
  type: EventType;
  productId?: string;
  query?: string;
  quantity?: number;
}

/** An event as stored on the device: the same fields plus when it happened. */
export interface StoredEvent extends TrackEvent {
  /** Milliseconds since the epoch. */
  at: number;
}
