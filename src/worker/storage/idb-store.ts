// Worker → storage: the persistent store, one typed and versioned IndexedDB schema through idb.
// Transactions await only IndexedDB work (any other await closes them: TransactionInactiveError).
// Every record read back is checked (check-record.ts): a bad one is dropped, never the database.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import type { ChatMessage } from '../../protocol/assistant.ts';
import type { StoredEvent } from '../../protocol/events.ts';
import { checkChat, checkEvent, sameRecord } from './check-record.ts';
import { DEFAULT_LIMITS, type ShopperStore, type StoreLimits } from './shopper-store.ts';

export const DB_NAME = 'aisle';
export const DB_VERSION = 1;

export interface AisleDB extends DBSchema {
  events: { key: number; value: StoredEvent; indexes: { at: number } };
  chat: { key: number; value: ChatMessage };
  /** Small key/value facts: experiment variant, schema notes. */
  profile: { key: string; value: string };
}

/** What a read found: the good records, oldest first, and how many bad ones were dropped or repaired. */
export interface CheckedRead<T> {
  values: T[];
  dropped: number;
  repaired: number;
}

/**
 * Opens the database, giving up after `timeoutMs` (an upgrade blocked by another tab must not hang the
 * widget). `onLost` is called once if the connection goes away later: another tab deleted or upgraded
 * the database, or the browser closed it (e.g. "Connection to Indexed Database server lost").
 */
export async function openIdbStore(limits: StoreLimits = DEFAULT_LIMITS, timeoutMs = 3_000, onLost: (reason: string) => void = () => undefined): Promise<IdbStore> {
  // Opaque origins (sandboxed frames) and some private modes throw on the mere property read.
  let factory: IDBFactory | undefined;
  try {
    factory = globalThis.indexedDB;
  } catch (err) {
    throw new Error(`IndexedDB is not available in this context (${(err as Error).message})`);
  }
  if (!factory) throw new Error('IndexedDB is not available in this context');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new Error(`IndexedDB did not open within ${timeoutMs} ms (blocked by another tab?)`));
    }, timeoutMs);
  });
  let lost = false;
  const loseOnce = (reason: string) => {
    if (lost) return;
    lost = true;
    onLost(reason);
  };
  const opening = openDB<AisleDB>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      const events = db.createObjectStore('events', { autoIncrement: true });
      events.createIndex('at', 'at');
      db.createObjectStore('chat', { autoIncrement: true });
      db.createObjectStore('profile');
    },
    // Another tab deletes the database or wants a newer schema: step aside rather than block it forever.
    blocking() {
      opening.then((db) => db.close()).catch(() => undefined);
      loseOnce('another tab deleted or upgraded the database');
    },
    terminated() {
      loseOnce('the browser closed the connection');
    },
  });
  // A connection that opens after we gave up must not stay open and block other tabs.
  opening.then((db) => timedOut && db.close()).catch(() => undefined);
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
    return (await this.checkedEvents()).values;
  }

  /** The events within the age limit, every record checked; bad ones are deleted, repairable ones rewritten. */
  async checkedEvents(): Promise<CheckedRead<StoredEvent>> {
    const read = await this.readChecked('events', checkEvent);
    const cutoff = Date.now() - this.limits.maxEventAgeMs;
    return { ...read, values: read.values.filter((e) => e.at >= cutoff) };
  }

  async addChat(message: ChatMessage): Promise<void> {
    const tx = this.db.transaction('chat', 'readwrite');
    await tx.store.add(message);
    await keepNewest(tx.store, this.limits.maxChat);
    await tx.done;
  }

  async chat(): Promise<ChatMessage[]> {
    return (await this.checkedChat()).values;
  }

  checkedChat(): Promise<CheckedRead<ChatMessage>> {
    return this.readChecked('chat', checkChat);
  }

  /** A string, or undefined for a missing or corrupted record (never throws). */
  async getMeta(key: string): Promise<string | undefined> {
    try {
      const value: unknown = await this.db.get('profile', key);
      return typeof value === 'string' ? value : undefined;
    } catch {
      return undefined;
    }
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

  /**
   * One walk in key order (oldest first), each record checked: bad ones dropped, repairable ones rewritten
   * in place. If the rewrite itself fails (a full disk), the walk is repeated read-only, skipping them.
   */
  private async readChecked<N extends 'events' | 'chat'>(name: N, check: (value: unknown) => AisleDB[N]['value'] | null): Promise<CheckedRead<AisleDB[N]['value']>> {
    try {
      return await this.walk(name, check, true);
    } catch {
      return this.walk(name, check, false);
    }
  }

  private async walk<N extends 'events' | 'chat'>(name: N, check: (value: unknown) => AisleDB[N]['value'] | null, repair: boolean): Promise<CheckedRead<AisleDB[N]['value']>> {
    const tx = this.db.transaction(name, repair ? 'readwrite' : 'readonly');
    const values: Array<AisleDB[N]['value']> = [];
    let dropped = 0;
    let repaired = 0;
    let cursor = await tx.store.openCursor();
    while (cursor) {
      let raw: unknown;
      let good: AisleDB[N]['value'] | null = null;
      try {
        raw = cursor.value;
        good = check(raw);
      } catch {
        // A value the browser cannot even deserialise is as bad as a malformed one.
      }
      if (!good) {
        dropped++;
        if (repair) await (cursor as unknown as IDBPCursorLike).delete();
      } else {
        if (!sameRecord(good, raw)) {
          repaired++;
          if (repair) await (cursor as unknown as IDBPCursorLike).update(good);
        }
        values.push(good);
      }
      cursor = await cursor.continue();
    }
    await tx.done;
    return { values, dropped, repaired };
  }
}

/** The writable part of an idb cursor (the read-only and read-write cursor types do not unify). */
interface IDBPCursorLike {
  delete(): Promise<void>;
  update(value: unknown): Promise<unknown>;
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
