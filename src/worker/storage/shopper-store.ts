// Worker → storage: the one interface the worker uses to keep what it knows about the shopper.
// Implementations: IndexedDB (idb-store.ts), memory (memory-store.ts), and the fallback wrapper that
// switches from the first to the second on failure (resilient-store.ts).
import type { ChatMessage } from '../../protocol/assistant.ts';
import type { StoredEvent } from '../../protocol/events.ts';

export interface StoreLimits {
  /** Events kept at most; the oldest go first. */
  maxEvents: number;
  /** Events older than this are dropped. */
  maxEventAgeMs: number;
  /** Chat messages kept at most. */
  maxChat: number;
}

export const DEFAULT_LIMITS: StoreLimits = {
  maxEvents: 2_000,
  maxEventAgeMs: 180 * 24 * 3600 * 1000,
  maxChat: 200,
};

export interface ShopperStore {
  readonly kind: 'indexeddb' | 'memory';
  addEvent(event: StoredEvent): Promise<void>;
  /** Oldest first, within the limits. */
  events(): Promise<StoredEvent[]>;
  addChat(message: ChatMessage): Promise<void>;
  chat(): Promise<ChatMessage[]>;
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
  /** Erase everything this store holds about the shopper. */
  clear(): Promise<void>;
  close(): void;
}

/** Keeps only what the limits allow, oldest first. */
export function withinLimits(events: StoredEvent[], limits: StoreLimits, now: number): StoredEvent[] {
  const fresh = events.filter((e) => now - e.at <= limits.maxEventAgeMs);
  return fresh.length > limits.maxEvents ? fresh.slice(fresh.length - limits.maxEvents) : fresh;
}
