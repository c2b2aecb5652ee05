// The new optional product fields (rating, reviewCount, compareAtPrice, imageAlt, variant compareAtPrice
// and image) travel CLI → index → worker; a hand-edited index with bad values loses those values only.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/cli/build/build-index.ts';
import type { IndexManifest, ProductsChunk } from '../../src/protocol/index-format.ts';
import { loadIndex } from '../../src/worker/catalog/load-index.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { FEEDS } from './feed-products.ts';

let dir: string;
let server: StaticServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aisle-product-fields-'));
  for (const name of ['built', 'edited']) await buildIndex({ feeds: [join(FEEDS, 'shopify-export.csv')], out: join(dir, name), currency: 'USD' });
  const manifest = JSON.parse(readFileSync(join(dir, 'edited/manifest.json'), 'utf8')) as IndexManifest;
  for (const ref of manifest.chunks.filter((c) => c.kind === 'products')) {
    const path = join(dir, 'edited', ref.file);
    const body = JSON.parse(readFileSync(path, 'utf8')) as ProductsChunk;
    const [boot, tent, bag] = body.products as unknown as Array<Record<string, unknown>>;
    Object.assign(boot!, { rating: 9, reviewCount: 2.5, compareAtPrice: 100, imageAlt: 42 });
    (boot!.variants as Array<Record<string, unknown>>)[0]!.compareAtPrice = 'a lot';
    Object.assign(tent!, { rating: '4.5', reviewCount: -1, compareAtPrice: Infinity });
    delete bag!.rating;
    writeFileSync(path, JSON.stringify(body));
  }
  server = await serveStatic(dir);
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the product fields a feed adds', () => {
  it('reach the worker as the CLI wrote them', async () => {
    const { catalog } = await loadIndex(`${server.url}built/`);
    const boot = catalog.byId.get('ridgeback-mid-hiking-boot')!;
    expect(boot).toMatchObject({ rating: 4.6, reviewCount: 128, compareAtPrice: 189, imageAlt: 'Ridgeback Mid Hiking Boot in brown nubuck, side view' });
    expect(boot.variants![0]).toMatchObject({ compareAtPrice: 189, image: 'https://cdn.shopify.com/s/files/1/0612/4471/files/ridgeback-mid-brown.jpg?v=1718000000' });
  });
  it('lose a bad value in a hand-edited index, never the product', async () => {
    const { catalog } = await loadIndex(`${server.url}edited/`);
    expect(catalog.products.map((p) => p.id)).toEqual(['ridgeback-mid-hiking-boot', 'tarn-dome-tent', 'ember-20-sleeping-bag', 'trailhead-gift-card']);
    const [boot, tent, bag] = catalog.products;
    // A rating above 5, a fractional count, a "was" price below the price, alt text that is not text.
    for (const field of ['rating', 'reviewCount', 'compareAtPrice', 'imageAlt'] as const) expect(boot![field]).toBeUndefined();
    expect(boot!.variants![0]!.compareAtPrice).toBeUndefined();
    expect(boot!.variants![0]!.image).toMatch(/^https:/);
    for (const field of ['rating', 'reviewCount', 'compareAtPrice'] as const) expect(tent![field]).toBeUndefined();
    // A product without them (an index from before they existed) loads as it is.
    expect(bag).toMatchObject({ reviewCount: 9, price: 199 });
    expect(bag!.rating).toBeUndefined();
  });
});
