// Benchmark (`npm run bench:index`): `aisle build` on seeded generated catalogs of 1k, 10k and 100k
// products with Zipf-distributed orders. Reports build time, peak memory, index bytes per product and
// what a browser downloads before its first recommendation; writes bench-results/index.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { buildIndex } from '../../src/cli/build/build-index.ts';
import { DEFAULT_MODEL, modelAvailable } from '../../src/cli/build/item-vectors.ts';
import type { IndexManifest } from '../../src/protocol/index-format.ts';

const ROOT = join(import.meta.dirname, '../..');

interface Row {
  products: number;
  orderLines: number;
  buildSeconds: number;
  peakRssMB: number;
  indexBytes: number;
  bytesPerProduct: number;
  firstRecBytes: number;
  firstRecGzip: number;
  firstRecBrotli: number;
  chunks: Record<string, number>;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A catalog shaped like a real shop's: departments, categories, brands, colours, sizes, descriptions. */
function generate(n: number, dir: string): void {
  const r = rng(n);
  const pick = <T>(a: T[]): T => a[Math.floor(r() * a.length)];
  const departments = ['Clothing', 'Shoes', 'Home', 'Kitchen', 'Garden', 'Sports', 'Toys', 'Beauty', 'Electronics', 'Books'];
  const nouns = Array.from({ length: 600 }, (_, i) => `item${i.toString(36)}`);
  const adjectives = ['classic', 'light', 'soft', 'compact', 'premium', 'organic', 'slim', 'heavy', 'travel', 'outdoor', 'vintage', 'modern', 'smart', 'wireless', 'waterproof'];
  const colours = ['black', 'white', 'red', 'blue', 'green', 'grey', 'navy', 'beige'];
  const brands = Array.from({ length: 300 }, (_, i) => `Brand ${i}`);
  const products = Array.from({ length: n }, (_, i) => {
    const dept = Math.floor(r() * departments.length);
    const cat = Math.floor(r() * 20);
    const noun = nouns[(dept * 60 + cat * 3 + Math.floor(r() * 3)) % nouns.length];
    const adj = pick(adjectives);
    return {
      id: `SKU-${i}`,
      title: `${adj[0].toUpperCase()}${adj.slice(1)} ${noun} ${pick(colours)}`,
      description: `A ${adj} ${noun} from our ${departments[dept].toLowerCase()} range. ${pick(adjectives)} and ${pick(adjectives)}, made to last.`,
      price: Math.round((5 + r() * 200) * 100) / 100,
      currency: 'EUR',
      category: `${departments[dept]} > ${departments[dept]} ${cat}`,
      brand: pick(brands),
      image: `https://shop.example/img/${i}.jpg`,
      url: `https://shop.example/p/${i}`,
      stock: r() < 0.9 ? Math.floor(r() * 50) + 1 : 0,
      colour: pick(colours),
      tags: [adj, noun],
    };
  });
  const feed = join(dir, 'products.json');
  writeFileSync(feed, JSON.stringify(products));
  // Zipf-like: product k is bought ∝ 1/(k+1); baskets of 1-4 items from one department mostly.
  const lines: string[] = ['order_id,product_id,quantity,timestamp,customer_id'];
  const orderCount = n * 2;
  const start = Date.UTC(2024, 0, 1);
  for (let o = 0; o < orderCount; o++) {
    const size = 1 + Math.floor(r() * 4);
    const t = new Date(start + Math.floor(r() * 180) * 86_400_000).toISOString();
    for (let k = 0; k < size; k++) {
      const item = Math.min(n - 1, Math.floor(Math.pow(n, r()) - 1));
      lines.push(`o${o},SKU-${item},1,${t},c${Math.floor(r() * n)}`);
    }
  }
  const orders = join(dir, 'orders.csv');
  writeFileSync(orders, lines.join('\n'));
}

/** Bytes fetched before the first recommendation: manifest, popularity, and the cards (or the products chunks holding the top items). */
function firstRecommendationBytes(out: string): Buffer {
  const manifestBytes = readFileSync(join(out, 'manifest.json'));
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as IndexManifest;
  const parts = [manifestBytes];
  const pop = manifest.chunks.find((c) => c.kind === 'popularity');
  if (pop) parts.push(readFileSync(join(out, pop.file)));
  const cards = manifest.chunks.find((c) => c.kind === 'cards');
  if (cards) parts.push(readFileSync(join(out, cards.file)));
  else {
    const scores = pop ? (JSON.parse(readFileSync(join(out, pop.file), 'utf8')) as { scores: Record<string, number> }).scores : {};
    const top = new Set(Object.entries(scores).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([id]) => Number(id.slice(4))));
    for (const c of manifest.chunks) if (c.kind === 'products' && [...top].some((i) => i >= (c.from ?? 0) && i < (c.to ?? 0))) parts.push(readFileSync(join(out, c.file)));
  }
  return Buffer.concat(parts);
}

async function child(dir: string): Promise<void> {
  const feed = join(dir, 'products.json');
  const orders = join(dir, 'orders.csv');
  const lines = readFileSync(orders, 'utf8').split('\n').length - 1;
  const out = join(dir, 'index');
  const started = performance.now();
  const { summary } = await buildIndex({ feeds: [feed], orders, out });
  const seconds = (performance.now() - started) / 1000;
  const first = firstRecommendationBytes(out);
  const chunks: Record<string, number> = {};
  for (const c of summary.chunks) chunks[c.kind] = (chunks[c.kind] ?? 0) + c.bytes;
  const row: Row = {
    products: summary.products,
    orderLines: lines,
    buildSeconds: Math.round(seconds * 10) / 10,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    indexBytes: summary.bytes,
    bytesPerProduct: Math.round(summary.bytes / summary.products),
    firstRecBytes: first.length,
    firstRecGzip: gzipSync(first).length,
    firstRecBrotli: brotliCompressSync(first).length,
    chunks,
  };
  process.stdout.write(`${JSON.stringify(row)}\n`);
}

interface VectorRow {
  products: number;
  vectorDim: number | 'full';
  dim: number;
  bytesPerProduct: number;
  recallAt10: number;
  firstBuildSeconds: number;
  cachedRebuildSeconds: number;
}

/** Vectors: full dim and PCA-reduced, int8; recall@10 vs fp32 full dim; a rebuild served from the cache. */
async function vectorBench(n: number): Promise<VectorRow[]> {
  const dir = mkdtempSync(join(tmpdir(), `aisle-bench-vectors-${n}-`));
  generate(n, dir);
  const rows: VectorRow[] = [];
  try {
    for (const vectorDim of [undefined, 128, 96]) {
      const opts = { feeds: [join(dir, 'products.json')], out: join(dir, `index-${vectorDim ?? 'full'}`), model: DEFAULT_MODEL, vectorDim, cacheDir: join(dir, 'cache') };
      let t = performance.now();
      const first = await buildIndex(opts);
      const firstBuildSeconds = (performance.now() - t) / 1000;
      t = performance.now();
      await buildIndex(opts);
      const enc = first.summary.encoder!;
      rows.push({ products: n, vectorDim: vectorDim ?? 'full', dim: enc.dim, bytesPerProduct: Math.round(enc.bytesPerProduct), recallAt10: Math.round(enc.recallAt10 * 1000) / 1000, firstBuildSeconds: Math.round(firstBuildSeconds * 10) / 10, cachedRebuildSeconds: Math.round(((performance.now() - t) / 1000) * 10) / 10 });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

async function run(): Promise<void> {
  const sizes = (process.env.AISLE_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
  const rows: Row[] = [];
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `aisle-bench-${n}-`));
    // Generate, then build in a fresh process, so peak memory (maxRSS) belongs to the build alone.
    const g = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--generate', String(n), dir], { encoding: 'utf8', cwd: ROOT });
    if (g.status !== 0) throw new Error(`generating ${n} products failed:\n${g.stderr}`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', String(n), dir], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 24 });
    rmSync(dir, { recursive: true, force: true });
    if (r.status !== 0) throw new Error(`bench for ${n} products failed:\n${r.stderr}`);
    rows.push(JSON.parse(r.stdout.trim().split('\n').pop()!) as Row);
    const row = rows[rows.length - 1];
    process.stdout.write(`${n} products: ${row.buildSeconds} s, ${row.peakRssMB} MB peak, ${row.bytesPerProduct} B/product, first rec ${(row.firstRecGzip / 1024).toFixed(1)} KB gzip\n`);
  }
  const kb = (b: number) => (b / 1024).toFixed(1);
  console.log('\n| products | order lines | build s | peak MB | index KB | B/product | first rec KB (raw / gzip / br) | chunk KB |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const chunks = Object.entries(r.chunks).map(([k, b]) => `${k} ${kb(b)}`).join(', ');
    console.log(`| ${r.products} | ${r.orderLines} | ${r.buildSeconds} | ${r.peakRssMB} | ${kb(r.indexBytes)} | ${r.bytesPerProduct} | ${kb(r.firstRecBytes)} / ${kb(r.firstRecGzip)} / ${kb(r.firstRecBrotli)} | ${chunks} |`);
  }
  let vectors: VectorRow[] = [];
  if (modelAvailable(DEFAULT_MODEL)) {
    vectors = await vectorBench(Number(process.env.AISLE_BENCH_VECTOR_PRODUCTS ?? 5000));
    console.log('\n| products | stored dim | B/product | recall@10 vs fp32 full dim | first build s | cached rebuild s |');
    console.log('|---|---|---|---|---|---|');
    for (const v of vectors) console.log(`| ${v.products} | ${v.dim} (${v.vectorDim}) | ${v.bytesPerProduct} | ${(v.recallAt10 * 100).toFixed(1)}% | ${v.firstBuildSeconds} | ${v.cachedRebuildSeconds} |`);
  } else {
    console.log(`\nvectors: skipped, no encoder in models/generated/${DEFAULT_MODEL} (npm run models builds it)`);
  }
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results/index.json'), `${JSON.stringify({ createdAt: new Date().toISOString(), node: process.version, rows, vectors }, null, 2)}\n`);
  console.log('\nwrote bench-results/index.json');
}

if (process.argv[2] === '--generate') generate(Number(process.argv[3]), process.argv[4]);
else if (process.argv[2] === '--child') await child(process.argv[4]);
else await run();
