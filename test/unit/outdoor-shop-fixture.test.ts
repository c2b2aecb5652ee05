// The second test shop (test/fixtures/shops/outdoor/): one seed gives one shop, the project's CLI reads
// its Shopify export with no problem, and the facts the conversation checks use agree with the index.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IndexManifest, ProductsChunk } from '../../src/protocol/index-format.ts';
import { outdoorCatalog } from '../fixtures/shops/outdoor/outdoor-catalog.ts';
import { writeOutdoorShop } from '../fixtures/shops/outdoor/write-outdoor-shop.ts';
import { outdoorFacts } from '../conversations/facts/outdoor-facts.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'aisle-outdoor-fixture-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the outdoor fixture shop', () => {
  const files = writeOutdoorShop(join(dir, 'merchant'));
  const run = spawnSync(process.execPath, [join(ROOT, 'src/cli/bin.js'), 'build', '--feed', files.feed, '--orders', files.orders, '--faq', files.faq, '--currency', 'USD', '--model', 'none', '--out', join(dir, 'index'), '--json'], { encoding: 'utf8' });

  it('is the same shop on every run (seeded)', () => {
    expect(outdoorCatalog()).toEqual(outdoorCatalog());
    expect(outdoorCatalog(1)).not.toEqual(outdoorCatalog());
  });

  it('is a Shopify product export the CLI builds without a problem', () => {
    expect(readFileSync(files.feed, 'utf8').split('\n')[0]).toMatch(/^Handle,Title,Body \(HTML\),Vendor,Product Category,Type,Tags,/);
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as { products: number; variants: number; skipped: number; warnings: number; unknownOrderProducts: number; faq: number; formats: string[] };
    const variants = files.products.reduce((n, p) => n + p.variants.length, 0);
    expect(summary).toMatchObject({ products: files.products.length, variants, skipped: 0, warnings: 0, unknownOrderProducts: 0 });
    expect(summary.formats[0]).toContain('csv:shopify');
    expect(files.products.length).toBeGreaterThanOrEqual(100);
  });

  it('gives the checks the price, stock and variants the index holds', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'index/manifest.json'), 'utf8')) as IndexManifest;
    const indexed = manifest.chunks.filter((c) => c.kind === 'products').flatMap((c) => (JSON.parse(readFileSync(join(dir, 'index', c.file), 'utf8')) as ProductsChunk).products);
    const facts = outdoorFacts(files.products);
    expect(indexed.length).toBe(facts.products.length);
    for (const p of indexed) {
      const f = facts.find(p.id)!;
      expect(f, p.id).toBeDefined();
      expect({ title: p.title, price: p.price, inStock: p.inStock, brand: p.brand }).toEqual({ title: f.title, price: f.price, inStock: f.inStock, brand: f.brand });
      for (const v of p.variants ?? []) expect(facts.find(v.id)?.id).toBe(p.id);
    }
    expect(facts.products.filter((p) => !p.inStock).length).toBeGreaterThan(0);
  });

  it('has the vocabulary the conversations ask about', () => {
    const facts = outdoorFacts(files.products);
    const count = (pred: (p: (typeof facts.products)[number]) => boolean) => facts.products.filter(pred).length;
    expect(count((p) => p.type === 'Tent' && p.numbers.capacity === 4)).toBeGreaterThanOrEqual(2);
    expect(count((p) => p.type === 'Rain Jacket' && p.colours.includes('pink'))).toBeGreaterThanOrEqual(2);
    expect(count((p) => p.flags.waterproof === false)).toBeGreaterThanOrEqual(3);
    expect(count((p) => /ignore previous instructions/.test(p.text))).toBe(1);
    expect(facts.helpCentre.title).toMatch(/help centre/);
  });
});
