// Benchmark (`npm run bench`): the widget's numbers in one table and bench-results/bench.json:
// bytes on the wire by part, load → first recommendations (cold/warm, median of 5, demo catalog and a
// generated 10k catalog), then the encoder, recommender and chat benchmarks, run as their own processes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleSizes } from './bundle-sizes.ts';
import { measureFirstRecommendations, type FirstRecsResult } from './first-recommendations.ts';

const root = resolve(import.meta.dirname, '../..');
const quick = process.argv.includes('--quick');
const runs = quick ? 2 : 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function sh(command: string, args: string[]): void {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with ${r.status}`);
}

const tsx = join(root, 'node_modules/.bin/tsx');
if (!existsSync(join(root, 'dist/aisle.js')) || !existsSync(join(root, 'demo/dist/index/manifest.json'))) sh(tsx, ['src/cli/setup.ts', '--demo']);

// 1. Sizes.
const sizes = bundleSizes(join(root, 'dist'));
console.log('\nBytes on the wire (dist/)');
console.log('| part | raw | gzip | brotli |\n|---|---|---|---|');
for (const s of sizes) console.log(`| ${s.part} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);

// 2. Load → first recommendations, demo catalog and a generated 10k catalog.
const big = mkdtempSync(join(tmpdir(), 'aisle-bench-10k-'));
sh(tsx, ['demo/catalog/generate-catalog.ts', '--products', '10000', '--orders', '30000', '--out', big]);
sh(process.execPath, ['src/cli/bin.js', 'build', '--feed', join(big, 'products.json'), '--orders', join(big, 'orders.csv'), '--out', join(big, 'index')]);
const firstRecs: FirstRecsResult[] = [];
firstRecs.push(await measureFirstRecommendations('demo (1.2k products)', join(root, 'dist'), join(root, 'demo/dist/index'), runs));
firstRecs.push(await measureFirstRecommendations('generated 10k products', join(root, 'dist'), join(big, 'index'), runs));
rmSync(big, { recursive: true, force: true });
console.log('\nLoad event → first recommendations painted (Chromium, widget on a second origin, ms)');
console.log('| catalog | cold median | warm median | cold runs | warm runs | asset bytes (cold) | model bytes before typing |\n|---|---|---|---|---|---|---|');
for (const r of firstRecs) {
  console.log(`| ${r.catalog} | ${median(r.coldMs).toFixed(0)} | ${median(r.warmMs).toFixed(0)} | ${r.coldMs.map((x) => x.toFixed(0)).join(' ')} | ${r.warmMs.map((x) => x.toFixed(0)).join(' ')} | ${kb(r.coldAssetBytes)} | ${r.modelBytesBeforeTyping} |`);
}

// 3. The encoder and recommender benchmarks write their own JSON; collect it.
const sub: Record<string, unknown> = {};
const subBenches = [
  ['encoder', 'test/bench/bench-encoder.ts'],
  ['recommend', 'test/bench/bench-recommend.ts'],
  ['recommend-browser', 'test/bench/bench-recommend-browser.ts'],
  ['chat', 'test/bench/bench-chat.ts'],
  ['photo', 'test/bench/bench-photo.ts'],
] as const;
for (const [name, script] of process.argv.includes('--widget-only') ? [] : subBenches) {
  if (!existsSync(join(root, script))) continue;
  console.log(`\n${name}:`);
  // A sub-bench that misses one of its own checks still wrote its numbers: report them, don't stop.
  try {
    sh(tsx, [script, ...(quick ? ['--quick'] : [])]);
  } catch (err) {
    console.error(`${name}: ${(err as Error).message}`);
  }
  const out = join(root, 'bench-results', `${name}.json`);
  if (existsSync(out)) sub[name] = JSON.parse(readFileSync(out, 'utf8'));
}

mkdirSync(join(root, 'bench-results'), { recursive: true });
const report = {
  date: new Date().toISOString(),
  runs,
  sizes,
  firstRecommendations: firstRecs.map((r) => ({ ...r, coldMedianMs: median(r.coldMs), warmMedianMs: median(r.warmMs) })),
  targets: { loaderGzipKB: 10, uiGzipKB: 40, coldMs: 300, warmMs: 100, modelBytesBeforeTyping: 0 },
  ...sub,
};
writeFileSync(join(root, 'bench-results/bench.json'), JSON.stringify(report, null, 2));
console.log('\nwrote bench-results/bench.json');
