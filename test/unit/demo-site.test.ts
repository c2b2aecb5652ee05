// The demo shop's static build: every page a merchant's shop would have, the schema.org Product data
// the widget reads on product pages, and the slots it paints into.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../demo/catalog/catalog-categories.ts';
import { generateCatalog, type FeedProduct } from '../../demo/catalog/generate-catalog.ts';
import { ordersToCsv } from '../../demo/catalog/generate-orders.ts';
import { buildSite } from '../../demo/site/build-site.ts';

let dir: string;
let products: FeedProduct[];
const out = () => join(dir, 'site');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aisle-demo-site-'));
  const catalog = generateCatalog({ products: 60, orders: 200, seed: 3 });
  products = catalog.products;
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data/products.json'), JSON.stringify(products));
  writeFileSync(join(dir, 'data/orders.csv'), ordersToCsv(catalog.orders));
  buildSite({ dataDir: join(dir, 'data'), outDir: out(), widgetOrigin: 'https://cdn.example', indexUrl: 'https://cdn.example/index/' });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function jsonLd(html: string): Record<string, unknown> {
  const m = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
  expect(m, 'a JSON-LD script').not.toBeNull();
  return JSON.parse(m![1]!) as Record<string, unknown>;
}

describe('buildSite', () => {
  it('writes home, cart, search, one page per category and per product, with a picture each', () => {
    for (const file of ['index.html', 'cart.html', 'search.html', 'shop.css', 'shop.js', 'catalog.json']) expect(existsSync(join(out(), file)), file).toBe(true);
    for (const c of CATEGORIES) expect(existsSync(join(out(), `category/${c.slug}.html`)), c.slug).toBe(true);
    for (const p of products) {
      expect(existsSync(join(out(), `product/${p.id}.html`))).toBe(true);
      expect(readFileSync(join(out(), `img/${p.id}.svg`), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 200 200"/);
    }
  });

  it('embeds the widget on every page with the one tag a merchant pastes', () => {
    for (const file of ['index.html', 'cart.html', `product/${products[0]!.id}.html`, `category/${CATEGORIES[0]!.slug}.html`]) {
      const html = readFileSync(join(out(), file), 'utf8');
      expect(html, file).toContain('<script src="https://cdn.example/aisle.js" data-index="https://cdn.example/index/" async></script>');
    }
  });

  it('puts schema.org Product JSON-LD on product pages with sku, brand and an offer', () => {
    const sold = products.find((p) => p.stock === 0) ?? products[0]!;
    for (const p of [products[0]!, sold]) {
      const data = jsonLd(readFileSync(join(out(), `product/${p.id}.html`), 'utf8'));
      expect(data['@type']).toBe('Product');
      expect(data.sku).toBe(p.id);
      expect(data.name).toBe(p.title);
      expect(data.brand).toEqual({ '@type': 'Brand', name: p.brand });
      const offer = data.offers as Record<string, string>;
      expect(Number(offer.price)).toBe(p.price);
      expect(offer.priceCurrency).toBe('USD');
      expect(offer.availability).toBe(p.stock > 0 ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock');
    }
  });

  it('gives the widget its slots: for-you and trending at home, similar and bought-together on products, for-you on categories', () => {
    const home = readFileSync(join(out(), 'index.html'), 'utf8');
    expect(home).toContain('data-aisle-slot="for-you"');
    expect(home).toContain('data-aisle-slot="trending"');
    // The bestsellers grid tells the slots what the page already shows.
    expect(home).toMatch(/data-aisle-shown="[^"]+"/);
    const spec = CATEGORIES[0]!;
    expect(readFileSync(join(out(), `category/${spec.slug}.html`), 'utf8')).toContain(`data-aisle-slot="for-you" data-category="${spec.breadcrumb.replace('>', '&gt;')}"`);
    const p = products[5]!;
    const page = readFileSync(join(out(), `product/${p.id}.html`), 'utf8');
    expect(page).toContain(`data-aisle-slot="similar" data-product-id="${p.id}"`);
    expect(page).toContain(`data-aisle-slot="bought-together" data-product-id="${p.id}"`);
  });

  it('lists exactly the category\'s products on its page, with the data the filters read', () => {
    const spec = CATEGORIES[3]!;
    const html = readFileSync(join(out(), `category/${spec.slug}.html`), 'utf8');
    const listed = [...html.matchAll(/<a class="card" href="\/product\/([^.]+)\.html" data-colour="([^"]+)" data-price="([^"]+)"/g)];
    const expected = products.filter((p) => p.category === spec.breadcrumb);
    expect(listed.map((m) => m[1]).sort()).toEqual(expected.map((p) => p.id).sort());
    for (const m of listed) expect(Number(m[3])).toBe(products.find((p) => p.id === m[1])!.price);
  });

  it('compiles the shop script to plain JavaScript that listens for the widget\'s events', () => {
    const js = readFileSync(join(out(), 'shop.js'), 'utf8');
    expect(js).toContain("'aisle:add-to-cart'");
    expect(js).toContain("'aisle:contact-human'");
    expect(js).not.toMatch(/:\s*(string|number|CartLine)\b[,;)]/);
    expect(() => new Function(js.replace(/^export \{\};?$/m, ''))).not.toThrow();
  });
});
