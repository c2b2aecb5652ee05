// `aisle build` / `aisle inspect` as a merchant runs them: the real bin (node src/cli/bin.js) on real
// files in a temp folder; exit codes, the manifest/chunk contract, orders, FAQ, rules and rebuilds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CardsChunk, FaqChunk, IndexManifest, MerchantRules, PopularityChunk, ProductsChunk } from '../../src/protocol/index-format.ts';
import { writeIndex } from '../../src/cli/build/write-index.ts';

const ROOT = join(import.meta.dirname, '../..');
const FEEDS = join(ROOT, 'test/fixtures/feeds');
const tmp = mkdtempSync(join(tmpdir(), 'aisle-cli-'));

function aisle(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  // Vectors have their own suite (cli-vectors-model.test.ts): here builds skip the encoder to stay fast.
  const all = args[0] === 'build' && !args.includes('--model') ? [...args, '--model', 'none'] : args;
  const r = spawnSync(process.execPath, [join(ROOT, 'src/cli/bin.js'), ...all], { cwd: tmp, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const META = { generator: 'test', currency: 'EUR', counts: { products: 0, variants: 0, orders: 0, faq: 0 }, encoder: null };
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

describe('aisle build with feed, orders, FAQ and rules', () => {
  const out = join(tmp, 'full');
  const run = aisle('build', '--feed', join(FEEDS, 'products.csv'), '--feed', join(FEEDS, 'shop.json'), '--orders', join(FEEDS, 'orders.csv'), '--faq', join(FEEDS, 'faq.md'), '--rules', join(FEEDS, 'rules.json'), '--out', out, '--json');
  const summary = JSON.parse(run.stdout) as { ok: boolean; products: number; orders: number; unknownOrderProducts: number; faq: number; problems: Array<{ message: string }> };
  const manifest = readJson<IndexManifest>(join(out, 'manifest.json'));

  it('exits 0 and prints one JSON summary', () => {
    expect(run.code).toBe(0);
    expect(summary).toMatchObject({ ok: true, products: 6, orders: 3, unknownOrderProducts: 1, faq: 3 });
  });
  it('writes a manifest whose chunks exist and carry their content hash in name and field', () => {
    expect(manifest).toMatchObject({ format: 1, currency: 'EUR', counts: { products: 6, variants: 2, orders: 3, faq: 3 }, encoder: null });
    expect(manifest.chunks.map((c) => c.kind).sort()).toEqual(['cards', 'faq', 'popularity', 'products', 'rules', 'similar']);
    for (const c of manifest.chunks) {
      const bytes = readFileSync(join(out, c.file));
      expect(c.bytes).toBe(bytes.length);
      expect(createHash('sha256').update(bytes).digest('hex').slice(0, 16)).toBe(c.hash);
      expect(c.file).toContain(c.hash);
    }
    const products = manifest.chunks.find((c) => c.kind === 'products')!;
    expect([products.from, products.to]).toEqual([0, 6]);
    expect(readJson<ProductsChunk>(join(out, products.file)).products.map((p) => p.id)).toEqual(['mug-1', 'mug-2', 'pan-3', 'tee-1', 'hoodie-2', '3']);
  });
  it('turns orders into popularity (most bought = 1) and reports unknown product ids', () => {
    const pop = readJson<PopularityChunk>(join(out, manifest.chunks.find((c) => c.kind === 'popularity')!.file));
    expect(pop.scores['mug-1']).toBe(1);
    expect(pop.scores['mug-2']).toBeGreaterThan(0);
    expect(pop.scores['ghost-9']).toBeUndefined();
    expect(summary.problems.map((p) => p.message)).toContain('"ghost-9" is not a product or variant id in the feeds; check the export matches the feed (lines with it were ignored)');
  });
  it('writes cards of the most popular products, without descriptions', () => {
    const cards = readJson<CardsChunk>(join(out, manifest.chunks.find((c) => c.kind === 'cards')!.file));
    expect(cards.products[0]).toMatchObject({ id: 'mug-1', title: 'Stoneware Mug, 350 ml' });
    expect(cards.products).toHaveLength(6);
    expect(cards.products.every((p) => p.description === undefined && p.variants === undefined)).toBe(true);
  });
  it('turns each Markdown heading with text into an FAQ entry under its parent headings', () => {
    const faq = readJson<FaqChunk>(join(out, manifest.chunks.find((c) => c.kind === 'faq')!.file));
    expect(faq.entries[0]).toEqual({ id: 'shipping-delivery-times', question: 'Delivery times', section: ['Shipping'], answer: 'We ship within 2 working days. See our carriers (https://shop.example/carriers).' });
    expect(faq.entries.map((e) => e.question)).toEqual(['Delivery times', 'International', 'Returns']);
    // A soft-wrapped line joins its paragraph; list items stay on their own lines.
    expect(faq.entries[2]!.answer).toBe('Return anything within 30 days.\n- Unworn items only\n- Keep the tags on');
  });
  it('keeps valid rules and skips a pin on an unknown product', () => {
    const rules = readJson<MerchantRules>(join(out, manifest.chunks.find((c) => c.kind === 'rules')!.file));
    expect(rules).toEqual({ pin: [{ productId: 'pan-3', position: 0 }], boost: [{ attribute: 'brand', value: 'Hearth', factor: 1.5 }], minResults: 2 });
  });
});

describe('JSON orders and JSON FAQ', () => {
  const out = join(tmp, 'json-inputs');
  const run = aisle('build', '--feed', join(FEEDS, 'products.csv'), '--feed', join(FEEDS, 'shop.json'), '--orders', join(FEEDS, 'orders.json'), '--faq', join(FEEDS, 'faq.json'), '--out', out, '--json');
  const summary = JSON.parse(run.stdout) as { orders: number; orderLines: number; faq: number; problems: Array<{ where: { file: string; record?: number }; field?: string; message: string }> };
  const manifest = readJson<IndexManifest>(join(out, 'manifest.json'));

  it('reads nested line items and counts a variant sku for its product', () => {
    expect(summary).toMatchObject({ orders: 3, orderLines: 5 });
    const pop = readJson<PopularityChunk>(join(out, manifest.chunks.find((c) => c.kind === 'popularity')!.file));
    // tee-1 was bought 3× (as its variant) on the latest day; pan-3 3× a day earlier, so slightly decayed.
    expect(pop.scores['tee-1']).toBe(1);
    expect(pop.scores['pan-3']).toBeGreaterThan(0.9);
    expect(pop.scores['pan-3']).toBeLessThan(1);
  });
  it('reads JSON FAQ entries and reports the incomplete one', () => {
    const faq = readJson<FaqChunk>(join(out, manifest.chunks.find((c) => c.kind === 'faq')!.file));
    expect(faq.entries).toEqual([{ id: 'shipping-do-you-ship-abroad', question: 'Do you ship abroad?', answer: 'Yes, worldwide.', section: ['Shipping'] }]);
    expect(summary.problems).toContainEqual({ where: { file: 'faq.json', record: 2 }, field: 'answer', message: 'missing; every FAQ entry needs a "question" and an "answer" string', severity: 'error' });
  });
});

describe('rebuilds', () => {
  it('remove chunk files of the previous build only after the new manifest is written, and keep unrelated files', () => {
    const out = join(tmp, 'rebuild');
    expect(aisle('build', '--feed', join(FEEDS, 'products.csv'), '--out', out).code).toBe(0);
    const first = readdirSync(out);
    writeFileSync(join(out, 'robots.txt'), 'keep me');
    expect(aisle('build', '--feed', join(FEEDS, 'shop.json'), '--out', out).code).toBe(0);
    const manifest = readJson<IndexManifest>(join(out, 'manifest.json'));
    const now = readdirSync(out).sort();
    expect(now).toEqual(['manifest.json', 'robots.txt', ...manifest.chunks.map((c) => c.file)].sort());
    expect(first.filter((f) => f !== 'manifest.json').some((f) => existsSync(join(out, f)))).toBe(false);
  });
  it('remove the previous build\'s chunks whose kind has a hyphen too (next-item, text-vectors, image-vectors)', () => {
    const out = join(tmp, 'hyphenated');
    writeIndex(out, [{ kind: 'next-item', body: new Uint8Array([1]) }, { kind: 'text-vectors', body: new Uint8Array([2]) }], META);
    const first = readdirSync(out).filter((f) => f !== 'manifest.json');
    writeIndex(out, [{ kind: 'next-item', body: new Uint8Array([3]) }, { kind: 'text-vectors', body: new Uint8Array([4]) }], META);
    expect(first.some((f) => existsSync(join(out, f)))).toBe(false);
    expect(readdirSync(out)).toHaveLength(3);
  });
  it('give the same chunk names for the same input', () => {
    const a = join(tmp, 'same-a'), b = join(tmp, 'same-b');
    aisle('build', '--feed', join(FEEDS, 'products.csv'), '--out', a);
    aisle('build', '--feed', join(FEEDS, 'products.csv'), '--out', b);
    const files = (d: string) => readJson<IndexManifest>(join(d, 'manifest.json')).chunks.map((c) => c.file);
    expect(files(a)).toEqual(files(b));
  });
});

describe('exit codes and messages', () => {
  it('skips bad rows by default (exit 0) and lists them on stderr', () => {
    const r = aisle('build', '--feed', join(FEEDS, 'bad.csv'), '--out', join(tmp, 'bad'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('skipped: bad.csv:3: field "price": "12,99 EUR" is not a number; write the price like 12.99\n');
    expect(r.stdout).toMatch(/aisle build: 2 products \(0 variants\) from 7 feed rows in bad\.csv \(csv:generic\)\n  skipped rows: 5, warnings: 1\n/);
  });
  it('leaves out products the feed marks as not for sale with a note, which --strict does not count', () => {
    const r = aisle('build', '--feed', join(FEEDS, 'shopify-export.csv'), '--currency', 'USD', '--out', join(tmp, 'drafts'), '--strict');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  skipped rows: 0, warnings: 0, not for sale in the feed (left out): 3 (draft 1, archived 1, unpublished 1)\n');
    expect(r.stderr).toContain('note: shopify-export.csv: field "status": 3 products left out because the feed marks them as not for sale (1 draft, 1 archived, 1 unpublished); publish them in your shop and export again to show them\n');
    const json = JSON.parse(aisle('build', '--feed', join(FEEDS, 'shopify-export.csv'), '--currency', 'USD', '--out', join(tmp, 'drafts-json'), '--json').stdout) as { ok: boolean; products: number; unlisted: Record<string, number>; problems: unknown[]; notes: Array<{ field: string }> };
    expect(json).toMatchObject({ ok: true, products: 4, unlisted: { draft: 1, archived: 1, unpublished: 1 }, problems: [], notes: [{ field: 'status' }] });
  });
  it('--strict exits 1 on any problem', () => {
    const r = aisle('build', '--feed', join(FEEDS, 'bad.csv'), '--out', join(tmp, 'strict'), '--strict');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('aisle build: --strict: 6 problem(s) above; fix them or build without --strict to skip those rows');
  });
  it('exits 1 when nothing is usable', () => {
    const r = aisle('build', '--feed', join(FEEDS, 'truncated.json'), '--out', join(tmp, 'trunc'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('aisle build: truncated.json:3: the JSON ends before it is complete; the file looks truncated. Export it again\n');
    expect(existsSync(join(tmp, 'trunc'))).toBe(false);
  });
  it('exits 2 on usage errors, naming the fix', () => {
    expect(aisle('build', '--out', 'x')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^aisle build: missing --feed: name at least one product feed\n/) });
    expect(aisle('build', '--feed', 'a.json', '--out', 'x', '--currency', 'EURO')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^aisle build: --currency "EURO" is not an ISO 4217 code/) });
    expect(aisle('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^aisle: unknown command "frobnicate"; the commands are build, inspect, describe and embed\./) });
  });
  it('--version and --help', () => {
    const pkg = readJson<{ version: string }>(join(ROOT, 'package.json'));
    expect(aisle('--version')).toMatchObject({ code: 0, stdout: `aisle ${pkg.version}\n` });
    expect(aisle('build', '--help').stdout).toContain('--feed FILE');
  });
});

describe('aisle inspect', () => {
  it('prints counts, chunks and sample products', () => {
    const out = join(tmp, 'inspect');
    aisle('build', '--feed', join(FEEDS, 'merchant.xml'), '--out', out);
    const r = aisle('inspect', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  2 products, 2 variants, 0 orders, 0 FAQ entries, currency GBP\n');
    expect(r.stdout).toContain('    SH-1  Canvas Sneaker  59 GBP  [Shoes > Sneakers]\n');
  });
  it('shows a sample product\'s was-price, rating and attributes', () => {
    const out = join(tmp, 'inspect-shopify');
    aisle('build', '--feed', join(FEEDS, 'shopify-export.csv'), '--currency', 'USD', '--out', out);
    const r = aisle('inspect', out);
    expect(r.stdout).toContain('    ridgeback-mid-hiking-boot  Ridgeback Mid Hiking Boot  159 USD (was 189)  [Apparel & Accessories > Shoes > Hiking Boots]\n');
    expect(r.stdout).toContain('      rated 4.6/5 (128 reviews); condition new, mpn RB-MID-2024, care_instructions Brush off dried mud; re-proof with wax, colour Brown, gender unisex, age_group adult, weight 1.2 kg\n');
  });
  it('exits 1 and says what to do when a chunk is missing', () => {
    const out = join(tmp, 'inspect-broken');
    aisle('build', '--feed', join(FEEDS, 'products.csv'), '--out', out);
    const products = readJson<IndexManifest>(join(out, 'manifest.json')).chunks.find((c) => c.kind === 'products')!;
    unlinkSync(join(out, products.file));
    const r = aisle('inspect', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`  BROKEN: ${products.file}: listed in the manifest but missing; upload the whole folder again\n`);
  });
});
