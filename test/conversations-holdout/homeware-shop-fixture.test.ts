// The held-out shop (test/fixtures/shops/homeware/): one seed gives one shop, the project's CLI reads its
// Merchant Center feed, orders report and customer-service page with no problem, the facts the checks use
// agree with the index, and every held-out script fits the shop's files (each product it names, each
// selection it makes and each help-centre sentence it quotes is there), without running the assistant.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FaqEntry, IndexManifest, ProductsChunk } from '../../src/protocol/index-format.ts';
import { homewareCatalog } from '../fixtures/shops/homeware/homeware-catalog.ts';
import { homewareBuildArgs, writeHomewareShop } from '../fixtures/shops/homeware/write-homeware-shop.ts';
import { HOLDOUT_CONVERSATIONS } from './holdout-conversations.ts';
import { expectScriptsFit } from './expect-scripts-fit.ts';
import { homewareFacts } from './homeware-facts.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'aisle-homeware-fixture-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the held-out homeware shop', () => {
  const files = writeHomewareShop(join(dir, 'merchant'));
  const run = spawnSync(process.execPath, [join(ROOT, 'src/cli/bin.js'), 'build', ...homewareBuildArgs(files, join(dir, 'index')), '--model', 'none', '--json'], { encoding: 'utf8' });
  const facts = homewareFacts(files.products);

  it('is the same shop on every run (seeded)', () => {
    expect(homewareCatalog()).toEqual(homewareCatalog());
    expect(homewareCatalog(1)).not.toEqual(homewareCatalog());
  });

  it('is a Merchant Center feed the CLI builds without a problem', () => {
    expect(readFileSync(files.feed, 'utf8')).toMatch(/^<\?xml[^>]*>\s*<rss xmlns:g="http:\/\/base\.google\.com\/ns\/1\.0"/);
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as { products: number; variants: number; skipped: number; warnings: number; unknownOrderProducts: number; faq: number; formats: string[]; currency: string };
    const variants = files.products.reduce((n, p) => n + (p.variants.length > 1 ? p.variants.length : 0), 0);
    expect(summary).toMatchObject({ products: files.products.length, variants, skipped: 0, warnings: 0, unknownOrderProducts: 0, currency: 'GBP' });
    expect(summary.formats[0]).toContain('merchant-center-xml');
    expect(files.products.length).toBeGreaterThanOrEqual(100);
    expect(summary.faq).toBe(facts.helpCentre.sections.length);
  });

  it('gives the checks the price, stock and variants the index holds', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'index/manifest.json'), 'utf8')) as IndexManifest;
    const read = <T>(kind: string) => manifest.chunks.filter((c) => c.kind === kind).map((c) => JSON.parse(readFileSync(join(dir, 'index', c.file), 'utf8')) as T);
    const indexed = read<ProductsChunk>('products').flatMap((c) => c.products);
    expect(indexed.length).toBe(facts.products.length);
    for (const p of indexed) {
      const f = facts.find(p.id)!;
      expect(f, p.id).toBeDefined();
      expect({ title: p.title, price: p.price, inStock: p.inStock, brand: p.brand, currency: p.currency }).toEqual({ title: f.title, price: f.price, inStock: f.inStock, brand: f.brand, currency: 'GBP' });
      for (const v of p.variants ?? []) expect(facts.find(v.id)?.id).toBe(p.id);
    }
    const faq = read<{ entries: FaqEntry[] }>('faq').flatMap((c) => c.entries);
    expect(faq.map((e) => e.question)).toEqual(facts.helpCentre.sections.map((s) => s.title));
  });

  it('has the vocabulary the held-out conversations ask about', () => {
    const count = (pred: (p: (typeof facts.products)[number]) => boolean) => facts.products.filter(pred).length;
    expect(count((p) => !p.inStock)).toBeGreaterThanOrEqual(3);
    expect(count((p) => p.numbers.watts !== undefined)).toBeGreaterThanOrEqual(30);
    expect(count((p) => p.numbers.litres !== undefined)).toBeGreaterThanOrEqual(30);
    expect(count((p) => p.flags.dishwasherSafe === false)).toBeGreaterThanOrEqual(10);
    expect(count((p) => p.flags.inductionReady === false)).toBeGreaterThanOrEqual(4);
    expect(count((p) => p.sizes.length > 1)).toBeGreaterThanOrEqual(5);
    expect(count((p) => /ignore previous instructions/.test(p.text))).toBe(1);
    expect(count((p) => /dishwasher/.test(p.text))).toBeGreaterThan(50);
    expect(facts.helpCentre.title).toBeUndefined();
  });

  it('fits every held-out script to the shop files (names, selections, help-centre sentences)', () => {
    expectScriptsFit(HOLDOUT_CONVERSATIONS, facts);
    expect(HOLDOUT_CONVERSATIONS.length).toBeGreaterThanOrEqual(40);
  });
});
