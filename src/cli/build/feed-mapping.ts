// CLI build: the field names Aisle looks for in a feed (aliases, most specific first) and the merchant's
// `--mapping` file that points any of them at the feed's own column names.
import { readFileSync } from 'node:fs';
import { normKey } from './feed-record.ts';
import { InputError } from './problems.ts';
import { setOwn } from './own-record.ts';
import { isLengthUnit, isWeightUnit, type LengthUnit, type WeightUnit } from './units.ts';

export const FIELDS = ['id', 'title', 'description', 'price', 'sale_price', 'compare_at_price', 'currency', 'category', 'brand', 'image', 'stock', 'tags', 'url', 'group', 'rating', 'review_count', 'weight'] as const;
export type FieldName = (typeof FIELDS)[number];

export const ALIASES: Record<FieldName, string[]> = {
  id: ['id', 'sku', 'product_id', 'item_id', 'offer_id', 'variant_sku', 'variant_id'],
  title: ['title', 'name', 'product_name', 'product_title'],
  // SEO descriptions last: a summary written for search engines, better than nothing.
  description: ['description', 'body_html', 'long_description', 'short_description', 'desc', 'summary', 'seo_description', 'meta_description'],
  price: ['price', 'variant_price', 'regular_price', 'amount'],
  /** Used instead of the price while the sale is on (read-prices.ts); the price becomes the compare-at price. */
  sale_price: ['sale_price', 'special_price'],
  // WooCommerce's REST API writes the price charged as `price` and the was-price as `regular_price`.
  compare_at_price: ['compare_at_price', 'variant_compare_at_price', 'compare_price', 'was_price', 'original_price', 'regular_price'],
  currency: ['currency', 'currency_code', 'price_currency'],
  category: ['categories', 'category', 'breadcrumb', 'product_type', 'google_product_category', 'product_category'],
  // WooCommerce 9.6+ exports its core brands as a `Brands` column (a list: the first is the product's brand).
  brand: ['brand', 'vendor', 'manufacturer', 'brands'],
  image: ['images', 'image', 'image_link', 'image_url', 'image_src', 'featured_image', 'thumbnail'],
  stock: ['in_stock', 'availability', 'availabilitystatus', 'availability_status', 'stock_status', 'available', 'inventory_quantity', 'variant_inventory_qty', 'stock', 'quantity', 'inventory'],
  tags: ['tags', 'keywords', 'labels'],
  url: ['url', 'link', 'product_url', 'permalink', 'handle'],
  group: ['item_group_id', 'group_id', 'parent_id', 'parent_sku'],
  // Shopify's standard review metafields, written by review apps, come last: a feed's own column wins.
  rating: ['rating', 'average_rating', 'avg_rating', 'rating_value', 'rating_average', 'product_rating', 'review_rating', 'star_rating', 'stars', 'aggregate_rating', 'metafield:reviews.rating'],
  review_count: ['review_count', 'reviews_count', 'rating_count', 'ratings_count', 'num_reviews', 'number_of_reviews', 'total_reviews', 'metafield:reviews.rating_count', 'aggregate_rating', 'reviews'],
  /** Read with its unit by read-measures.ts, which also knows grams columns and unit-suffixed headers. */
  weight: ['weight', 'product_weight', 'item_weight', 'net_weight'],
};

/** Attribute keys kept on products, with the feed spellings that map to them. */
export const ATTRIBUTE_ALIASES: Record<string, string[]> = {
  colour: ['colour', 'color', 'farbe', 'couleur', 'metafield:shopify.color-pattern'],
  size: ['size', 'groesse', 'taille'],
  material: ['material', 'fabric', 'metafield:shopify.material', 'metafield:shopify.fabric'],
  // Shopify exports Google Shopping columns ("Google Shopping / Gender") or their metafields.
  gender: ['gender', 'google_shopping_gender', 'metafield:mm-google-shopping.gender', 'metafield:shopify.target-gender'],
  pattern: ['pattern'],
  style: ['style'],
  age_group: ['age_group', 'google_shopping_age_group', 'metafield:mm-google-shopping.age_group', 'metafield:shopify.age-group'],
  fit: ['fit'],
};

/** Units for feeds that write bare numbers (DummyJSON's `"weight": 4`): `"units": {"weight": "kg", "dimensions": "cm"}`. */
export interface FeedUnits {
  weight?: WeightUnit;
  dimensions?: LengthUnit;
}

export interface FeedMapping {
  fields: Partial<Record<FieldName, string>>;
  attributes: Record<string, string>;
  units: FeedUnits;
}

export const EMPTY_MAPPING: FeedMapping = { fields: {}, attributes: {}, units: {} };

/** `{ "id": "Artikelnummer", "title": "Bezeichnung", "attributes": { "colour": "Farbe" } }` */
export function readMapping(path: string): FeedMapping {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InputError(`${path}: cannot read the mapping (${(err as Error).message}); write a JSON object like {"id": "Artikelnummer", "title": "Name"}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new InputError(`${path}: the mapping must be a JSON object like {"id": "Artikelnummer"}`);
  const mapping: FeedMapping = { fields: {}, attributes: {}, units: {} };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === 'attributes' && value && typeof value === 'object') {
      for (const [attr, column] of Object.entries(value as Record<string, unknown>)) {
        if (typeof column !== 'string') throw new InputError(`${path}: attributes.${attr} must be a column name (a string)`);
        setOwn(mapping.attributes, attr.toLowerCase(), normKey(column));
      }
    } else if (key === 'units' && value && typeof value === 'object') {
      mapping.units = readUnits(path, value as Record<string, unknown>);
    } else if ((FIELDS as readonly string[]).includes(key) && typeof value === 'string') {
      mapping.fields[key as FieldName] = normKey(value);
    } else {
      throw new InputError(`${path}: unknown mapping key "${key}" or value not a string; keys are ${FIELDS.join(', ')}, "attributes" and "units"`);
    }
  }
  return mapping;
}

function readUnits(path: string, raw: Record<string, unknown>): FeedUnits {
  const units: FeedUnits = {};
  for (const [key, value] of Object.entries(raw)) {
    const unit = String(value).trim().toLowerCase();
    if (key === 'weight' && isWeightUnit(unit)) units.weight = unit;
    else if (key === 'dimensions' && isLengthUnit(unit)) units.dimensions = unit;
    else throw new InputError(`${path}: units.${key} "${String(value)}" is not understood; write {"weight": "kg"} (g, kg, lb or oz) or {"dimensions": "cm"} (mm, cm, m, in or ft)`);
  }
  return units;
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
