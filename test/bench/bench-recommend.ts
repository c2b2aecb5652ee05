// Bench (recommender): RecommendationEngine.recommend() latency, warm, per strategy, and a whole page (four
// slots), on generated shops of 10k and 100k products (tables from generated orders through
// buildInteractionTables, a next-item model trained for one epoch (speed, not quality), int8 vectors).
//   npx tsx test/bench/bench-recommend.ts [--sizes 10000,100000] [--json]
import type { Product } from '../../src/protocol/product.ts';
import { STRATEGIES } from '../../src/protocol/recommend.ts';
import { nextItemChunk } from '../../src/cli/build/interaction-chunks.ts';
import { buildInteractionTables, type OrderLine } from '../../src/shared/interaction-tables.ts';
import { decodeNextItem } from '../../src/shared/next-item-model.ts';
import { catalogData } from '../../src/worker/catalog/catalog-data.ts';
import { RecommendationEngine } from '../../src/worker/recommend/engine.ts';

const DIM = 64;
const RUNS = 200;

/** Deterministic PRNG (mulberry32) so every run benches the same shop. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shop(n: number) {
  const rand = rng(n);
  const cats = Math.max(10, Math.round(n / 200));
  const products: Product[] = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`, title: `Product ${i} ${['trail', 'road', 'wool', 'camp', 'lamp'][i % 5]}`, price: 5 + (i % 300), currency: 'EUR',
    categories: ['All', `Cat ${i % cats}`], brand: `Brand ${i % 50}`, inStock: i % 17 !== 0, tags: [], attributes: { colour: ['red', 'blue'][i % 2]! },
  }));
  // Zipf-ish demand: a few products sell a lot, most rarely; customers stay near one category.
  const pick = (): number => Math.min(n - 1, Math.floor(Math.pow(rand(), 2.5) * n));
  const lines: OrderLine[] = [];
  const customers = Math.round(n * 0.6);
  for (let c = 0; c < customers; c++) {
    const base = pick();
    const orders = 1 + Math.floor(rand() * 4);
    for (let o = 0; o < orders; o++) {
      const items = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < items; k++) {
        const id = rand() < 0.6 ? (base + Math.floor(rand() * 5) * cats) % n : pick();
        lines.push({ orderId: `c${c}o${o}`, productId: `p${id}`, customerId: `c${c}`, at: Date.UTC(2025, 0, 1) + (c % 90) * 86_400_000 + o * 3_600_000 });
      }
    }
  }
  const data = new Int8Array(n * DIM);
  for (let i = 0; i < data.length; i++) data[i] = Math.floor(rand() * 255) - 127;
  const vectors = { dim: DIM, scales: new Float32Array(n).fill(1 / 127), data };
  const t0 = performance.now();
  const tables = buildInteractionTables(lines);
  const buildMs = performance.now() - t0;
  const chunk = nextItemChunk(lines.map((l) => ({ ...l, quantity: 1 })), products, { epochs: 1 })!;
  const nextItem = decodeNextItem(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength) as ArrayBuffer, n);
  return { catalog: catalogData(products, { ...tables, vectors, nextItem }), lines: lines.length, buildMs };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const args = process.argv.slice(2);
const sizesArg = args.indexOf('--sizes') >= 0 ? args[args.indexOf('--sizes') + 1] : undefined;
const sizes = (sizesArg ?? '10000,100000').split(',').map(Number);
const json = args.includes('--json');
const results: Array<Record<string, number | string>> = [];
for (const n of sizes) {
  const { catalog, lines, buildMs } = shop(n);
  const engine = new RecommendationEngine(catalog);
  const now = Date.UTC(2025, 3, 1);
  for (let i = 0; i < 30; i++) engine.observe({ type: i % 7 === 0 ? 'cart' : 'view', productId: `p${(i * 7919) % n}`, quantity: 1, at: now - (30 - i) * 60_000 });
  engine.observe({ type: 'search', query: 'trail lamp', at: now - 1000 });
  for (const strategy of STRATEGIES) {
    const req = { strategy, productId: `p${(n / 2) | 0}`, limit: 8 };
    for (let i = 0; i < 20; i++) engine.recommend(req, now); // warm: lazy indexes, JIT
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      engine.recommend(req, now);
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    results.push({ products: n, orderLines: lines, tablesBuildMs: Math.round(buildMs), strategy, medianMs: Number(percentile(ms, 0.5).toFixed(3)), p95Ms: Number(percentile(ms, 0.95).toFixed(3)) });
  }
  // A whole page: for-you, trending and recently viewed on the page, for-you in the panel.
  const page = { slots: [{ key: 'a', strategy: 'for-you' as const }, { key: 'b', strategy: 'trending' as const }, { key: 'c', strategy: 'recently-viewed' as const }, { key: 'd', strategy: 'for-you' as const, panel: true }] };
  for (let i = 0; i < 10; i++) engine.recommendPage(page, now);
  const pageMs: number[] = [];
  for (let i = 0; i < RUNS / 4; i++) {
    const t = performance.now();
    engine.recommendPage(page, now);
    pageMs.push(performance.now() - t);
  }
  pageMs.sort((a, b) => a - b);
  results.push({ products: n, strategy: 'page (4 slots)', medianMs: Number(percentile(pageMs, 0.5).toFixed(3)), p95Ms: Number(percentile(pageMs, 0.95).toFixed(3)) });
  // A track() must be cheap too: the worker calls observe on every event.
  const t = performance.now();
  for (let i = 0; i < 10_000; i++) engine.observe({ type: 'view', productId: `p${i % n}`, at: now + i });
  results.push({ products: n, strategy: 'observe (per event)', medianMs: Number(((performance.now() - t) / 10_000).toFixed(4)), p95Ms: NaN });
}
if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
else {
  process.stdout.write(`${'products'.padStart(9)} ${'strategy'.padEnd(20)}${'median ms'.padStart(11)}${'p95 ms'.padStart(9)}\n`);
  for (const r of results) process.stdout.write(`${String(r.products).padStart(9)} ${String(r.strategy).padEnd(20)}${String(r.medianMs).padStart(11)}${String(Number.isNaN(r.p95Ms) ? '-' : r.p95Ms).padStart(9)}\n`);
  const builds = results.filter((r) => r.tablesBuildMs !== undefined && r.strategy === 'for-you');
  for (const b of builds) process.stdout.write(`tables for ${b.products} products from ${b.orderLines} order lines: ${b.tablesBuildMs} ms\n`);
}
