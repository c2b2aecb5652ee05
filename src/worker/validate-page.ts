// Worker: checks a page request (the loader builds it from the page's slots, but a merchant's own code
// may call it too), reusing the single-slot checks, with errors that name the bad value.
import { aisleError, ERROR_NAMES } from '../protocol/errors.ts';
import type { PageContext, PageRequest, PageSlot } from '../protocol/recommend.ts';
import { validateRecommend } from './validate-request.ts';

const MAX_SLOTS = 20;
const MAX_IDS = 200;

export function validatePage(request: unknown): PageRequest {
  const r = request as Partial<PageRequest> | null;
  if (!r || typeof r !== 'object' || !Array.isArray(r.slots)) throw bad(`a page request needs { slots: [{ key, strategy }] }, got ${typeof request}`);
  if (r.slots.length > MAX_SLOTS) throw bad(`a page request has ${r.slots.length} slots; at most ${MAX_SLOTS}`);
  const keys = new Set<string>();
  const slots = r.slots.map((raw, i): PageSlot => {
    const s = raw as Partial<PageSlot> | null;
    const key = String(s?.key ?? i);
    if (keys.has(key)) throw bad(`page slot key "${key}" is used twice; give each slot its own key`);
    keys.add(key);
    const slot: PageSlot = { ...validateRecommendOrAnchor(s), key };
    if (s?.panel === true) slot.panel = true;
    if (s?.allowRepeats === true) slot.allowRepeats = true;
    return slot;
  });
  const out: PageRequest = { slots };
  const c = r.context as Partial<PageContext> | undefined;
  if (c && typeof c === 'object') {
    const context: PageContext = {};
    for (const k of ['productId', 'category', 'query'] as const) if (typeof c[k] === 'string' && c[k]!.trim()) context[k] = c[k]!.trim().slice(0, 200);
    out.context = context;
  }
  if (Array.isArray(r.shown)) out.shown = ids(r.shown);
  return out;
}

/** A page's similar or bought-together slot may leave its product to the page context. */
function validateRecommendOrAnchor(s: Partial<PageSlot> | null): ReturnType<typeof validateRecommend> {
  const anchorless = (s?.strategy === 'similar' || s?.strategy === 'bought-together') && (s.productId === undefined || s.productId === null);
  const slot = validateRecommend(anchorless ? { ...s, productId: 'page' } : s);
  if (anchorless) delete slot.productId;
  return slot;
}

function ids(list: unknown[]): string[] {
  return list.slice(0, MAX_IDS).filter((x) => typeof x === 'string' || typeof x === 'number').map(String);
}

function bad(message: string): Error {
  return aisleError(ERROR_NAMES.badArgument, `Aisle page recommendations: ${message}`);
}
