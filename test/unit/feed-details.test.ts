// What JSON (DummyJSON, WooCommerce's REST API, schema.org), Merchant Center (XML and TSV) and
// WooCommerce CSV feeds say that a shopper asks about: ratings, sale prices, weights and dimensions,
// warranty, returns, shipping, condition, specs, availability; products not for sale left out.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMapping } from '../../src/cli/build/feed-mapping.ts';
import { formatProblem } from '../../src/cli/build/problems.ts';
import { tfidfVectors } from '../../src/cli/build/tfidf-similar.ts';
import type { Product } from '../../src/protocol/product.ts';
import { FEEDS, productsOf } from './feed-products.ts';

const UNITS = readMapping(join(FEEDS, 'dummyjson-units.json'));

describe('a DummyJSON products export', () => {
  it('keeps rating, review count, warranty, returns, shipping, minimum order, discount and low stock', async () => {
    const { byId, problems } = await productsOf('dummyjson-products.json', { currency: 'USD' });
    expect(problems.list).toEqual([]);
    expect(byId.get('7')).toMatchObject({
      rating: 4.26,
      reviewCount: 2,
      attributes: { warranty: '1 week warranty', returns: '60 days return policy', shipping: 'Ships in 1 month', minimum_order: '5', discount: '18.64% off' },
    });
    expect(byId.get('19')).toMatchObject({ inStock: true, reviewCount: 0, attributes: { availability: 'low stock', warranty: 'Lifetime warranty', returns: 'No return policy' } });
    expect(byId.get('7')!.attributes.availability).toBeUndefined();
  });
  it('keeps unitless weights and dimensions as numbers, with one note saying how to name the unit', async () => {
    const { byId, problems } = await productsOf('dummyjson-products.json', { currency: 'USD' });
    expect(byId.get('7')!.attributes).toMatchObject({ weight: '7', dimensions: 'W 24.5 × H 25.73 × D 25.02' });
    expect(problems.notes.map(formatProblem)).toEqual([
      'dummyjson-products.json: field "weight": no unit is given for weight ("7" at dummyjson-products.json:3), so weight values are shown as bare numbers; name the unit in a --mapping file, {"units": {"weight": "kg"}}, to show "7 kg"',
      'dummyjson-products.json: field "dimensions": no unit is given for dimensions ("W 24.5 × H 25.73 × D 25.02" at dummyjson-products.json:3), so dimensions values are shown as bare numbers; name the unit in a --mapping file, {"units": {"dimensions": "cm"}}, to show "W 24.5 × H 25.73 × D 25.02 cm"',
    ]);
  });
  it('shows them with the units a --mapping file names', async () => {
    const { byId, problems } = await productsOf('dummyjson-products.json', { currency: 'USD', mapping: UNITS });
    expect(byId.get('19')!.attributes).toMatchObject({ weight: '2 kg', dimensions: 'W 13.47 × H 24.99 × D 27.35 cm' });
    expect(problems.notes).toEqual([]);
  });
});

describe("WooCommerce's REST API and schema.org ratings", async () => {
  const { byId, summary } = await productsOf('woocommerce-rest.json', { currency: 'USD', mapping: UNITS });
  it('reads price and regular_price as a sale, average_rating and rating_count, image alt and attribute options', () => {
    expect(byId.get('794')).toMatchObject({ price: 18, compareAtPrice: 24, rating: 4.5, reviewCount: 12, imageAlt: 'Grey tee, front', attributes: { colour: 'Grey, Navy', weight: '0.2 kg', dimensions: 'L 30 × W 20 × H 2 cm' } });
  });
  it('reads the brand from WooCommerce 9.6+ `brands` objects, and none where a product has none', () => {
    expect(byId.get('794')!.brand).toBe('Harbour Knit');
    expect(byId.get('795')!.brand).toBeUndefined();
  });
  it('reads "0.00" with no reviews as no rating, and backorders as available to order', () => {
    const socks = byId.get('795')!;
    expect(socks.rating).toBeUndefined();
    expect(socks).toMatchObject({ reviewCount: 0, inStock: true, attributes: { availability: 'backorder' } });
  });
  it('rescales a rating out of 10 and reads "1,204" reviews', () => {
    expect(byId.get('json-ld-1')).toMatchObject({ rating: 4.6, reviewCount: 1204 });
  });
  it('leaves out a draft', () => {
    expect(byId.has('796')).toBe(false);
    expect(summary.unlisted).toEqual({ draft: 1 });
  });
});

describe('Merchant Center XML with sub-fields and repeated fields', async () => {
  const { byId, problems } = await productsOf('merchant-details.xml');
  const tide = byId.get('HA-200')!;
  const pebble = byId.get('HA-050')!;
  it('uses a sale price while its effective dates run, with the regular price as compare-at and the last day', () => {
    expect(problems.list).toEqual([]);
    expect(tide).toMatchObject({ price: 149, compareAtPrice: 199, currency: 'USD' });
    expect(tide.attributes.sale_ends).toBe('2099-01-31');
    // That sale ended in 2020.
    expect(pebble.price).toBe(79);
    expect(pebble.compareAtPrice).toBeUndefined();
  });
  it('keeps identifiers, condition, measures, highlights, spec sheet entries and shipping rates', () => {
    expect(tide.attributes).toMatchObject({
      barcode: '00812345678905',
      mpn: 'TIDE-200-BLK',
      condition: 'new',
      weight: '250 g',
      shipping_weight: '0.6 kg',
      dimensions: 'L 19 × W 16 × H 8 cm',
      highlights: '40-hour battery; Active noise cancelling',
      battery_life: '40 hours',
      bluetooth_version: '5.3',
      shipping: 'US Standard: 0.00 USD; CA Express: 14.95 USD',
      colour: 'Black',
    });
  });
  it('keeps pre-orders in stock, with the pre-order state and date', () => {
    expect(pebble).toMatchObject({ inStock: true, attributes: { availability: 'pre-order', availability_date: '2099-03-01', condition: 'refurbished', weight: '1.6 oz', pack_size: '2' } });
  });
});

describe('Merchant Center TSV with sub-attributes named in the header', () => {
  it('splits product detail and shipping cells in the header\'s order', async () => {
    const { byId, problems } = await productsOf('merchant-details.tsv');
    expect(problems.list).toEqual([]);
    expect(byId.get('K-10')).toMatchObject({
      price: 89,
      currency: 'EUR',
      inStock: true,
      attributes: { capacity: '1.7 l', power: '2200 W', shipping: 'DE Standard: 4.95 EUR; AT Standard: 6.95 EUR', energy_class: 'A', availability: 'backorder', weight: '1.1 kg' },
    });
  });
});

describe('a WooCommerce product export with every default column', async () => {
  const { byId, problems, summary } = await productsOf('woocommerce-export.csv', { currency: 'EUR' });
  const hoodie = byId.get('HOOD-ZIP')!;
  it('leaves out drafts, private and hidden products and disabled variations, with notes', () => {
    expect([...byId.keys()]).toEqual(['HOOD-ZIP', 'CARE-KIT']);
    expect(problems.list).toEqual([]);
    expect(summary.unlisted).toEqual({ draft: 1, private: 1, hidden: 1 });
    expect(problems.notes.map(formatProblem)).toContain('woocommerce-export.csv: field "status": 1 variant left out because the feed marks it as not for sale');
    expect(hoodie.variants!.map((v) => v.id)).toEqual(['HOOD-ZIP-S', 'HOOD-ZIP-M']);
  });
  it('uses a sale price only between its dates, and keeps the regular price as compare-at', () => {
    expect(hoodie.variants!.map((v) => [v.price, v.compareAtPrice])).toEqual([[49, 65], [65, undefined]]);
    expect(hoodie).toMatchObject({ price: 49, compareAtPrice: 65 });
  });
  it('reads weight and dimensions in the units the headers name; a variation without its own weight has the parent\'s', () => {
    expect(hoodie.attributes).toMatchObject({ weight: '0.8 kg', dimensions: 'L 40 × W 30 × H 5 cm' });
    expect(hoodie.variants!.map((v) => v.attributes.weight)).toEqual(['0.75 kg', undefined]);
  });
  it('keeps GTINs, backorders and the newlines Woo writes as "\\n"', () => {
    expect(hoodie.variants!.map((v) => [v.attributes.barcode, v.inStock, v.attributes.availability])).toEqual([
      ['5601234000011', true, undefined],
      ['5601234000028', true, 'backorder'],
    ]);
    expect(hoodie.description).toBe('Brushed inside for warmth.\nMade in Portugal.');
  });
});

describe('content neighbours', () => {
  it('ignore terms of sale: two products alike only in warranty and shipping share no term', () => {
    const base = { price: 10, currency: 'USD', categories: [], inStock: true, tags: [] };
    const products: Product[] = [
      { ...base, id: 'a', title: 'Mascara', attributes: { warranty: '1 year warranty', shipping: 'Ships overnight', returns: 'No return policy' } },
      { ...base, id: 'b', title: 'Motorcycle', attributes: { warranty: '1 year warranty', shipping: 'Ships overnight', returns: 'No return policy' } },
    ];
    const { terms } = tfidfVectors(products);
    expect([...terms[0]].filter((t) => terms[1].includes(t))).toEqual([]);
  });
});
