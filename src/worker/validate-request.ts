// Worker: checks what the merchant's page passes to the public API, with errors that name the bad
// value and list the valid ones (the page gets them as rejected promises, never as uncaught errors).
import { aisleError, ERROR_NAMES } from '../protocol/errors.ts';
import { EVENT_TYPES, type TrackEvent } from '../protocol/events.ts';
import { STRATEGIES, type RecommendRequest } from '../protocol/recommend.ts';

const MAX_LIMIT = 50;
const DEFAULT_LIMIT = 8;

export function validateTrack(event: unknown): TrackEvent {
  const e = event as Partial<TrackEvent> | null;
  if (!e || typeof e !== 'object') throw bad(`Aisle.track expects an object like { type: 'view', productId: '42' }, got ${show(event)}`);
  if (!EVENT_TYPES.includes(e.type as TrackEvent['type'])) throw bad(`Aisle.track: type ${show(e.type)} is not one of ${EVENT_TYPES.join(', ')}`);
  const out: TrackEvent = { type: e.type as TrackEvent['type'] };
  if (e.productId !== undefined && e.productId !== null) {
    if (typeof e.productId !== 'string' && typeof e.productId !== 'number') throw bad(`Aisle.track: productId must be a string, got ${show(e.productId)}`);
    out.productId = String(e.productId);
  }
  if (e.query !== undefined && e.query !== null) out.query = String(e.query).slice(0, 200);
  if (e.quantity !== undefined && e.quantity !== null) {
    if (typeof e.quantity !== 'number' || !Number.isFinite(e.quantity) || e.quantity <= 0) throw bad(`Aisle.track: quantity must be a positive number, got ${show(e.quantity)}`);
    out.quantity = e.quantity;
  }
  const needsProduct = out.type !== 'search';
  if (needsProduct && !out.productId) throw bad(`Aisle.track: a '${out.type}' event needs a productId`);
  if (out.type === 'search' && !out.query) throw bad(`Aisle.track: a 'search' event needs a query`);
  return out;
}

export function validateRecommend(request: unknown): Required<Pick<RecommendRequest, 'strategy' | 'limit'>> & RecommendRequest {
  const r = request as Partial<RecommendRequest> | null;
  if (!r || typeof r !== 'object') throw bad(`Aisle.recommend expects an object like { strategy: 'for-you' }, got ${show(request)}`);
  if (!STRATEGIES.includes(r.strategy as RecommendRequest['strategy'])) throw bad(`Aisle.recommend: strategy ${show(r.strategy)} is not one of ${STRATEGIES.join(', ')}`);
  const limit = r.limit === undefined ? DEFAULT_LIMIT : Number(r.limit);
  if (!Number.isInteger(limit) || limit < 1) throw bad(`Aisle.recommend: limit must be a whole number ≥ 1, got ${show(r.limit)}`);
  const out = { strategy: r.strategy as RecommendRequest['strategy'], limit: Math.min(limit, MAX_LIMIT) } as Required<Pick<RecommendRequest, 'strategy' | 'limit'>> & RecommendRequest;
  if (r.productId !== undefined && r.productId !== null) out.productId = String(r.productId);
  if ((out.strategy === 'similar' || out.strategy === 'bought-together') && !out.productId) {
    throw bad(`Aisle.recommend: strategy '${out.strategy}' needs a productId`);
  }
  return out;
}

function bad(message: string): Error {
  return aisleError(ERROR_NAMES.badArgument, message);
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
