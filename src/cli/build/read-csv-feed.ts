// CLI build: CSV/TSV feeds → FeedRecords. Recognises a Shopify product export (variant and image rows
// share a Handle) and a WooCommerce export (variations point at their Parent); anything else is generic.
import { isBlank, normKey, type FeedRecord } from './feed-record.ts';
import { parseCsv, type CsvRecord } from './parse-csv.ts';
import type { Problems } from './problems.ts';
import type { SourceText } from './read-text.ts';

export type CsvFlavour = 'shopify' | 'woocommerce' | 'generic';

export function readCsvFeed(src: SourceText, problems: Problems): { records: FeedRecord[]; flavour: CsvFlavour } {
  const table = parseCsv(src.text, src.name);
  const keys = table.header.map(normKey);
  const toRecord = (row: CsvRecord): FeedRecord => {
    if (row.cells.length !== keys.length) {
      problems.warn({ file: src.name, line: row.line }, undefined, `has ${row.cells.length} cells, the header has ${keys.length}; check for a stray ${table.delimiter === '\t' ? 'tab' : `"${table.delimiter}"`} or an unquoted value`);
    }
    const fields = new Map<string, unknown>();
    keys.forEach((k, i) => {
      const cell = row.cells[i] ?? '';
      if (!fields.has(k) || isBlank(fields.get(k))) fields.set(k, cell);
    });
    return { where: { file: src.name, line: row.line }, fields };
  };
  const rows = table.rows.map(toRecord);
  if (keys.includes('handle') && keys.includes('variant_price')) return { records: groupShopify(rows), flavour: 'shopify' };
  if (keys.includes('type') && keys.includes('regular_price') && keys.includes('parent')) return { records: groupWoo(rows), flavour: 'woocommerce' };
  return { records: rows, flavour: 'generic' };
}

/** Shopify: the first row of a handle carries the product; every row may carry a variant and an image. */
function groupShopify(rows: FeedRecord[]): FeedRecord[] {
  const byHandle = new Map<string, FeedRecord>();
  for (const row of rows) {
    const handle = String(row.fields.get('handle') ?? '').trim();
    let product = byHandle.get(handle);
    if (!product) {
      product = { where: row.where, fields: new Map(row.fields), variants: [] };
      product.fields.set('id', handle);
      product.fields.set('category', row.fields.get('product_category') || row.fields.get('type'));
      product.fields.delete('variant_price');
      product.fields.delete('variant_inventory_qty');
      byHandle.set(handle, product);
    }
    if (isBlank(row.fields.get('variant_price')) && isBlank(row.fields.get('variant_sku'))) continue;
    const options = new Map<string, unknown>();
    for (const n of [1, 2, 3]) {
      // Later rows leave option names blank: they repeat the first row's.
      const name = String(row.fields.get(`option${n}_name`) || product.fields.get(`option${n}_name`) || '');
      const value = row.fields.get(`option${n}_value`);
      if (name && name !== 'Title' && !isBlank(value)) options.set(name, value);
    }
    const fields = new Map<string, unknown>([
      ['id', row.fields.get('variant_sku') || `${handle}-${product.variants!.length + 1}`],
      ['price', row.fields.get('variant_price')],
      ['__options', options],
    ]);
    const qty = row.fields.get('variant_inventory_qty');
    const policy = String(row.fields.get('variant_inventory_policy') ?? '');
    if (!isBlank(qty)) fields.set('stock', policy === 'continue' ? 'in stock' : qty);
    product.variants!.push({ where: row.where, fields });
  }
  return [...byHandle.values()];
}

/** WooCommerce: `variation` rows name their parent as "id:123" or by SKU in the Parent column. */
function groupWoo(rows: FeedRecord[]): FeedRecord[] {
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
    f.set('stock', !isBlank(f.get('in_stock')) ? (String(f.get('in_stock')) === '1' ? 'in stock' : 'out of stock') : f.get('stock'));
    f.delete('in_stock');
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
