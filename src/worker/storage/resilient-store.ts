// Worker → storage: what the worker actually uses. Reads come from a memory mirror (fast, and it
// survives an IndexedDB failure); writes go to the mirror and, while it works, to IndexedDB. On the
// first IndexedDB failure the store carries on in memory and reports why, once: the widget never breaks.
import type { ChatMessage } from '../../protocol/assistant.ts';
import type { StoredEvent } from '../../protocol/events.ts';
import { openIdbStore, DB_NAME, type IdbStore } from './idb-store.ts';
import { MemoryStore } from './memory-store.ts';
import { DEFAULT_LIMITS, type ShopperStore, type StoreLimits } from './shopper-store.ts';

export interface OpenStoreOptions {
  /** false: never touch IndexedDB (no storage consent). */
  persist: boolean;
  limits?: StoreLimits;
  /** Storage stopped persisting (once per store): the widget keeps going in memory. */
  onDegraded?: (reason: string) => void;
  /** Something the merchant may want to know that changes nothing for the shopper (bad records dropped). */
  onNotice?: (message: string) => void;
}

/** The error name browsers give a database whose files are damaged: the one case worth deleting it for. */
const CORRUPT = 'UnknownError';

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

  /**
   * Opens IndexedDB (retrying once; a database whose files are damaged is deleted once and made anew),
   * else memory. Records that fail their checks are dropped one by one; nothing else stored is ever
   * deleted: a database that cannot be read today (blocked, a newer version, a full disk) may be tomorrow.
   */
  static async open(options: OpenStoreOptions): Promise<ResilientStore> {
    const limits = options.limits ?? DEFAULT_LIMITS;
    const onDegraded = options.onDegraded ?? (() => undefined);
    if (!options.persist) return new ResilientStore(null, new MemoryStore(limits), onDegraded);
    // The connection can be lost while the records are still being read: remember it for the store.
    let store: ResilientStore | null = null;
    let lostEarly: string | null = null;
    const onLost = (reason: string) => (store ? store.lose(reason) : (lostEarly = reason));
    let lastError: unknown;
    let deleted = false;
    for (let attempt = 0; attempt < 3; attempt++) {
      let idb: IdbStore;
      try {
        idb = await openIdbStore(limits, undefined, onLost);
      } catch (err) {
        lastError = err;
        if (errorName(err) === CORRUPT && attempt === 1 && !deleted) {
          deleted = true;
          await deleteDatabase().catch(() => undefined);
          continue;
        }
        if (attempt === 0 && isRetryable(err)) continue;
        break;
      }
      try {
        const [events, chat] = await Promise.all([idb.checkedEvents(), idb.checkedChat()]);
        const dropped = events.dropped + chat.dropped;
        const repaired = events.repaired + chat.repaired;
        if (dropped || repaired) {
          options.onNotice?.(`${[dropped && `dropped ${dropped}`, repaired && `repaired ${repaired}`].filter(Boolean).join(' and ')} unreadable record(s) in this browser's Aisle storage; everything else was kept`);
        }
        store = new ResilientStore(idb, new MemoryStore(limits, { events: events.values, chat: chat.values }), onDegraded);
        if (lostEarly) store.lose(lostEarly);
        return store;
      } catch (err) {
        // Opened but unreadable: keep it untouched for a later visit, use memory for this one.
        idb.close();
        lastError = err;
        break;
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
  /** A string, or undefined when there is none or the stored record is corrupted (never throws). */
  async getMeta(key: string): Promise<string | undefined> {
    const local = await this.mirror.getMeta(key);
    if (local !== undefined || !this.persistent) return local;
    try {
      const stored = await this.persistent.getMeta(key);
      if (typeof stored !== 'string') return undefined;
      await this.mirror.setMeta(key, stored);
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
  /**
   * A JSON value kept under `key` (e.g. the assistant's conversation state), or undefined when there is
   * none, it does not parse, or `check` rejects it. Never throws.
   */
  async getMetaJson<T>(key: string, check: (value: unknown) => value is T): Promise<T | undefined> {
    const text = await this.getMeta(key);
    if (text === undefined) return undefined;
    try {
      const value: unknown = JSON.parse(text);
      return check(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }
  async setMetaJson(key: string, value: unknown): Promise<void> {
    await this.setMeta(key, JSON.stringify(value));
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
    this.lose(`IndexedDB failed (${describe(err)})`);
  }

  /** Stops using IndexedDB (once) and says why; what the shopper does from now on is kept in memory. */
  private lose(cause: string): void {
    if (!this.persistent) return;
    this.persistent.close();
    this.persistent = null;
    this.onDegraded(`${cause}; keeping shopper data in memory from now on`);
  }
}

function errorName(err: unknown): string {
  return err && typeof err === 'object' && 'name' in err ? String((err as { name: unknown }).name) : '';
}

/** Worth one more try: a transient failure, not a context without storage or a newer schema in another tab. */
function isRetryable(err: unknown): boolean {
  const name = errorName(err);
  return name !== 'SecurityError' && name !== 'VersionError' && !/not available/.test(describe(err));
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
