// CLI build: the shape every feed reader (JSON, CSV, Shopify, WooCommerce, Merchant Center XML) hands
// to the normaliser: raw fields under normalised keys, where the record came from, pre-grouped variants.
import type { Where } from './problems.ts';

export interface FeedRecord {
  where: Where;
  /** Keys normalised with `normKey`: "Image Src" → "image_src", "g:image_link" → "image_link". */
  fields: Map<string, unknown>;
  /** Variants a reader already grouped under this record (nested JSON, Shopify handle rows, Woo parents). */
  variants?: FeedRecord[];
}

export function normKey(key: string): string {
  return key
    .trim()
    .toLowerCase()
    .replace(/^g:/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

export function recordFrom(obj: Record<string, unknown>, where: Where): FeedRecord {
  const fields = new Map<string, unknown>();
  for (const [k, v] of Object.entries(obj)) {
    const key = normKey(k);
    if (!fields.has(key) || isBlank(fields.get(key))) fields.set(key, v);
  }
  return { where, fields };
}

export function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}
