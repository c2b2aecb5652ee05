// Feed formats: JSON (nested variants, price strings), generic CSV (BOM, CRLF, quotes), Shopify and
// WooCommerce exports, Merchant Center XML and TSV, and a --mapping file, read through the real build.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMapping } from '../../src/cli/build/feed-mapping.ts';
import { FEEDS, productsOf } from './feed-products.ts';

const tmp = mkdtempSync(join(tmpdir(), 'aisle-feed-formats-'));

describe('JSON feed with common field names', async () => {
  const { byId, problems } = await productsOf('shop.json');
  it('reads id|sku, title|name, price strings with currency, and strips HTML', () => {
    expect(problems.list).toEqual([]);
    const tee = byId.get('tee-1')!;
    expect(tee).toMatchObject({ title: 'Organic Cotton Tee', price: 19.99, currency: 'EUR', categories: ['Clothing', 'T-Shirts'], brand: 'Northwind', tags: ['cotton', 'basics'] });
    expect(tee.description).toBe('Soft organic cotton & a relaxed fit.');
    expect(byId.get('hoodie-2')).toMatchObject({ title: 'Zip Hoodie', price: 49, currency: 'USD', image: '/img/hoodie.jpg', inStock: false, brand: 'Northwind' });
    expect(byId.get('3')).toMatchObject({ categories: ['Shoes'], attributes: { colour: 'blue' }, image: 'https://shop.example/img/runner.jpg' });
  });
  it('groups nested variants with their colour, size and stock', () => {
    expect(byId.get('tee-1')!.variants).toEqual([
      { id: 'tee-1-s-red', price: 19.99, attributes: { colour: 'red', size: 'S' }, inStock: true },
      { id: 'tee-1-m-red', price: 21.5, attributes: { colour: 'red', size: 'M' }, inStock: false },
    ]);
  });
});

describe("Shopify's products.json", () => {
  it('reads body_html, vendor, product_type, options named by the product and handles as links with --site', async () => {
    const { byId } = await productsOf('shopify-products.json', { currency: 'USD', site: 'https://shop.example' });
    const shirt = byId.get('7001')!;
    expect(shirt).toMatchObject({ title: 'Linen Shirt', price: 59, brand: 'Flax & Co', categories: ['Shirts'], description: 'Breathable linen.', url: 'https://shop.example/products/linen-shirt', image: 'https://cdn.shopify.example/linen.jpg', inStock: true });
    expect(shirt.variants).toEqual([
      { id: '90011', title: 'S / Sand', price: 59, attributes: { size: 'S', colour: 'Sand' }, inStock: true },
      { id: '90012', title: 'M / Sand', price: 59, attributes: { size: 'M', colour: 'Sand' }, inStock: false },
    ]);
  });
});

describe('generic CSV with a BOM, CRLF and quoted cells', async () => {
  const { byId, problems, formats } = await productsOf('products.csv');
  it('keeps commas, doubled quotes and newlines inside quotes', () => {
    expect(problems.list).toEqual([]);
    expect(formats).toEqual(['products.csv (csv:generic)']);
    expect(byId.get('mug-1')).toMatchObject({ title: 'Stoneware Mug, 350 ml', description: 'A mug with "handle"\nand a second line', price: 12.5, attributes: { colour: 'white' } });
    expect(byId.get('mug-2')!.inStock).toBe(false);
    expect([...byId.keys()]).toEqual(['mug-1', 'mug-2', 'pan-3']);
  });
});

describe('Shopify product export', async () => {
  const { byId, formats } = await productsOf('shopify.csv', { currency: 'USD', site: 'https://shop.example' });
  it('groups the rows of a handle into one product with its variants', () => {
    expect(formats).toEqual(['shopify.csv (csv:shopify)']);
    expect([...byId.keys()]).toEqual(['wool-scarf', 'beanie']);
    const scarf = byId.get('wool-scarf')!;
    expect(scarf).toMatchObject({ title: 'Wool Scarf', price: 29, description: 'Warm merino scarf', url: 'https://shop.example/products/wool-scarf', image: 'https://cdn.shopify.example/scarf.jpg', categories: ['Apparel & Accessories', 'Scarves'], inStock: true });
    expect(scarf.variants).toEqual([
      { id: 'SCARF-GREY-L', price: 29, attributes: { colour: 'Grey', length: 'Long' }, inStock: true },
      { id: 'SCARF-NAVY-L', price: 31, attributes: { colour: 'Navy', length: 'Long' }, inStock: false },
    ]);
  });
  it('drops the lone "Default Title" variant and honours "continue selling" for stock', () => {
    expect(byId.get('beanie')).toMatchObject({ price: 15, inStock: true });
    expect(byId.get('beanie')!.variants).toBeUndefined();
  });
});

describe('WooCommerce export', async () => {
  const { byId, formats } = await productsOf('woocommerce.csv', { currency: 'EUR' });
  it('reads the Brands column of WooCommerce 9.6+, the first of a list as the brand', () => {
    expect(byId.get('LAMP')!.brand).toBe('Lumen & Co');
    expect(byId.get('BULB')!.brand).toBe('Brightside');
  });
  it('puts variations under their parent (by id:N or SKU) and uses sale prices', () => {
    expect(formats).toEqual(['woocommerce.csv (csv:woocommerce)']);
    expect([...byId.keys()]).toEqual(['LAMP', 'BULB']);
    const lamp = byId.get('LAMP')!;
    expect(lamp).toMatchObject({ categories: ['Home', 'Lighting'], description: 'An adjustable desk lamp', image: 'https://woo.example/lamp.jpg' });
    expect(lamp.variants!.map((v) => [v.id, v.price, v.attributes.colour, v.inStock])).toEqual([
      ['LAMP-BLK', 39, 'Black', true],
      ['LAMP-WHT', 35, 'White', false],
    ]);
  });
});

describe('Google Merchant Center feeds', () => {
  it('XML: g: fields, CDATA, entities, sale_price, item_group_id variants', async () => {
    const { byId, problems } = await productsOf('merchant.xml');
    expect(problems.list).toEqual([]);
    const sneaker = byId.get('SH-1')!;
    expect(sneaker).toMatchObject({ title: 'Canvas Sneaker', price: 59, currency: 'GBP', brand: 'Step & Co', categories: ['Shoes', 'Sneakers'], description: 'Light canvas sneaker', attributes: { colour: 'white' } });
    expect(sneaker.variants!.map((v) => [v.id, v.attributes.size, v.inStock])).toEqual([
      ['SH-1-42', '42', true],
      ['SH-1-43', '43', false],
    ]);
    expect(byId.get('SOCK-1')!.price).toBe(7.5);
  });
  it('TSV: tabs, availability words and price with currency', async () => {
    const { byId } = await productsOf('merchant.tsv');
    expect(byId.get('T-2')).toMatchObject({ title: 'Tab Chair', price: 45, currency: 'USD', inStock: false, categories: ['Furniture', 'Chairs'] });
  });
});

describe('--mapping for feeds with their own column names', () => {
  it('maps id/title/price/category and attributes onto Aisle fields', async () => {
    const { byId, problems } = await productsOf('mapped.csv', { mapping: readMapping(join(FEEDS, 'mapping.json')) });
    expect(problems.list).toEqual([]);
    expect(byId.get('A-2')).toMatchObject({ title: 'Teetasse', price: 6.5, currency: 'EUR', categories: ['Küche', 'Tee'], attributes: { colour: 'weiß' } });
  });
  it('reads a mapped weight column in the unit the mapping names, before any column Aisle would pick', async () => {
    const feed = join(tmp, 'gewicht.csv');
    const mapping = join(tmp, 'gewicht.json');
    writeFileSync(feed, 'Artikel,Name,Preis,Gewicht,grams\nA1,Tasse,5.00,"0,35",999\n');
    writeFileSync(mapping, '{"id": "Artikel", "title": "Name", "price": "Preis", "weight": "Gewicht", "units": {"weight": "kg"}}');
    const { byId, problems } = await productsOf(feed, { currency: 'EUR', mapping: readMapping(mapping) });
    expect(problems.list).toEqual([]);
    expect(byId.get('A1')!.attributes).toEqual({ weight: '0.35 kg' });
  });
  it('refuses unknown mapping keys, naming the valid ones', () => {
    const path = join(tmp, 'bad-mapping.json');
    writeFileSync(path, '{"sku_column": "Art"}');
    expect(() => readMapping(path)).toThrow(`${path}: unknown mapping key "sku_column" or value not a string; keys are id, title, description, price, sale_price, compare_at_price, currency, category, brand, image, stock, tags, url, group, rating, review_count, weight, "attributes" and "units"`);
  });
});
