// Worker → storage: the in-memory store, used when IndexedDB is unavailable, fails, or the merchant
// turned storage off (no consent). Same limits as the persistent store.
import type { ChatMessage } from '../../protocol/assistant.ts';
import type { StoredEvent } from '../../protocol/events.ts';
import { DEFAULT_LIMITS, withinLimits, type ShopperStore, type StoreLimits } from './shopper-store.ts';

export class MemoryStore implements ShopperStore {
  readonly kind = 'memory' as const;
  private eventList: StoredEvent[] = [];
  private chatList: ChatMessage[] = [];
  private meta = new Map<string, string>();

  constructor(
    private readonly limits: StoreLimits = DEFAULT_LIMITS,
    seed?: { events: StoredEvent[]; chat: ChatMessage[] },
  ) {
    if (seed) {
      this.eventList = [...seed.events];
      this.chatList = [...seed.chat];
    }
  }

  async addEvent(event: StoredEvent): Promise<void> {
    this.eventList.push(event);
    this.eventList = withinLimits(this.eventList, this.limits, event.at);
  }
  async events(): Promise<StoredEvent[]> {
    return this.eventsNow();
  }
  /** The same, synchronously: lets a caller replay events and swap state with no await in between. */
  eventsNow(): StoredEvent[] {
    return withinLimits(this.eventList, this.limits, Date.now());
  }
  async addChat(message: ChatMessage): Promise<void> {
    this.chatList.push(message);
    if (this.chatList.length > this.limits.maxChat) this.chatList.splice(0, this.chatList.length - this.limits.maxChat);
  }
  async chat(): Promise<ChatMessage[]> {
    return [...this.chatList];
  }
  async getMeta(key: string): Promise<string | undefined> {
    return this.meta.get(key);
  }
  async setMeta(key: string, value: string): Promise<void> {
    this.meta.set(key, value);
  }
  async clear(): Promise<void> {
    this.eventList = [];
    this.chatList = [];
    this.meta.clear();
  }
  close(): void {}
}
