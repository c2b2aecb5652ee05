// `aisle build` on a careless or hostile feed, as a merchant runs it (the real bin on real files):
// site paths the browser would read as another host, runaway text, terminal control sequences in
// messages, and product ids that are Object.prototype's property names.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CardsChunk, FaqChunk, IndexManifest, PairTableChunk, PopularityChunk, ProductsChunk } from '../../src/protocol/index-format.ts';
import { checkUrl } from '../../src/cli/build/clean-text.ts';
import { terminalText } from '../../src/cli/build/terminal-text.ts';
import { TEXT_LIMITS, capText } from '../../src/shared/text-limits.ts';
import { recorder } from '../support/hardening-summary.ts';

// Recorded for the hardening summary too (the CLI is where feed text first arrives).
const rec = recorder('cli');
afterAll(() => rec.write());
/** A test whose assertions also count as one hardening check of the CLI. */
const checked = (name: string, fn: () => void) => it(name, () => rec.check('aisle build (CLI)', name, fn));

const ROOT = join(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'aisle-cli-hardening-'));

function build(name: string, feed: unknown, extra: { orders?: string; faq?: string } = {}): { code: number | null; stdout: string; stderr: string; out: string } {
  const dir = join(tmp, name);
  const feedFile = `${dir}-feed.json`;
  writeFileSync(feedFile, JSON.stringify(feed));
  const args = ['src/cli/bin.js', 'build', '--feed', feedFile, '--model', 'none', '--currency', 'EUR', '--out', dir];
  if (extra.orders) {
    writeFileSync(`${dir}-orders.csv`, extra.orders);
    // Tiny order files: every pair kept (the privacy floor and the bought-together filters, which
    // bought-together-filter.test.ts covers, would drop pairs that every order holds: lift 1).
    args.push('--orders', `${dir}-orders.csv`, '--min-support', '1', '--min-lift', '0', '--min-category-customers', '0');
  }
  if (extra.faq) {
    writeFileSync(`${dir}-faq.md`, extra.faq);
    args.push('--faq', `${dir}-faq.md`);
  }
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, out: dir };
}

function chunk<T>(out: string, kind: string): T {
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as IndexManifest;
  const ref = manifest.chunks.find((c) => c.kind === kind);
  if (!ref) throw new Error(`no ${kind} chunk in ${out}`);
  return JSON.parse(readFileSync(join(out, ref.file), 'utf8')) as T;
}

const product = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: `Product ${id}`, price: 10, category: 'Shoes', ...extra });

describe('site paths that browsers read as another host', () => {
  checked('are refused: backslash, tab or newline after the slash, and control characters anywhere', () => {
    for (const bad of ['/\\evil.test/a.png', '/\t/evil.test/a.png', '/\\\\evil.test', '/\n/evil.test/x', 'https://shop.example/a\u0000b', '/a\u001bb']) {
      const r = checkUrl(bad, true);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
    }
    expect(checkUrl('/products/red-shoe?colour=red#top', true)).toEqual({ ok: true, url: '/products/red-shoe?colour=red#top' });
    expect(checkUrl('//cdn.example/a.png', true)).toEqual({ ok: true, url: 'https://cdn.example/a.png' });
    // An encoded backslash is not one: the browser keeps %5C in the path.
    expect(checkUrl('/a/%5Cb.png', true)).toEqual({ ok: true, url: '/a/%5Cb.png' });
  });

  checked('leave the product in the index without that image or link, with a warning naming the field', () => {
    const r = build('urls', [product('p1', { image: '/\\evil.test/a.png', url: '/\tevil' }), product('p2', { image: '/img/p2.png', url: '/products/p2' })]);
    expect(r.code).toBe(0);
    const products = chunk<ProductsChunk>(r.out, 'products').products;
    expect(products.find((p) => p.id === 'p1')).not.toHaveProperty('image');
    expect(products.find((p) => p.id === 'p1')).not.toHaveProperty('url');
    expect(products.find((p) => p.id === 'p2')).toMatchObject({ image: '/img/p2.png', url: '/products/p2' });
    expect(r.stderr).toContain('field "image": "/\\evil.test/a.png" holds a backslash or a control character');
    expect(r.stderr).toContain('field "url": "/\\tevil" holds a backslash or a control character');
  });
});

describe('text caps', () => {
  checked('cut a 1 MB title (and every other long field) to the index limits, with one warning each', () => {
    const huge = 'A'.repeat(1 << 20);
    const r = build('caps', [
      product('long', { title: huge, description: 'd'.repeat(10_000), brand: 'b'.repeat(500), tags: Array.from({ length: 200 }, (_, i) => `tag${i}`), colour: 'c'.repeat(1000) }),
      product('short'),
    ]);
    expect(r.code).toBe(0);
    const long = chunk<ProductsChunk>(r.out, 'products').products.find((p) => p.id === 'long')!;
    expect(long.title.length).toBeLessThanOrEqual(TEXT_LIMITS.title);
    expect(long.title.endsWith('…')).toBe(true);
    expect(long.description!.length).toBeLessThanOrEqual(TEXT_LIMITS.description);
    expect(long.brand!.length).toBeLessThanOrEqual(TEXT_LIMITS.brand);
    expect(long.tags).toHaveLength(TEXT_LIMITS.tags);
    expect(long.attributes.colour!.length).toBeLessThanOrEqual(TEXT_LIMITS.attributeValue);
    // The light cards chunk carries the same cut title.
    expect(chunk<CardsChunk>(r.out, 'cards').products.find((p) => p.id === 'long')!.title).toBe(long.title);
    expect(r.stderr).toContain(`field "title": 1,048,576 characters for product "long"; kept the first ${TEXT_LIMITS.title}`);
    for (const field of ['description', 'brand', 'tags', 'attributeValue']) expect(r.stderr).toContain(`field "${field}"`);
    const untouched = chunk<ProductsChunk>(r.out, 'products').products.find((p) => p.id === 'short')!;
    expect(untouched.title).toBe('Product short');
  });

  checked('refuse an id over the limit (a cut id could collide with another)', () => {
    const r = build('long-id', [product('x'.repeat(TEXT_LIMITS.id + 1)), product('ok')]);
    expect(r.code).toBe(0);
    expect(chunk<ProductsChunk>(r.out, 'products').products.map((p) => p.id)).toEqual(['ok']);
    expect(r.stderr).toContain(`${TEXT_LIMITS.id + 1} characters long; ids of up to ${TEXT_LIMITS.id} characters are kept`);
  });

  checked('cut FAQ answers too', () => {
    const r = build('faq-caps', [product('p1')], { faq: `# Shipping\n\n${'We ship fast. '.repeat(1000)}\n` });
    expect(r.code).toBe(0);
    const entry = chunk<FaqChunk>(r.out, 'faq').entries[0]!;
    expect(entry.answer.length).toBeLessThanOrEqual(TEXT_LIMITS.faqAnswer);
    expect(r.stderr).toContain('field "answer"');
  });

  checked('never split a character in two', () => {
    expect(capText('😀'.repeat(10), 5)).toBe('😀😀…');
    expect(capText('ab😀cd', 4)).toBe('ab…');
    expect(capText('short', 5)).toBe('short');
  });
});

describe('messages printed to the terminal', () => {
  checked('show control characters from the feed as escapes, never raw: no ESC sequence, no fake line', () => {
    const spoof = '\u001b[2J\u001b[H aisle build: 0 problems, build succeeded\n\u202eevil';
    const r = build('escapes', [product('p1', { price: `12,99${spoof}` }), product(`id${spoof}`, { price: 'free' }), product('p3')]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(r.stderr).toContain('\\x1b[2J\\x1b[H aisle build: 0 problems, build succeeded\\n\\u202eevil');
    // Every message is one line: the value's newline did not start a line of its own.
    expect(r.stderr.split('\n').filter((l) => l.startsWith(' aisle build'))).toEqual([]);
    expect(terminalText('tab\there')).toBe('tab\\there');
  });

  checked('in --json output too (still valid JSON, decoding to the same text)', () => {
    const dir = join(tmp, 'escapes-json');
    writeFileSync(`${dir}.json`, JSON.stringify([product('p1', { price: 'x\u009b31m' }), product('p2')]));
    const r = spawnSync(process.execPath, ['src/cli/bin.js', 'build', '--feed', `${dir}.json`, '--model', 'none', '--out', dir, '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).not.toMatch(/[\u007f-\u009f]/);
    const parsed = JSON.parse(r.stdout) as { problems: Array<{ message: string }> };
    expect(parsed.problems.some((p) => p.message.includes('x\u009b31m'))).toBe(true);
  });
});

describe('product ids that are Object.prototype property names', () => {
  const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
  const orders = ['order_id,product_id', ...Array.from({ length: 6 }, (_, o) => [`${o},__proto__`, `${o},constructor`, `${o},plain`]).flat()].join('\n');
  const r = build('proto', [...ids.map((id) => product(id)), product('plain'), product('unsold')], { orders });
  const products = () => chunk<ProductsChunk>(r.out, 'products').products;

  checked('keep every product and its attributes', () => {
    expect(r.code).toBe(0);
    expect(products().map((p) => p.id).sort()).toEqual([...ids, 'plain', 'unsold'].sort());
    expect(products().every((p) => Object.getPrototypeOf(p.attributes) === Object.prototype)).toBe(true);
  });

  checked('rank a product named "toString" by its own popularity (none), not by Object.prototype.toString', () => {
    // The cards chunk is ordered by popularity: the three products sold (in every order) come first.
    const order = chunk<CardsChunk>(r.out, 'cards').products.map((p) => p.id);
    expect(order.slice(0, 3).sort()).toEqual(['__proto__', 'constructor', 'plain']);
  });

  // The shared table builder (src/shared/interaction-tables.ts, pair-counts.ts) keys its tables by own
  // properties: `scores[id] = v` with id "__proto__" would set the object's prototype and lose the row.
  checked('keep the popularity and bought-together rows of a product whose id is "__proto__"', () => {
    const popularity = chunk<PopularityChunk>(r.out, 'popularity');
    expect(Object.hasOwn(popularity.scores, '__proto__')).toBe(true);
    const together = chunk<PairTableChunk>(r.out, 'copurchase');
    expect(Object.hasOwn(together.pairs, '__proto__')).toBe(true);
    expect((together.pairs['constructor' as string] ?? []).map(([id]) => id)).toContain('__proto__');
  });

  checked('keep the rows of "constructor" (which plain assignment does not lose)', () => {
    const popularity = chunk<PopularityChunk>(r.out, 'popularity');
    expect(Object.hasOwn(popularity.scores, 'constructor')).toBe(true);
    expect(chunk<PairTableChunk>(r.out, 'copurchase').pairs.plain!.map(([id]) => id)).toContain('constructor');
  });
});
