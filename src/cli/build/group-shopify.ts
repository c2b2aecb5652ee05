// CLI build: a Shopify product export (Admin → Products → Export) → one FeedRecord per product. Rows of a
// handle share it: the first carries the product's columns, every row may carry a variant and an image.
// Reads both layouts: the classic headers ("Handle", "Variant Price") and the 2025 ones ("URL handle", "Price").
import { isBlank, type FeedRecord } from './feed-record.ts';
import { shopifyBreadcrumb } from './shopify-category.ts';

/** The 2025 export's headers, under the classic names the rest of this file reads. */
const RENAMED: Record<string, string> = {
  url_handle: 'handle', description: 'body_html', published_on_online_store: 'published', sku: 'variant_sku',
  barcode: 'variant_barcode', price: 'variant_price', compare_at_price: 'variant_compare_at_price',
  inventory_tracker: 'variant_inventory_tracker', inventory_quantity: 'variant_inventory_qty',
  continue_selling_when_out_of_stock: 'variant_inventory_policy', weight_value_grams: 'variant_grams',
  weight_unit_for_display: 'variant_weight_unit', requires_shipping: 'variant_requires_shipping',
  fulfillment_service: 'variant_fulfillment_service', product_image_url: 'image_src', variant_image_url: 'variant_image',
  charge_tax: 'variant_taxable', tax_code: 'variant_tax_code',
};

/** The header's column keys as this file reads them, or undefined when the file is not a Shopify export. */
export function shopifyColumns(keys: string[]): string[] | undefined {
  if (keys.includes('handle') && keys.includes('variant_price')) return keys;
  if (keys.includes('url_handle') && keys.includes('title') && (keys.includes('price') || keys.includes('sku'))) {
    return keys.map((k) => (Object.hasOwn(RENAMED, k) ? RENAMED[k] : k));
  }
  return undefined;
}

/** Columns that describe the row's variant; the rest describe the product (on its first row only). */
const isVariantColumn = (key: string) => key.startsWith('variant_') || /^option[123]_value$/.test(key);

export function groupShopify(rows: FeedRecord[]): FeedRecord[] {
  const byHandle = new Map<string, FeedRecord>();
  for (const row of rows) {
    const handle = String(row.fields.get('handle') ?? '').trim();
    let product = byHandle.get(handle);
    if (!product) {
      product = { where: row.where, fields: new Map([...row.fields].filter(([k]) => !isVariantColumn(k))), variants: [] };
      const f = product.fields;
      f.set('id', handle);
      const taxonomy = f.get('product_category') || f.get('standard_product_type') || f.get('google_shopping_google_product_category');
      f.set('category', shopifyBreadcrumb(taxonomy, f.get('type') || f.get('custom_product_type')));
      // Read once above; left in, an "Uncategorized" or an id would come back through the field aliases.
      f.delete('product_category');
      byHandle.set(handle, product);
    }
    if (isBlank(row.fields.get('variant_price')) && isBlank(row.fields.get('variant_sku'))) continue;
    product.variants!.push(variantRecord(row, product, handle));
  }
  return [...byHandle.values()];
}

function variantRecord(row: FeedRecord, product: FeedRecord, handle: string): FeedRecord {
  const options = new Map<string, unknown>();
  for (const n of [1, 2, 3]) {
    // Later rows leave option names blank: they repeat the first row's.
    const name = String(row.fields.get(`option${n}_name`) || product.fields.get(`option${n}_name`) || '');
    const value = row.fields.get(`option${n}_value`);
    if (name && name !== 'Title' && !isBlank(value)) options.set(name, value);
  }
  const fields = new Map<string, unknown>();
  for (const [k, v] of row.fields) {
    // Variant metafields are read like product ones (read-details.ts), on the variant.
    if (k.startsWith('variant_metafield:')) fields.set(k.slice('variant_'.length), v);
    else if (isVariantColumn(k)) fields.set(k, v);
  }
  fields.set('id', row.fields.get('variant_sku') || `${handle}-${product.variants!.length + 1}`);
  fields.set('__options', options);
  const qty = fields.get('variant_inventory_qty');
  fields.delete('variant_inventory_qty');
  const policy = String(fields.get('variant_inventory_policy') ?? '').toLowerCase();
  // No tracker: Shopify does not count this variant and always sells it (gift cards, made to order).
  const untracked = fields.has('variant_inventory_tracker') && isBlank(fields.get('variant_inventory_tracker'));
  if (untracked || policy === 'continue') fields.set('stock', 'in stock');
  else if (!isBlank(qty)) fields.set('stock', qty);
  return { where: row.where, fields };
}
