// Worker → storage: what a record read back from IndexedDB must look like before anything uses it.
// Storage is outside our control (another tab on an older widget, a browser bug, a shopper's DevTools,
// a page script writing to the same origin's database), so every read goes through these checks: a
// record that fails is skipped (and dropped by the caller), a repairable one comes back repaired,
// and nothing here throws, whatever the value.
import type { ChatMessage, PhotoThumbnail } from '../../protocol/assistant.ts';
import { EVENT_TYPES, type EventType, type StoredEvent } from '../../protocol/events.ts';
import type { RecommendedProduct } from '../../protocol/product.ts';

/** Longest id or search text kept from a stored event (the API caps queries at 200 on the way in). */
const MAX_ID = 500;
const MAX_QUERY = 200;
/** Longest chat text kept (answers are a few hundred characters; this only stops a runaway record). */
const MAX_CHAT_TEXT = 20_000;
/** Deepest and largest extra value a chat record may carry (new optional fields from newer code). */
const MAX_JSON_DEPTH = 8;
const MAX_JSON_NODES = 5_000;
/** A shopper's photo is kept as a small JPEG thumbnail (about 10-30 KB); anything far larger is not one. */
const MAX_PHOTO_BYTES = 512 * 1024;
const MAX_PHOTO_SIDE = 4096;

type Plain = Record<string, unknown>;

function isObject(value: unknown): value is Plain {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A stored event, or null when it cannot be one. Unknown fields are left out (events have no extensions). */
export function checkEvent(value: unknown): StoredEvent | null {
  if (!isObject(value)) return null;
  const { type, at, productId, query, quantity } = value;
  if (!EVENT_TYPES.includes(type as EventType) || !finite(at)) return null;
  const out: StoredEvent = { type: type as EventType, at };
  if (productId !== undefined) {
    if (typeof productId !== 'string' || !productId || productId.length > MAX_ID) return null;
    out.productId = productId;
  }
  if (query !== undefined) {
    if (typeof query !== 'string') return null;
    out.query = query.slice(0, MAX_QUERY);
  }
  if (quantity !== undefined) {
    if (!finite(quantity) || quantity <= 0) return null;
    out.quantity = quantity;
  }
  // The same rule as Aisle.track: product events name a product, searches a query.
  if (out.type === 'search' ? !out.query : !out.productId) return null;
  return out;
}

/** A product card kept with a chat answer, or null (the answer keeps its other cards). */
function checkCard(value: unknown): RecommendedProduct | null {
  if (!isObject(value)) return null;
  const { id, title, price, reason } = value;
  if (typeof id !== 'string' || !id || typeof title !== 'string' || !finite(price)) return null;
  const out: RecommendedProduct = { id, title, price, reason: typeof reason === 'string' ? reason : '' };
  for (const key of ['currency', 'category', 'url', 'image', 'priceText'] as const) {
    const v = value[key];
    if (typeof v === 'string') out[key] = v;
  }
  return out;
}

/**
 * A chat message, or null when it cannot be one. The fields this widget knows are checked (a bad
 * `products` list loses its bad cards, not the message); other fields, which a newer widget may add
 * (e.g. the assistant's conversation state), are kept only when they are plain JSON values.
 */
export function checkChat(value: unknown): ChatMessage | null {
  if (!isObject(value)) return null;
  const { role, text, at, products, photo, ...rest } = value;
  if ((role !== 'shopper' && role !== 'assistant') || typeof text !== 'string' || !finite(at)) return null;
  const out: ChatMessage & Plain = { role, text: text.slice(0, MAX_CHAT_TEXT), at };
  if (Array.isArray(products)) {
    const cards = products.map(checkCard).filter((c): c is RecommendedProduct => c !== null);
    if (cards.length) out.products = cards;
  }
  // A bad thumbnail loses the picture, not the message.
  const thumbnail = checkPhoto(photo);
  if (thumbnail) out.photo = thumbnail;
  for (const [key, v] of Object.entries(rest)) if (key !== '__proto__' && isPlainJson(v)) out[key] = v;
  return out;
}

/** The shopper's photo thumbnail of a chat message (binary, so not plain JSON), or null. */
function checkPhoto(value: unknown): PhotoThumbnail | null {
  if (!isObject(value)) return null;
  const { jpeg, width, height } = value;
  if (!(jpeg instanceof Uint8Array) || jpeg.byteLength === 0 || jpeg.byteLength > MAX_PHOTO_BYTES) return null;
  const side = (v: unknown): v is number => finite(v) && v >= 1 && v <= MAX_PHOTO_SIDE;
  return side(width) && side(height) ? { jpeg, width, height } : null;
}

/**
 * True for values JSON could have produced (null, booleans, finite numbers, strings, arrays and plain
 * objects of those), small enough to keep. Dates, Blobs, Maps, typed arrays and cycles are not.
 */
export function isPlainJson(value: unknown): boolean {
  let nodes = 0;
  const seen = new Set<object>();
  const visit = (v: unknown, depth: number): boolean => {
    if (++nodes > MAX_JSON_NODES || depth > MAX_JSON_DEPTH) return false;
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
    if (typeof v === 'number') return Number.isFinite(v);
    if (typeof v !== 'object' || seen.has(v)) return false;
    seen.add(v);
    if (Array.isArray(v)) return v.every((x) => visit(x, depth + 1));
    if (!isObject(v)) return false;
    return Object.values(v).every((x) => visit(x, depth + 1));
  };
  return visit(value, 0);
}

/** True when `a` and `b` hold the same plain values, in any key order (a checked record needs no rewrite). */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    return a instanceof Uint8Array && b instanceof Uint8Array && a.byteLength === b.byteLength && a.every((x, i) => x === b[i]);
  }
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  if (!Array.isArray(a) && !(isObject(a) && isObject(b))) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && sameRecord((a as Plain)[k], (b as Plain)[k]));
}
