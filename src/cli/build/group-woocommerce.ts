// CLI build: a WooCommerce product export (Products → Export) → FeedRecords: `variation` rows go under
// their parent, named in the Parent column as "id:123" or by SKU; "In stock?" is 1, 0 or backorder.
import { isBlank, type FeedRecord } from './feed-record.ts';

export const isWooExport = (keys: string[]) => keys.includes('type') && keys.includes('regular_price') && keys.includes('parent');

const STOCK_WORDS: Record<string, string> = { '1': 'in stock', '0': 'out of stock', backorder: 'backorder' };

export function groupWoo(rows: FeedRecord[]): FeedRecord[] {
  const products: FeedRecord[] = [];
  const byRef = new Map<string, FeedRecord>();
  const variations: FeedRecord[] = [];
  for (const row of rows) {
    const f = row.fields;
    const attrs = new Map<string, unknown>();
    for (let n = 1; f.has(`attribute_${n}_name`); n++) {
      const name = f.get(`attribute_${n}_name`);
      if (!isBlank(name)) attrs.set(String(name), f.get(`attribute_${n}_value_s`));
    }
    f.set('__options', attrs);
    // Woo has an internal ID and a SKU: the SKU is what order exports and URLs usually carry.
    const internalId = f.get('id');
    if (!isBlank(f.get('sku'))) f.set('id', f.get('sku'));
    f.delete('parent_id');
    const stock = String(f.get('in_stock') ?? '').trim().toLowerCase();
    if (Object.hasOwn(STOCK_WORDS, stock)) f.set('stock', STOCK_WORDS[stock]);
    f.delete('in_stock');
    // A variation whose stock its parent manages says "parent": the parent's stock is the one that counts.
    if (String(f.get('stock') ?? '').trim().toLowerCase() === 'parent') f.delete('stock');
    for (const key of ['description', 'short_description']) {
      const text = f.get(key);
      if (typeof text === 'string') f.set(key, unescapeNewlines(text));
    }
    const type = String(f.get('type') ?? '').toLowerCase();
    if (type.includes('variation')) {
      variations.push(row);
      continue;
    }
    row.variants = [];
    products.push(row);
    if (!isBlank(internalId)) byRef.set(String(internalId), row);
    if (!isBlank(f.get('sku'))) byRef.set(String(f.get('sku')), row);
  }
  for (const v of variations) {
    const ref = String(v.fields.get('parent') ?? '').replace(/^id:/, '');
    const parent = byRef.get(ref);
    if (parent) parent.variants!.push(v);
    else products.push(v);
  }
  return products;
}

/** Woo writes a description's newlines as the two characters "\n" (and a written "\n" as "\\n"). */
function unescapeNewlines(text: string): string {
  return text.replace(/\\\\n|\\n/g, (m) => (m.length === 3 ? '\\n' : '\n'));
}
