// CLI build: the field names Aisle looks for in a feed (aliases, most specific first) and the merchant's
// `--mapping` file that points any of them at the feed's own column names.
import { readFileSync } from 'node:fs';
import { normKey } from './feed-record.ts';
import { InputError } from './problems.ts';
import { setOwn } from './own-record.ts';

export const FIELDS = ['id', 'title', 'description', 'price', 'currency', 'category', 'brand', 'image', 'stock', 'tags', 'url', 'group'] as const;
export type FieldName = (typeof FIELDS)[number];

export const ALIASES: Record<FieldName, string[]> = {
  id: ['id', 'sku', 'product_id', 'item_id', 'offer_id', 'variant_sku', 'variant_id'],
  title: ['title', 'name', 'product_name', 'product_title'],
  description: ['description', 'body_html', 'long_description', 'short_description', 'desc', 'summary'],
  price: ['sale_price', 'price', 'variant_price', 'regular_price', 'amount'],
  currency: ['currency', 'currency_code', 'price_currency'],
  category: ['categories', 'category', 'breadcrumb', 'product_type', 'google_product_category', 'product_category'],
  brand: ['brand', 'vendor', 'manufacturer'],
  image: ['images', 'image', 'image_link', 'image_url', 'image_src', 'featured_image', 'thumbnail'],
  stock: ['in_stock', 'availability', 'availabilitystatus', 'availability_status', 'stock_status', 'available', 'inventory_quantity', 'variant_inventory_qty', 'stock', 'quantity', 'inventory'],
  tags: ['tags', 'keywords', 'labels'],
  url: ['url', 'link', 'product_url', 'permalink', 'handle'],
  group: ['item_group_id', 'group_id', 'parent_id', 'parent_sku'],
};

/** Attribute keys kept on products, with the feed spellings that map to them. */
export const ATTRIBUTE_ALIASES: Record<string, string[]> = {
  colour: ['colour', 'color', 'farbe', 'couleur'],
  size: ['size', 'groesse', 'taille'],
  material: ['material', 'fabric'],
  gender: ['gender'],
  pattern: ['pattern'],
  style: ['style'],
  age_group: ['age_group'],
  fit: ['fit'],
};

export interface FeedMapping {
  fields: Partial<Record<FieldName, string>>;
  attributes: Record<string, string>;
}

export const EMPTY_MAPPING: FeedMapping = { fields: {}, attributes: {} };

/** `{ "id": "Artikelnummer", "title": "Bezeichnung", "attributes": { "colour": "Farbe" } }` */
export function readMapping(path: string): FeedMapping {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InputError(`${path}: cannot read the mapping (${(err as Error).message}); write a JSON object like {"id": "Artikelnummer", "title": "Name"}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new InputError(`${path}: the mapping must be a JSON object like {"id": "Artikelnummer"}`);
  const mapping: FeedMapping = { fields: {}, attributes: {} };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === 'attributes' && value && typeof value === 'object') {
      for (const [attr, column] of Object.entries(value as Record<string, unknown>)) {
        if (typeof column !== 'string') throw new InputError(`${path}: attributes.${attr} must be a column name (a string)`);
        setOwn(mapping.attributes, attr.toLowerCase(), normKey(column));
      }
    } else if ((FIELDS as readonly string[]).includes(key) && typeof value === 'string') {
      mapping.fields[key as FieldName] = normKey(value);
    } else {
      throw new InputError(`${path}: unknown mapping key "${key}" or value not a string; keys are ${FIELDS.join(', ')} and "attributes"`);
    }
  }
  return mapping;
}

/** Finds the first non-blank value for a field: the mapped column first, then the aliases. */
export function lookup(fields: Map<string, unknown>, name: FieldName, mapping: FeedMapping): { key: string; value: unknown } | undefined {
  const mapped = mapping.fields[name];
  const keys = mapped ? [mapped, ...ALIASES[name]] : ALIASES[name];
  for (const key of keys) {
    const value = fields.get(key);
    if (value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')) return { key, value };
  }
  return undefined;
}
