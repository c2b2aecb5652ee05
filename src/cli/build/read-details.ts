// CLI build: what a shopper asks about a product beyond what it is: warranty, returns, shipping, condition,
// barcode, availability, minimum order, highlights, Merchant Center `product_detail` specs and Shopify's
// category and custom metafields, kept as attributes under one key per fact whatever the feed calls it.
import { ATTRIBUTE_ALIASES } from './feed-mapping.ts';
import { isBlank, normKey } from './feed-record.ts';
import { scalarText } from './feed-values.ts';
import { getOwn, setOwn } from './own-record.ts';
import { readShipping, readSpecs } from './read-merchant-details.ts';
import { shortNumber } from './units.ts';

const TEXT_DETAILS: Record<string, string[]> = {
  warranty: ['warranty', 'warranty_information', 'warranty_info', 'guarantee'],
  returns: ['return_policy', 'returns', 'returns_policy', 'return_information'],
  shipping: ['shipping_information', 'shipping_info', 'shipping_time', 'delivery_time'],
  minimum_order: ['minimum_order_quantity', 'min_order_quantity', 'min_order_qty', 'moq', 'minimum_order'],
  condition: ['condition', 'item_condition', 'google_shopping_condition', 'metafield:mm-google-shopping.condition'],
  barcode: ['barcode', 'gtin', 'ean', 'upc', 'isbn', 'variant_barcode', 'gtin_upc_ean_or_isbn', 'global_unique_id'],
  mpn: ['mpn', 'google_shopping_mpn', 'google_shopping_manufacturer_part_number_mpn', 'metafield:mm-google-shopping.mpn'],
  energy_class: ['energy_efficiency_class'],
  net_content: ['net_content', 'net_contents', 'unit_pricing_measure'],
  // Merchant Center: "multipack" (6 of the same item sold as one), "size_type" (petite, plus, maternity...).
  pack_size: ['multipack', 'pack_size', 'pack_quantity'],
  size_type: ['size_type'],
};

/**
 * Attributes that say nothing about what a product is like: terms of sale, logistics, identifiers and
 * exact measures. Content similarity (tfidf-similar.ts) leaves them out, or every product with a "1 year
 * warranty" or "Ships overnight" would look alike.
 */
export const NON_DESCRIPTIVE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'warranty', 'returns', 'shipping', 'shipping_weight', 'minimum_order', 'barcode', 'mpn', 'availability', 'availability_date',
  'discount', 'sale_ends', 'requires_shipping', 'gift_card', 'weight', 'dimensions',
]);

/** Availability words that say more than in or out of stock. */
const AVAILABILITY: Array<[RegExp, string]> = [
  [/^(low[ _]stock|limited[ _]availability|in stock \(low\))$/i, 'low stock'],
  [/^pre-?_?order$/i, 'pre-order'],
  [/^(on_?)?back_?order$|^on backorder$/i, 'backorder'],
];

const consumed = new Set([...Object.values(ATTRIBUTE_ALIASES).flat(), ...Object.values(TEXT_DETAILS).flat(), 'metafield:reviews.rating', 'metafield:reviews.rating_count']);

export function readDetails(fields: Map<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (key: string, value: string | undefined) => {
    if (value && !getOwn(out, key)) setOwn(out, key, value);
  };
  for (const [name, keys] of Object.entries(TEXT_DETAILS)) put(name, keys.map((k) => textOf(fields.get(k))).find(Boolean));
  put('shipping', readShipping(fields));
  const measure = scalarText(fields.get('unit_price_total_measure'));
  if (measure) put('net_content', `${measure} ${scalarText(fields.get('unit_price_total_measure_unit'))}`.trim());
  const highlights = fields.get('product_highlight') ?? fields.get('highlights');
  put('highlights', (Array.isArray(highlights) ? highlights.map(scalarText) : [scalarText(highlights)]).filter(Boolean).join('; '));
  const day = /^\d{4}-\d{2}-\d{2}/.exec(scalarText(fields.get('availability_date')))?.[0];
  put('availability_date', day);
  for (const key of ['availability', 'availability_status', 'stock_status', 'in_stock', 'stock']) {
    const word = scalarText(fields.get(key)).replace(/^https?:\/\/schema\.org\//i, '');
    put('availability', AVAILABILITY.find(([re]) => re.test(word))?.[1]);
  }
  const discount = Number(scalarText(fields.get('discount_percentage')));
  if (discount > 0 && discount < 100) put('discount', `${shortNumber(discount)}% off`);
  if (isTrue(fields.get('gift_card'))) put('gift_card', 'yes');
  const shipped = ['variant_requires_shipping', 'requires_shipping'].map((k) => fields.get(k)).find((v) => !isBlank(v));
  if (shipped !== undefined && isFalse(shipped)) put('requires_shipping', 'no');
  for (const [name, value] of readSpecs(fields)) put(name, value);
  for (const [key, value] of fields) {
    // Shopify's category metafields (shopify.*) and the merchant's own (custom.*): app namespaces hold
    // widgets and internals, not product facts.
    const m = /^metafield:(shopify|custom)\.(.+)$/.exec(key);
    if (m && !consumed.has(key)) put(normKey(m[2]), metafieldText(value));
  }
  return out;
}

function textOf(v: unknown): string {
  return Array.isArray(v) ? v.map(scalarText).filter(Boolean).join(', ') : scalarText(v);
}

/** Metafield cells: text, a JSON list ("[\"Merino\",\"Nylon\"]"), or a reference Aisle cannot resolve. */
function metafieldText(v: unknown): string {
  const s = scalarText(v);
  if (!s || s.startsWith('gid://')) return '';
  if (s.startsWith('[')) {
    try {
      const list = JSON.parse(s) as unknown;
      return Array.isArray(list) ? list.map(scalarText).filter((x) => x && !x.startsWith('gid://')).join(', ') : '';
    } catch {
      return s;
    }
  }
  return s.startsWith('{') ? '' : s;
}

const isTrue = (v: unknown) => v === true || /^(true|yes|1)$/i.test(scalarText(v));
const isFalse = (v: unknown) => v === false || /^(false|no|0)$/i.test(scalarText(v));
