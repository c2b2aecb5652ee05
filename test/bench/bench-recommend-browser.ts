// Benchmark (`npx tsx test/bench/bench-recommend-browser.ts`): the recommender as a merchant's page sees it, in
// real Chromium with the widget and a generated 10k / 100k index on a second origin: `Aisle.recommend` round trips
// per strategy (median, p95), track → the very next for-you changes, and the worker's JS heap after load and GC
// (CDP on the worker target), plus where that heap goes (the same chunks parsed in Node's V8). Writes
// bench-results/recommend-browser.json. Options: --sizes 10000,100000  --runs 3  --n 200  --quick.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startDemoServers } from '../../demo/server/start-servers.ts';
import type { IndexManifest, ProductsChunk } from '../../src/protocol/index-format.ts';
import { STRATEGIES, type Strategy } from '../../src/protocol/recommend.ts';
import { launch } from '../support/chromium.ts';
import { heapBreakdown, type HeapPart } from './fixtures/heap-breakdown.ts';
import { pageBench, type PageBenchResult } from './fixtures/page-bench.ts';
import { workerHeap, type WorkerHeap } from './fixtures/worker-heap.ts';

const root = resolve(import.meta.dirname, '../..');
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const quick = process.argv.includes('--quick');
const sizes = arg('sizes', '10000,100000').split(',').map(Number);
const runs = Number(arg('runs', quick ? '1' : '3'));
const calls = Number(arg('n', quick ? '50' : '200'));
for (const [name, v] of [['runs', runs], ['n', calls], ...sizes.map((s) => ['sizes', s] as const)] as const) {
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a positive integer, got ${String(v)}`);
}
/** Generated catalogs are kept here between runs (100k takes a minute or two to build); delete to rebuild. */
const TRACK_TRIALS = 20;
const cacheDir = process.env.AISLE_BENCH_CACHE ?? join(tmpdir(), 'aisle-bench-recommend-browser');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const mb = (n: number) => n / 1024 / 1024;

function sh(command: string, args: string[]): void {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with ${r.status}`);
}

/** The demo generator's catalog of `products` items (3 orders per product), built by the real CLI. */
function catalogIndex(products: number): string {
  const dir = join(cacheDir, `c${products}`);
  const index = join(dir, 'index');
  if (!existsSync(join(index, 'manifest.json'))) {
    sh(join(root, 'node_modules/.bin/tsx'), ['demo/catalog/generate-catalog.ts', '--products', String(products), '--orders', String(products * 3), '--out', dir]);
    sh(process.execPath, ['src/cli/bin.js', 'build', '--feed', join(dir, 'products.json'), '--orders', join(dir, 'orders.csv'), '--model', 'none', '--out', index]);
  }
  return index;
}

interface RunResult extends PageBenchResult {
  heapAfterLoad: WorkerHeap;
  heapAfterCalls: WorkerHeap;
}

/** `count` product ids spread evenly over the catalog (a fixed sample, so runs compare). */
function sampleIds(indexDir: string, count: number): string[] {
  const manifest = JSON.parse(readFileSync(join(indexDir, 'manifest.json'), 'utf8')) as IndexManifest;
  const ids = manifest.chunks.filter((c) => c.kind === 'products')
    .flatMap((c) => (JSON.parse(readFileSync(join(indexDir, c.file), 'utf8')) as ProductsChunk).products.map((p) => p.id));
  const stride = ids.length / count;
  return Array.from({ length: count }, (_, i) => ids[Math.floor(i * stride + stride / 2)]!);
}

async function benchRun(page: Page, siteUrl: string, ids: string[]): Promise<RunResult> {
  await page.goto(siteUrl);
  // Until the full catalog is in, similar waits for it (see AisleWorker.recommend): this is the moment
  // the worker holds everything it will hold.
  const fullCatalogMs = await page.evaluate(`(async () => { const t = performance.now(); await window.Aisle.recommend({ strategy: 'similar', productId: ${JSON.stringify(ids[0])} }); return performance.now() - t; })()`) as number;
  const heapAfterLoad = await workerHeap(page);
  const result = await page.evaluate(pageBench({ ids, calls, strategies: [...STRATEGIES], trials: TRACK_TRIALS })) as PageBenchResult;
  const heapAfterCalls = await workerHeap(page);
  return { ...result, fullCatalogMs, heapAfterLoad, heapAfterCalls };
}

interface SizeResult {
  products: number;
  runs: RunResult[];
  /** Medians over runs of each run's median / p95 (ms). */
  perStrategy: Record<Strategy, { median: number; p95: number; first: number; max: number }>;
  trackThenForYou: { median: number; p95: number; changed: string };
  heapAfterLoadMB: number;
  /** JS heap + ArrayBuffer backing stores, after load and GC: the number held against the 50 MB target. */
  memoryAfterLoadMB: number;
  heapAfterCallsMB: number;
  breakdown: HeapPart[];
}

const siteDir = join(root, 'test/bench/fixtures/site');
const results: SizeResult[] = [];
const failures: string[] = [];
const loadBefore = loadavg();
for (const products of sizes) {
  const indexDir = catalogIndex(products);
  const ids = sampleIds(indexDir, 200);
  const servers = await startDemoServers({ siteDir, widgetDir: join(root, 'dist'), indexDir });
  const runResults: RunResult[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const session = await launch();
      try {
        runResults.push(await benchRun(await session.newPage(), servers.siteUrl, ids));
        if (session.pageErrors.length) throw new Error(`page errors: ${session.pageErrors.join('; ')}`);
      } finally {
        await session.dispose();
      }
    }
  } finally {
    await servers.close();
  }
  const perStrategy = Object.fromEntries(STRATEGIES.map((s) => [s, {
    median: median(runResults.map((r) => r.timings[s].median)),
    p95: median(runResults.map((r) => r.timings[s].p95)),
    first: median(runResults.map((r) => r.timings[s].first)),
    max: median(runResults.map((r) => r.timings[s].max)),
  }])) as SizeResult['perStrategy'];
  const changed = runResults.map((r) => `${r.trackChanged}/${r.trackTrials}`).join(' ');
  // Checked after the numbers are written, so one miss still leaves the whole report behind.
  for (const r of runResults) {
    if (r.trackChanged !== r.trackTrials) failures.push(`${products} products: for-you did not change on the very next call after track() in ${r.trackTrials - r.trackChanged} of ${r.trackTrials} trials (viewed ${r.unchangedAfter.join(', ')})`);
    for (const s of ['similar', 'trending', 'for-you'] as const) {
      if (r.empty[s] > 0) failures.push(`${products} products: ${s} returned no products in ${r.empty[s]} of ${calls} calls`);
    }
  }
  results.push({
    products,
    runs: runResults,
    perStrategy,
    trackThenForYou: { median: median(runResults.map((r) => r.trackThenForYou.median)), p95: median(runResults.map((r) => r.trackThenForYou.p95)), changed },
    heapAfterLoadMB: mb(median(runResults.map((r) => r.heapAfterLoad.usedSize))),
    memoryAfterLoadMB: mb(median(runResults.map((r) => r.heapAfterLoad.usedSize + r.heapAfterLoad.backingStorageSize))),
    heapAfterCallsMB: mb(median(runResults.map((r) => r.heapAfterCalls.usedSize))),
    breakdown: await heapBreakdown(indexDir),
  });
}
const loadAfter = loadavg();

console.log(`\nAisle.recommend round trip in Chromium (page → worker → page), ms; ${calls} calls per strategy, median of ${runs} run(s)`);
console.log(`| strategy | ${sizes.map((s) => `${s / 1000}k median | p95 | first call | max`).join(' | ')} |\n|---|${sizes.map(() => '---|---|---|---|').join('')}`);
for (const s of STRATEGIES) {
  const cells = results.map((r) => [r.perStrategy[s].median, r.perStrategy[s].p95, r.perStrategy[s].first, r.perStrategy[s].max].map((x) => x.toFixed(1)).join(' | '));
  console.log(`| ${s} | ${cells.join(' | ')} |`);
}
console.log(`(calls that returned no products: ${results.map((r) => `${r.products / 1000}k ${STRATEGIES.map((s) => `${s} ${r.runs.reduce((n, x) => n + x.empty[s], 0)}`).join(', ')}`).join('; ')})`);
console.log(`| for-you right after track() | ${results.map((r) => `${r.trackThenForYou.median.toFixed(1)} | ${r.trackThenForYou.p95.toFixed(1)} | | `).join(' | ')} |`);
console.log(`\nfor-you changed on the very next call after track(): ${results.map((r) => `${r.products / 1000}k ${r.trackThenForYou.changed}`).join(', ')}`);
console.log('\nWorker JS heap (CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage), MB');
console.log('| products | JS heap after full load | + ArrayBuffers | JS heap after the calls | first similar call, waiting for the full catalog (ms) |\n|---|---|---|---|---|');
for (const r of results) console.log(`| ${r.products} | ${r.heapAfterLoadMB.toFixed(1)} | ${r.memoryAfterLoadMB.toFixed(1)} | ${r.heapAfterCallsMB.toFixed(1)} | ${median(r.runs.map((x) => x.fullCatalogMs)).toFixed(0)} |`);
console.log('\nWhere the memory goes (same chunks in Node V8: heap + ArrayBuffers retained after GC; no pointer compression, so objects read larger than in Chromium), MB');
console.log(`| part | ${sizes.map((s) => `${s / 1000}k`).join(' | ')} |\n|---|${sizes.map(() => '---|').join('')}`);
for (const [i, part] of (results[0]?.breakdown ?? []).entries()) console.log(`| ${part.part} | ${results.map((r) => mb(r.breakdown[i]?.bytes ?? NaN).toFixed(1)).join(' | ')} |`);
console.log(`\nload average before ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${loadAfter.map((x) => x.toFixed(2)).join(' ')}`);

const targets = results.map((r) => ({
  products: r.products,
  worstP95Ms: Math.max(...STRATEGIES.map((s) => r.perStrategy[s].p95)),
  p95Target: 10,
  heapMB: r.memoryAfterLoadMB,
  heapTarget: 50,
}));
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/recommend-browser.json'), `${JSON.stringify({ date: new Date().toISOString(), runs, calls, loadBefore, loadAfter, targets, failures, results }, null, 2)}\n`);
console.log('wrote bench-results/recommend-browser.json');
if (failures.length) {
  console.error(`\nFAILED:\n${failures.join('\n')}`);
  process.exitCode = 1;
}
