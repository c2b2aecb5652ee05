// Project setup behind the README's two commands (`npm run demo`, `npm test`): builds whatever is
// missing or stale, in order: Debian's Chromium (tests only), the models (converted from the npm
// package), the widget (dist/), the demo catalog, its index (with the project's own CLI) and site.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const args = new Set(process.argv.slice(2));
const forTests = args.has('--test');
const force = args.has('--force');

function run(title: string, command: string, commandArgs: string[], env: Record<string, string> = {}): void {
  const started = Date.now();
  process.stdout.write(`aisle setup: ${title}…\n`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`aisle setup: "${title}" failed (exit ${result.status ?? result.signal}). Command: ${command} ${commandArgs.join(' ')}`);
    process.exit(1);
  }
  process.stdout.write(`aisle setup: ${title} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

/** Newest modification time under a path (files only), 0 when missing. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), 0);
}

function stale(output: string, inputs: string[]): boolean {
  return force || !existsSync(output) || inputs.some((i) => newest(resolve(root, i)) > newest(output));
}

function ensureChromium(): void {
  if (existsSync('/usr/bin/chromium')) return;
  if (process.getuid?.() !== 0) {
    console.error('aisle setup: browser tests need Debian\'s Chromium. Install it with: sudo apt-get install -y chromium');
    process.exit(1);
  }
  run('installing Debian Chromium for the browser tests', 'bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']);
}

if (forTests) ensureChromium();

const tsx = resolve(root, 'node_modules/.bin/tsx');
const vite = resolve(root, 'node_modules/vite/bin/vite.js');
run('models (USE-Lite → ONNX, tiny fixture model)', tsx, ['src/cli/models/build-models.ts']);

const dist = resolve(root, 'dist/aisle.js');
if (stale(dist, ['src', 'models/generated', 'models/intents', 'vite.config.ts', 'package.json'])) {
  run('widget build (modules)', process.execPath, [vite, 'build', '--logLevel', 'warn']);
  run('widget build (loader)', process.execPath, [vite, 'build', '--logLevel', 'warn'], { AISLE_BUILD: 'loader' });
}

const data = resolve(root, 'demo/dist/data');
if (stale(join(data, 'products.json'), ['demo/catalog'])) {
  run('demo catalog (seeded generator)', tsx, ['demo/catalog/generate-catalog.ts', '--products', '1200', '--orders', '4000', '--out', 'demo/dist/data']);
}
const index = resolve(root, 'demo/dist/index');
if (stale(join(index, 'manifest.json'), ['demo/dist/data/products.json', 'demo/content', 'demo/site/product-image.ts', 'src/cli', 'src/shared', 'src/protocol', 'src/worker/assistant/retrieve/faq-sentences.ts', 'src/worker/assistant/retrieve/faq-headings.ts', 'models/generated'])) {
  // The shop's pictures, so the index gets image features (photo search, "looks similar"); no OCR: they carry no print.
  // No shelf scenes either: 16 a picture is about 20 min of CPU for 1,200 drawn pictures, too slow for setup.
  run('demo product pictures', tsx, ['demo/site/write-product-images.ts', '--data', 'demo/dist/data']);
  run('demo index (aisle build)', process.execPath, [
    'src/cli/bin.js', 'build',
    '--feed', 'demo/dist/data/products.json',
    '--orders', 'demo/dist/data/orders.csv',
    '--faq', 'demo/content/policies.md',
    '--rules', 'demo/content/rules.json',
    '--images', '--image-root', 'demo/dist/data', '--no-ocr', '--image-scenes', '0', '--cache', 'demo/dist/.aisle-cache',
    '--out', 'demo/dist/index',
  ]);
}
