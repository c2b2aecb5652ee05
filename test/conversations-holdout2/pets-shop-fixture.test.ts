// The second held-out shop (test/fixtures/shops/pets/): one seed gives one shop, the project's CLI reads
// its WooCommerce export, order items and help centre with no problem, the facts the checks use agree
// with the index, and every second held-out script fits the shop's files (each product it names, each
// selection it makes and each help-centre sentence it quotes is there), without running the assistant.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FaqEntry, IndexManifest, ProductsChunk } from '../../src/protocol/index-format.ts';
import { petsCatalog, petsExport } from '../fixtures/shops/pets/pets-catalog.ts';
import { petsBuildArgs, writePetsShop } from '../fixtures/shops/pets/write-pets-shop.ts';
import { expectScriptsFit } from '../conversations-holdout/expect-scripts-fit.ts';
import { HOLDOUT2_CONVERSATIONS } from './holdout2-conversations.ts';
import { petsFacts } from './pets-facts.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'aisle-pets-fixture-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the second held-out shop (pets, WooCommerce)', () => {
  const files = writePetsShop(join(dir, 'merchant'));
  const run = spawnSync(process.execPath, [join(ROOT, 'src/cli/bin.js'), 'build', ...petsBuildArgs(files, join(dir, 'index')), '--model', 'none', '--json'], { encoding: 'utf8' });
  const facts = petsFacts(files.products);

  it('is the same shop on every run (seeded)', () => {
    expect(petsCatalog()).toEqual(petsCatalog());
    expect(petsCatalog(1)).not.toEqual(petsCatalog());
  });

  it('is a WooCommerce product export the CLI builds without a problem, its draft left out', () => {
    expect(readFileSync(files.feed, 'utf8')).toMatch(/^\uFEFFID,Type,SKU,/);
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as { products: number; variants: number; skipped: number; warnings: number; unknownOrderProducts: number; faq: number; formats: string[]; currency: string; unlisted: Record<string, number> };
    const variants = files.products.reduce((n, p) => n + (p.variants.length > 1 ? p.variants.length : 0), 0);
    expect(summary).toMatchObject({ products: files.products.length, variants, skipped: 0, warnings: 0, unknownOrderProducts: 0, currency: 'CAD', unlisted: { draft: 1 } });
    expect(summary.formats[0]).toContain('csv:woocommerce');
    expect(petsExport().length - files.products.length).toBe(1);
    expect(files.products.length).toBeGreaterThanOrEqual(100);
    expect(summary.faq).toBe(facts.helpCentre.sections.length);
  });

  it('gives the checks the title, price, stock and variations the index holds', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'index/manifest.json'), 'utf8')) as IndexManifest;
    const read = <T>(kind: string) => manifest.chunks.filter((c) => c.kind === kind).map((c) => JSON.parse(readFileSync(join(dir, 'index', c.file), 'utf8')) as T);
    const indexed = read<ProductsChunk>('products').flatMap((c) => c.products);
    expect(indexed.length).toBe(facts.products.length);
    for (const p of indexed) {
      const f = facts.find(p.id)!;
      expect(f, p.id).toBeDefined();
      // Not the brand: the CLI does not read WooCommerce's Brands column (a finding of this shop, reported, not worked around).
      expect({ title: p.title, price: p.price, inStock: p.inStock, currency: p.currency }).toEqual({ title: f.title, price: f.price, inStock: f.inStock, currency: 'CAD' });
      for (const v of p.variants ?? []) expect(facts.find(v.id)?.id).toBe(p.id);
    }
    const faq = read<{ entries: FaqEntry[] }>('faq').flatMap((c) => c.entries);
    expect(faq.map((e) => e.question)).toEqual(facts.helpCentre.sections.map((s) => s.title));
  });

  it('states each yes/no fact in the copy the way the checks read it', () => {
    for (const p of facts.products) {
      if (p.flags.waterproof === true) expect(p.text, p.title).toMatch(/\bwaterproof\b/);
      if (p.flags.waterproof === false) expect(p.text, p.title).toMatch(/not waterproof/);
      if (p.flags.dishwasherSafe === true) expect(p.text, p.title).toMatch(/dishwasher safe/);
      if (p.flags.dishwasherSafe === false) expect(p.text, p.title).toMatch(/hand wash only/);
    }
  });

  it('has the vocabulary the second held-out conversations ask about', () => {
    const count = (pred: (p: (typeof facts.products)[number]) => boolean) => facts.products.filter(pred).length;
    expect(count((p) => !p.inStock)).toBeGreaterThanOrEqual(3);
    expect(count((p) => p.sizes.length > 1)).toBeGreaterThanOrEqual(40);
    expect(count((p) => p.availableSizes.length < p.sizes.length)).toBeGreaterThanOrEqual(4);
    expect(count((p) => p.prices.length > 1 && new Set(p.prices).size > 1)).toBeGreaterThanOrEqual(30);
    expect(count((p) => /grain-free/.test(p.text))).toBeGreaterThanOrEqual(10);
    expect(count((p) => p.numbers.litres !== undefined)).toBeGreaterThanOrEqual(10);
    expect(count((p) => p.flags.waterproof !== undefined)).toBeGreaterThanOrEqual(10);
    expect(count((p) => /ignore previous instructions/.test(p.text))).toBe(1);
    expect(facts.helpCentre.title).toBeUndefined();
    expect(facts.helpCentre.sections.length).toBeGreaterThanOrEqual(15);
  });

  it('fits every second held-out script to the shop files (names, selections, help-centre sentences)', () => {
    expectScriptsFit(HOLDOUT2_CONVERSATIONS, facts);
    expect(HOLDOUT2_CONVERSATIONS.length).toBeGreaterThanOrEqual(60);
  });
});
