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
    // JSON feeds write camelCase (DummyJSON's warrantyInformation): the same key as warranty_information.
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/^g:/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * The key of a CSV column. Shopify writes metafields as "Rating (product.metafields.reviews.rating)"
 * (the label is translated, the namespace and key are not), Matrixify as "Metafield: reviews.rating
 * [rating]": both become "metafield:reviews.rating" ("variant_metafield:..." for variant metafields).
 */
export function columnKey(header: string): string {
  const shopify = /\(\s*(product|variant)\.metafields\.([^.()\s]+)\.([^()\s]+)\s*\)\s*$/i.exec(header);
  const matrixify = /^\s*(variant )?metafield:\s*([^.\s]+)\.(\S+?)\s*(?:\[[^\]]*\])?\s*$/i.exec(header);
  if (shopify) return `${shopify[1].toLowerCase() === 'variant' ? 'variant_' : ''}metafield:${shopify[2].toLowerCase()}.${shopify[3].toLowerCase()}`;
  if (matrixify) return `${matrixify[1] ? 'variant_' : ''}metafield:${matrixify[2].toLowerCase()}.${matrixify[3].toLowerCase()}`;
  return normKey(header);
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
