// CLI build: review ratings and counts in the shapes feeds write them: 4.6, "4.6/5", "4,6 out of 5",
// "92%", Shopify's rating metafield {"value": "4.6", "scale_max": "5.0"}, schema.org aggregateRating
// {ratingValue, bestRating, reviewCount}, and DummyJSON's list of reviews.
import { scalarText } from './feed-values.ts';

export type Read<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

const FIX = 'write the average star rating from 0 to 5, like 4.6 (or on its own scale, like 9.2/10 or 92%)';

/** A rating on the 0-5 scale, 2 decimals; `value: undefined` for 0 or blank (no reviews yet). */
export function readRating(raw: unknown): Read<number> {
  const parsed = ratingParts(raw);
  if (!parsed) return { ok: false, message: `${JSON.stringify(raw)} is not a rating; ${FIX}` };
  const { value, scale } = parsed;
  if (!Number.isFinite(value) || value < 0 || !(scale > 0)) return { ok: false, message: `${JSON.stringify(raw)} is not a rating; ${FIX}` };
  if (value > scale) {
    return { ok: false, message: `${JSON.stringify(raw)} is above ${scale}, the top of the scale; ${FIX}` };
  }
  // Review apps write 0 for "no reviews yet": no rating, not a one-star product.
  if (value === 0) return { ok: true, value: undefined };
  return { ok: true, value: Math.round((value / scale) * 5 * 100) / 100 };
}

function ratingParts(raw: unknown): { value: number; scale: number } | undefined {
  if (typeof raw === 'number') return { value: raw, scale: 5 };
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const o = raw as Record<string, unknown>;
    const inner = ratingParts(o.value ?? o.ratingValue ?? o.rating_value ?? o.average);
    const scale = Number(scalarText(o.scale_max ?? o.bestRating ?? o.best_rating) || inner?.scale || 5);
    return inner ? { value: inner.value, scale } : undefined;
  }
  const s = scalarText(raw).replace(/(\d),(\d)/, '$1.$2');
  if (s.startsWith('{')) {
    try {
      return ratingParts(JSON.parse(s) as unknown);
    } catch {
      return undefined;
    }
  }
  const m = /^(\d+(?:\.\d+)?)\s*(?:(%)|(?:\/|out of|of)\s*(\d+(?:\.\d+)?))?\s*(?:stars?)?$/i.exec(s);
  if (!m) return undefined;
  return { value: Number(m[1]), scale: m[2] ? 100 : m[3] ? Number(m[3]) : 5 };
}

/** A review count: a whole number ("1,204" and "37 reviews" too), or the length of a list of reviews. */
export function readReviewCount(raw: unknown, key: string): Read<number> {
  if (Array.isArray(raw)) return { ok: true, value: raw.length };
  if (raw && typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    const count = o.reviewCount ?? o.ratingCount ?? o.review_count ?? o.rating_count;
    return count === undefined || count === null ? { ok: true, value: undefined } : readReviewCount(count, key);
  }
  const s = scalarText(raw);
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\s*(?:reviews?|ratings?))?$/i.exec(s);
  if (m) return { ok: true, value: Number(m[1].replace(/,/g, '')) };
  // A "reviews" column may hold review text: only a list or a count is read from it.
  if (key === 'reviews') return { ok: true, value: undefined };
  return { ok: false, message: `${JSON.stringify(raw)} is not a number of reviews; write a whole number like 37` };
}
