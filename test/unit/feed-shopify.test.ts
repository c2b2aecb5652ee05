// Shopify product exports, as Admin → Products → Export writes them (the classic headers and the 2025
// ones) and as the outdoor test shop's generator writes them: category and Type, weights per variant,
// compare-at prices, review metafields, Google Shopping columns, options, drafts left out.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/cli/build/problems.ts';
import { writeOutdoorShop } from '../fixtures/shops/outdoor/write-outdoor-shop.ts';
import { productsOf } from './feed-products.ts';

describe('a Shopify export (classic headers)', async () => {
  const { byId, problems, summary, chunkText } = await productsOf('shopify-export.csv', { currency: 'USD', site: 'https://trailhead.example' });
  const boot = byId.get('ridgeback-mid-hiking-boot')!;
  const tent = byId.get('tarn-dome-tent')!;
  const bag = byId.get('ember-20-sleeping-bag')!;
  const card = byId.get('trailhead-gift-card')!;

  it('ends the breadcrumb with the merchant\'s Type, once', () => {
    expect(boot.categories).toEqual(['Apparel & Accessories', 'Shoes', 'Hiking Boots']);
    // A taxonomy id names its top level only; "Uncategorized" is no category.
    expect(tent.categories).toEqual(['Sporting Goods', 'Tent']);
    expect(bag.categories).toEqual(['Sleeping Bags']);
    // "Gift Cards" already ends with the Type "Gift Card".
    expect(card.categories).toEqual(['Gift Cards']);
  });
  it('keeps the weight in the display unit: on each variant where it differs, the default variant\'s on the product', () => {
    expect(boot.attributes.weight).toBe('1.2 kg');
    expect(boot.variants!.map((v) => v.attributes.weight)).toEqual(['1.2 kg', '1.32 kg']);
    expect(tent.attributes.weight).toBe('5 lb');
    expect(tent.variants!.every((v) => v.attributes.weight === undefined)).toBe(true);
    expect(bag.variants!.map((v) => v.attributes.weight)).toEqual(['1050 g', '1150 g']);
    expect(card.attributes.weight).toBeUndefined();
  });
  it('keeps the compare-at price of a variant on sale, and ignores one at or below the price', () => {
    expect(boot).toMatchObject({ price: 159, compareAtPrice: 189 });
    expect(boot.variants!.map((v) => v.compareAtPrice)).toEqual([189, undefined]);
    expect(tent.compareAtPrice).toBeUndefined();
    expect(tent.variants!.map((v) => v.compareAtPrice)).toEqual([undefined, undefined]);
  });
  it('reads the review metafields written by review apps (JSON rating or a number) and their counts', () => {
    expect(boot).toMatchObject({ rating: 4.6, reviewCount: 128 });
    expect(bag).toMatchObject({ rating: 4.2, reviewCount: 9 });
    expect(tent.rating).toBeUndefined();
  });
  it('keeps Google Shopping columns, category metafields and variant barcodes as attributes', () => {
    expect(boot.attributes).toMatchObject({ gender: 'unisex', age_group: 'adult', condition: 'new', mpn: 'RB-MID-2024', colour: 'Brown', care_instructions: 'Brush off dried mud; re-proof with wax' });
    expect(boot.variants!.map((v) => v.attributes.barcode)).toEqual(['0812345000019', '0812345000026']);
    expect(boot.attributes.barcode).toBeUndefined();
  });
  it('keeps options other than size and colour under a normalised key, and a value all variants share on the product', () => {
    expect(tent.variants!.map((v) => v.attributes)).toEqual([{ capacity: '2-Person', colour: 'Olive' }, { capacity: '3-Person', colour: 'Olive' }]);
    expect(bag.variants!.map((v) => [v.attributes.temperature_rating, v.attributes.length])).toEqual([['20°F', 'Regular'], ['20°F', 'Long']]);
    expect(bag.attributes.temperature_rating).toBe('20°F');
    expect(tent.attributes.capacity).toBeUndefined();
  });
  it('keeps the image alt text, the variant pictures and the SEO description when the body is empty', () => {
    expect(boot.imageAlt).toBe('Ridgeback Mid Hiking Boot in brown nubuck, side view');
    expect(boot.variants![0].image).toBe('https://cdn.shopify.com/s/files/1/0612/4471/files/ridgeback-mid-brown.jpg?v=1718000000');
    expect(boot.description).toBe('A waterproof nubuck boot for long days on rough trails.');
    expect(bag.description).toBe('A 650-fill down bag rated to 20°F.');
    expect(boot.url).toBe('https://trailhead.example/products/ridgeback-mid-hiking-boot');
  });
  it('marks gift cards, which ship nowhere and are sold untracked', () => {
    expect(card).toMatchObject({ inStock: true, attributes: { gift_card: 'yes', requires_shipping: 'no' } });
    expect(card.variants!.map((v) => [v.attributes.denominations, v.price])).toEqual([['$25', 25], ['$50', 50]]);
  });
  it('leaves out drafts, archived and unpublished products with a note, not an error', () => {
    expect([...byId.keys()]).toEqual(['ridgeback-mid-hiking-boot', 'tarn-dome-tent', 'ember-20-sleeping-bag', 'trailhead-gift-card']);
    expect(problems.list).toEqual([]);
    expect(summary.unlisted).toEqual({ draft: 1, archived: 1, unpublished: 1 });
    expect(problems.notes.map(formatProblem)).toEqual([
      'shopify-export.csv: field "status": 3 products left out because the feed marks them as not for sale (1 draft, 1 archived, 1 unpublished); publish them in your shop and export again to show them',
    ]);
  });
  it('never writes the merchant\'s cost per item into the index', () => {
    expect(chunkText).toContain('"price":159');
    expect(chunkText).not.toContain('71.4');
    expect(chunkText).not.toContain('74.1');
  });
});

describe('a Shopify export (2025 headers: "URL handle", "Price", "Weight value (grams)")', async () => {
  const { byId, summary, formats } = await productsOf('shopify-export-2025.csv', { currency: 'USD' });
  const bottle = byId.get('canyon-insulated-bottle')!;

  it('is read as a Shopify export, rows grouped by URL handle', () => {
    expect(formats).toEqual(['shopify-export-2025.csv (csv:shopify)']);
    expect([...byId.keys()]).toEqual(['canyon-insulated-bottle']);
    expect(bottle).toMatchObject({ title: 'Canyon 1 L Insulated Bottle', price: 34, compareAtPrice: 42, imageAlt: 'Sage green bottle', description: 'Keeps drinks cold for 24 hours.' });
    expect(bottle.categories).toEqual(['Home & Garden', 'Kitchen & Dining', 'Food & Beverage Carriers', 'Water Bottles']);
  });
  it('reads the renamed variant columns: weight, barcode, stock policy, variant picture', () => {
    expect(bottle.attributes).toMatchObject({ weight: '410 g', net_content: '1 l', condition: 'new' });
    expect(bottle.variants!.map((v) => [v.id, v.attributes.colour, v.attributes.barcode, v.inStock])).toEqual([
      ['CAN-1L-SAGE', 'Sage', '0855555000011', true],
      // 0 left, but "Continue selling when out of stock" is CONTINUE.
      ['CAN-1L-RUST', 'Rust', '0855555000028', true],
    ]);
    expect(bottle.variants![1].image).toBe('https://cdn.shopify.com/s/files/1/0612/4471/files/canyon-rust.jpg');
  });
  it('leaves out an unlisted product (reachable only by link, never in search or recommendations)', () => {
    expect(byId.has('sample-sale-beanie')).toBe(false);
    expect(summary.unlisted).toEqual({ unlisted: 1 });
  });
});

describe('the outdoor test shop\'s Shopify export, product by product', async () => {
  const files = writeOutdoorShop(mkdtempSync(join(tmpdir(), 'aisle-outdoor-feed-')));
  const { byId, problems } = await productsOf(files.feed, { currency: 'USD' });
  const kg = (g: number) => `${Number((g / 1000).toFixed(3))} kg`;

  it('builds every product without a problem', () => {
    expect(problems.list).toEqual([]);
    expect(byId.size).toBe(files.products.length);
  });
  it('keeps the standard category and ends it with the Type, so hiking boots are filed as hiking boots', () => {
    for (const p of files.products) {
      const built = byId.get(p.handle)!;
      const taxonomy = p.category.split(' > ');
      expect(built.categories.slice(0, taxonomy.length)).toEqual(taxonomy);
      const last = built.categories[built.categories.length - 1];
      if (last !== p.type) expect(last.toLowerCase().startsWith(p.type.toLowerCase())).toBe(true);
    }
    expect(byId.get('kestrel-kids-trail-boot')!.categories).toEqual(['Apparel & Accessories', 'Shoes', 'Hiking Boots']);
  });
  it('keeps each weight, the default variant\'s on the product, and every sale\'s compare-at price', () => {
    for (const p of files.products) {
      const built = byId.get(p.handle)!;
      expect(built.attributes.weight).toBe(p.variants[0].grams > 0 ? kg(p.variants[0].grams) : undefined);
      const differ = new Set(p.variants.map((v) => v.grams)).size > 1;
      const variants = built.variants ?? [];
      if (variants.length > 0) expect(variants.map((v) => v.attributes.weight)).toEqual(p.variants.map((v) => (differ ? kg(v.grams) : undefined)));
      const cheapest = p.variants.reduce((a, b) => (b.price < a.price ? b : a));
      expect(built.compareAtPrice).toBe(cheapest.compareAt);
    }
    expect(files.products.some((p) => p.variants.some((v) => v.compareAt))).toBe(true);
  });
});

describe("a shop's /products.json", () => {
  it('keeps variant grams, compare-at prices and pictures, and the image alt text', async () => {
    const { byId, problems } = await productsOf('shopify-storefront.json', { currency: 'USD' });
    expect(problems.list).toEqual([]);
    const beanie = byId.get('8123456789')!;
    expect(beanie).toMatchObject({ price: 32, compareAtPrice: 40, imageAlt: 'Fellside Merino Beanie, folded', categories: ['Beanie'], attributes: { weight: '85 g' } });
    expect(beanie.variants!.map((v) => [v.id, v.attributes, v.compareAtPrice, v.image, v.inStock])).toEqual([
      ['44000000001', { colour: 'Charcoal' }, 40, 'https://cdn.shopify.com/s/files/1/0612/4471/files/beanie-charcoal.jpg?v=1725000000', true],
      ['44000000002', { colour: 'Mustard' }, undefined, undefined, false],
    ]);
  });
});
