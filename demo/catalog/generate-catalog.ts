// Demo catalog: the seeded generator behind the demo shop's feed (products.json) and order history
// (orders.csv). Run as a script it writes both for `aisle build` and demo/site/build-site.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CATEGORIES, type CategorySpec } from './catalog-categories.ts';
import type { FeedProduct } from './feed-product.ts';
import { generateOrders, ordersToCsv, type OrderRow } from './generate-orders.ts';
import { seededRandom, type Random } from './seeded-random.ts';

export type { FeedProduct } from './feed-product.ts';
export type { OrderRow } from './generate-orders.ts';

export interface CatalogOptions {
  products: number;
  orders: number;
  seed: number;
  /** End of the 90-day order window (ms since epoch); fixed by default so a seed gives one answer. */
  now?: number;
}

const DEFAULT_NOW = Date.UTC(2026, 10, 28);

const OPENERS = [
  (p: Parts) => `The ${p.title} is built for everyday wear, in ${p.colour} ${p.material} with ${p.feature}.`,
  (p: Parts) => `Meet the ${p.noun} from ${p.brand}: ${p.adjective.toLowerCase()}, made from ${p.material}, finished in ${p.colour}.`,
  (p: Parts) => `${p.brand} made this ${p.noun.toLowerCase()} in ${p.material} and gave it ${p.feature}.`,
  (p: Parts) => `A ${p.colour} ${p.noun.toLowerCase()} in ${p.material} that shoppers come back to, season after season.`,
];
const MIDDLES = [
  (p: Parts) => `It also has ${p.feature2}.`,
  (p: Parts) => `Details include ${p.feature2}.`,
  (p: Parts) => `Expect ${p.feature2}, and a finish that wears in rather than out.`,
  (p: Parts) => `Our team rated it highly for ${p.feature2}.`,
];
const CLOSERS = [
  (p: Parts) => `Available in ${p.sizes}.`,
  () => 'Free returns within 30 days.',
  (p: Parts) => `Pairs well with our ${p.pairs}.`,
  () => '',
];

interface Parts {
  title: string; brand: string; noun: string; adjective: string; colour: string; material: string;
  feature: string; feature2: string; tag: string; sizes: string; pairs: string;
}

function makeProduct(index: number, spec: CategorySpec, random: Random): FeedProduct {
  const id = `AS${String(10001 + index)}`;
  const brand = random.pick(spec.brands);
  const adjective = random.pick(spec.adjectives);
  const noun = random.pick(spec.nouns);
  const colour = random.pick(spec.colours);
  const material = random.pick(spec.materials);
  const [feature, feature2] = random.sample(spec.features, 2) as [string, string];
  const sizes = spec.sizes.length > 2 ? spec.sizes.slice(random.int(0, 1), spec.sizes.length - random.int(0, 1)) : spec.sizes;
  const title = `${brand} ${adjective} ${noun}`;
  const names = spec.complements.map((s) => CATEGORIES.find((c) => c.slug === s)!.breadcrumb.split('>').pop()!.trim().toLowerCase());
  const pairs = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0] ?? 'other pieces';
  const parts: Parts = { title, brand, noun, adjective, colour, material, feature, feature2, tag: random.pick(spec.tags), sizes: sizes.join(', '), pairs };
  const description = [random.pick(OPENERS)(parts), random.pick(MIDDLES)(parts), random.pick(CLOSERS)(parts)].filter(Boolean).join(' ');
  // Prices as shops set them: whole amounts ending in 9 or .99, skewed toward the cheap end.
  const [low, high] = spec.price;
  const raw = low + (high - low) * Math.pow(random.next(), 1.6);
  const price = random.chance(0.5) ? Math.max(low, Math.round(raw / 5) * 5 - 1) : Math.floor(raw) + 0.99;
  const tags = [...new Set([...random.sample(spec.tags, random.int(2, 3)), colour, material.split(' ').pop()!])];
  return {
    id, title, description, price: Number(price.toFixed(2)), currency: 'USD', category: spec.breadcrumb, brand,
    image: `/img/${id}.svg`, url: `/product/${id}.html`,
    stock: random.chance(0.08) ? 0 : random.int(1, 120),
    tags, colour, size: sizes.join(', '), material,
  };
}

/** The demo shop's products and orders: pure and deterministic for a seed. */
export function generateCatalog(options: CatalogOptions): { products: FeedProduct[]; orders: OrderRow[] } {
  const { products: count, orders, seed } = options;
  if (!Number.isInteger(count) || count < CATEGORIES.length) throw new Error(`generateCatalog: products must be an integer ≥ ${CATEGORIES.length}, got ${count}`);
  if (!Number.isInteger(orders) || orders < 0) throw new Error(`generateCatalog: orders must be a non-negative integer, got ${orders}`);
  const random = seededRandom(seed);
  // Every category first (so a small catalog still covers all twelve), then by category weight.
  const specs = [...CATEGORIES, ...Array.from({ length: count - CATEGORIES.length }, () => random.weighted(CATEGORIES, (c) => c.weight))];
  const products = specs.map((spec, i) => makeProduct(i, spec, random));
  return { products, orders: generateOrders(products, orders, options.now ?? DEFAULT_NOW, random) };
}

function argValue(args: string[], name: string, fallback: string): string {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1]! : fallback;
}

function main(args: string[]): void {
  const products = Number(argValue(args, '--products', '1200'));
  const orders = Number(argValue(args, '--orders', '4000'));
  const seed = Number(argValue(args, '--seed', '42'));
  const out = resolve(argValue(args, '--out', 'demo/dist/data'));
  // Orders end today (UTC midnight), so "trending" and "last 90 days" mean something on the day it runs.
  const today = new Date();
  const now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const catalog = generateCatalog({ products, orders, seed, now });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'products.json'), JSON.stringify(catalog.products, null, 1) + '\n');
  writeFileSync(join(out, 'orders.csv'), ordersToCsv(catalog.orders));
  console.log(`demo catalog: ${catalog.products.length} products, ${catalog.orders.length} order lines → ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'generate-catalog.ts')) main(process.argv.slice(2));
