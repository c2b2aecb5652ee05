// Worker → storage: what the worker actually uses. Reads come from a memory mirror (fast, and it
// survives an IndexedDB failure); writes go to the mirror and, while it works, to IndexedDB. On the
// first IndexedDB failure the store carries on in memory and reports why, once: the widget never breaks.
import type { ChatMessage } from '../../protocol/assistant.ts';
import type { StoredEvent } from '../../protocol/events.ts';
import { openIdbStore, DB_NAME } from './idb-store.ts';
import { MemoryStore } from './memory-store.ts';
import { DEFAULT_LIMITS, type ShopperStore, type StoreLimits } from './shopper-store.ts';

export interface OpenStoreOptions {
  /** false: never touch IndexedDB (no storage consent). */
  persist: boolean;
  limits?: StoreLimits;
  onDegraded?: (reason: string) => void;
}

export class ResilientStore implements ShopperStore {
  private persistent: ShopperStore | null;
  private readonly mirror: MemoryStore;
  private readonly onDegraded: (reason: string) => void;

  private constructor(persistent: ShopperStore | null, mirror: MemoryStore, onDegraded: (reason: string) => void) {
    this.persistent = persistent;
    this.mirror = mirror;
    this.onDegraded = onDegraded;
  }

  get kind(): 'indexeddb' | 'memory' {
    return this.persistent ? 'indexeddb' : 'memory';
  }

  /** Opens IndexedDB (retrying once, then deleting a database that will not open), else memory. */
  static async open(options: OpenStoreOptions): Promise<ResilientStore> {
    const limits = options.limits ?? DEFAULT_LIMITS;
    const onDegraded = options.onDegraded ?? (() => undefined);
    if (!options.persist) return new ResilientStore(null, new MemoryStore(limits), onDegraded);
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const store = await openIdbStore(limits);
        const [events, chat] = await Promise.all([store.events(), store.chat()]);
        return new ResilientStore(store, new MemoryStore(limits, { events, chat }), onDegraded);
      } catch (err) {
        lastError = err;
        // Second failure: the database may be corrupt. Delete it once, then give up on it.
        if (attempt === 1 && typeof indexedDB !== 'undefined') await deleteDatabase().catch(() => undefined);
      }
    }
    onDegraded(`IndexedDB unavailable (${describe(lastError)}); keeping shopper data in memory for this visit`);
    return new ResilientStore(null, new MemoryStore(limits), onDegraded);
  }

  async addEvent(event: StoredEvent): Promise<void> {
    await this.mirror.addEvent(event);
    await this.persist((s) => s.addEvent(event));
  }
  events(): Promise<StoredEvent[]> {
    return this.mirror.events();
  }
  /** Synchronous read of the mirror (see MemoryStore.eventsNow). */
  eventsNow(): StoredEvent[] {
    return this.mirror.eventsNow();
  }
  async addChat(message: ChatMessage): Promise<void> {
    await this.mirror.addChat(message);
    await this.persist((s) => s.addChat(message));
  }
  chat(): Promise<ChatMessage[]> {
    return this.mirror.chat();
  }
  async getMeta(key: string): Promise<string | undefined> {
    const local = await this.mirror.getMeta(key);
    if (local !== undefined || !this.persistent) return local;
    try {
      const stored = await this.persistent.getMeta(key);
      if (stored !== undefined) await this.mirror.setMeta(key, stored);
      return stored;
    } catch (err) {
      this.degrade(err);
      return undefined;
    }
  }
  async setMeta(key: string, value: string): Promise<void> {
    await this.mirror.setMeta(key, value);
    await this.persist((s) => s.setMeta(key, value));
  }
  async clear(): Promise<void> {
    await this.mirror.clear();
    await this.persist((s) => s.clear());
  }
  close(): void {
    this.persistent?.close();
  }

  private async persist(write: (store: ShopperStore) => Promise<void>): Promise<void> {
    if (!this.persistent) return;
    try {
      await write(this.persistent);
    } catch (err) {
      this.degrade(err);
    }
  }

  private degrade(err: unknown): void {
    this.persistent?.close();
    this.persistent = null;
    this.onDegraded(`IndexedDB failed (${describe(err)}); keeping shopper data in memory from now on`);
  }
}

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => resolve();
  });
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
