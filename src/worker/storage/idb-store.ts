// Worker → storage: the persistent store, one typed and versioned IndexedDB schema through idb.
// Transactions await only IndexedDB work (any other await closes them: TransactionInactiveError).
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import type { ChatMessage } from '../../protocol/assistant.ts';
import type { StoredEvent } from '../../protocol/events.ts';
import { DEFAULT_LIMITS, type ShopperStore, type StoreLimits } from './shopper-store.ts';

export const DB_NAME = 'aisle';
export const DB_VERSION = 1;

export interface AisleDB extends DBSchema {
  events: { key: number; value: StoredEvent; indexes: { at: number } };
  chat: { key: number; value: ChatMessage };
  /** Small key/value facts: experiment variant, schema notes. */
  profile: { key: string; value: string };
}

/** Opens the database, giving up after `timeoutMs` (an upgrade blocked by another tab must not hang the widget). */
export async function openIdbStore(limits: StoreLimits = DEFAULT_LIMITS, timeoutMs = 3_000): Promise<IdbStore> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this context');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`IndexedDB did not open within ${timeoutMs} ms (blocked by another tab?)`)), timeoutMs);
  });
  const opening = openDB<AisleDB>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      const events = db.createObjectStore('events', { autoIncrement: true });
      events.createIndex('at', 'at');
      db.createObjectStore('chat', { autoIncrement: true });
      db.createObjectStore('profile');
    },
    // Another tab wants a newer schema: step aside rather than block it forever.
    blocking() {
      opening.then((db) => db.close()).catch(() => undefined);
    },
  });
  try {
    return new IdbStore(await Promise.race([opening, timeout]), limits);
  } finally {
    clearTimeout(timer);
  }
}

export class IdbStore implements ShopperStore {
  readonly kind = 'indexeddb' as const;
  constructor(
    private readonly db: IDBPDatabase<AisleDB>,
    private readonly limits: StoreLimits,
  ) {}

  async addEvent(event: StoredEvent): Promise<void> {
    const tx = this.db.transaction('events', 'readwrite');
    await tx.store.add(event);
    // Bound by age, then by count: both are cheap key-range walks from the oldest end.
    let cursor = await tx.store.index('at').openCursor(IDBKeyRange.upperBound(event.at - this.limits.maxEventAgeMs));
    while (cursor) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await keepNewest(tx.store, this.limits.maxEvents);
    await tx.done;
  }

  async events(): Promise<StoredEvent[]> {
    const all = await this.db.getAll('events');
    const cutoff = Date.now() - this.limits.maxEventAgeMs;
    return all.filter((e) => e.at >= cutoff);
  }

  async addChat(message: ChatMessage): Promise<void> {
    const tx = this.db.transaction('chat', 'readwrite');
    await tx.store.add(message);
    await keepNewest(tx.store, this.limits.maxChat);
    await tx.done;
  }

  async chat(): Promise<ChatMessage[]> {
    return this.db.getAll('chat');
  }

  async getMeta(key: string): Promise<string | undefined> {
    return this.db.get('profile', key);
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.db.put('profile', value, key);
  }

  async clear(): Promise<void> {
    const tx = this.db.transaction(['events', 'chat', 'profile'], 'readwrite');
    await Promise.all([tx.objectStore('events').clear(), tx.objectStore('chat').clear(), tx.objectStore('profile').clear(), tx.done]);
  }

  close(): void {
    this.db.close();
  }
}

/** Deletes the oldest records (lowest auto-increment keys) beyond `max`, inside the caller's transaction. */
async function keepNewest<N extends 'events' | 'chat'>(store: IDBPObjectStore<AisleDB, [N], N, 'readwrite'>, max: number): Promise<void> {
  let excess = (await store.count()) - max;
  let oldest = excess > 0 ? await store.openCursor() : null;
  while (oldest && excess > 0) {
    await oldest.delete();
    excess--;
    oldest = await oldest.continue();
  }
}
