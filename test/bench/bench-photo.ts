// Benchmark (photo search, `npm run bench` runs it): in Chromium with the built widget (one WASM thread),
// photo attached → answer shown: the first photo (models and image chunks downloaded), then photos with
// the models loaded (median), and a new visit with the models in the Cache API; bytes fetched before
// any photo (must be 0) and for the first one; the vision models' sizes (raw, gzip, brotli); and the
// embedder against its peer, the nsfwjs TF.js original (wasm backend, Node), in the same run.
// Writes bench-results/photo.json.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launch } from '../support/chromium.ts';
import { PHOTO_SHOP, shopperPhoto, startPhotoShop } from '../support/photo-shop.ts';

const root = resolve(import.meta.dirname, '../..');
const quick = process.argv.includes('--quick');
const runs = quick ? 3 : 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const VISION = /\/models\/(mobilenet|ppocr)|\/index\/(imagevectors|imagecolours|imagetags|categoryhead|imagecentre)|\/ort\//;

async function attach(page: Page, file: string): Promise<number> {
  const answers = page.locator('[data-aisle-root] .msg-theirs[data-role="assistant"]');
  const before = await answers.count();
  const started = performance.now();
  await page.locator('[data-aisle-root] input[type="file"]').setInputFiles(file);
  await page.waitForFunction(
    (n) => {
      const root = document.querySelector('[data-aisle-root]')?.shadowRoot;
      const all = root?.querySelectorAll('.msg-theirs[data-role="assistant"]') ?? [];
      return all.length > n && !all[all.length - 1]!.querySelector('.typing');
    },
    before,
    { timeout: 120_000, polling: 16 },
  );
  return performance.now() - started;
}

async function openChat(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => 'Aisle' in window);
  await page.locator('[data-aisle-root] .launcher').click();
  await page.locator('[data-aisle-root] [role="tab"]', { hasText: 'Chat' }).click();
  await page.locator('[data-aisle-root] .chat-photo').waitFor();
}

function modelSizes(): Array<{ file: string; raw: number; gzip: number; brotli: number }> {
  const out = [];
  for (const id of ['mobilenet-v2-int8', 'ppocr-v4-latin-int8']) {
    const dir = join(root, 'models/generated', id);
    for (const f of readdirSync(dir).filter((f) => /\.(onnx|json)$/.test(f) && f !== 'aisle-model.json')) {
      const bytes = readFileSync(join(dir, f));
      out.push({ file: `${id}/${f}`, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }).length });
    }
  }
  return out;
}

async function embedderPeer(): Promise<{ ortMs: number; tfjsMs: number }> {
  const tf = await import('@tensorflow/tfjs-core');
  await import('@tensorflow/tfjs-backend-cpu');
  const { setWasmPaths } = await import('@tensorflow/tfjs-backend-wasm');
  const { loadGraphModel } = await import('@tensorflow/tfjs-converter');
  const { createRequire } = await import('node:module');
  const { dirname } = await import('node:path');
  const { readNsfwjsModel } = await import('../../src/cli/models/vision/nsfwjs-model.ts');
  const { mobileNetNode } = await import('../../src/cli/models/vision/mobilenet-graph.ts');
  const { loadNodeImageEmbedder } = await import('../../src/cli/images/node-vision.ts');
  const { decodeImage } = await import('../../src/cli/images/decode-image.ts');
  const { viewOf, pixelBatch } = await import('../../src/shared/vision/image-views.ts');
  const view = viewOf(await decodeImage(await shopperPhoto(PHOTO_SHOP[0], 1)), 'full');
  const require = createRequire(import.meta.url);
  setWasmPaths(`${join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm')), '..', 'dist')}/`);
  await tf.setBackend('wasm');
  const m = readNsfwjsModel();
  const model = await loadGraphModel(tf.io.fromMemory({ modelTopology: m.modelTopology, weightSpecs: m.weightSpecs as never, weightData: m.weightData }));
  const node = mobileNetNode('feature_vector/SpatialSqueeze');
  const tfTimes: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t = performance.now();
    const input = tf.tensor4d(pixelBatch([view]), [1, 224, 224, 3]);
    const out = model.execute(input, node) as import('@tensorflow/tfjs-core').Tensor;
    await out.data();
    tf.dispose([input, out]);
    tfTimes.push(performance.now() - t);
  }
  const embedder = await loadNodeImageEmbedder();
  const ortTimes: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t = performance.now();
    await embedder.embed([view]);
    ortTimes.push(performance.now() - t);
  }
  await embedder.dispose();
  return { ortMs: median(ortTimes.slice(1)), tfjsMs: median(tfTimes.slice(1)) };
}

const shop = await startPhotoShop();
const session = await launch();
try {
  const photos: string[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const file = join(shop.dir, `photo-${i}.jpg`);
    writeFileSync(file, await shopperPhoto(PHOTO_SHOP[i % PHOTO_SHOP.length], 1 + (i % 3)));
    photos.push(file);
  }
  const page = await session.newPage();
  const sizes = new Map<string, number>();
  let phase: 'before' | 'first' | 'later' = 'before';
  const bytes = { before: 0, first: 0, later: 0 };
  page.on('requestfinished', async (req) => {
    if (!VISION.test(req.url())) return;
    const response = await req.response();
    const n = Number((await response?.allHeaders())?.['content-length'] ?? 0);
    sizes.set(req.url(), n);
    bytes[phase] += n;
  });
  await openChat(page, shop.pageUrl);
  await page.waitForTimeout(1000);
  phase = 'first';
  const firstMs = await attach(page, photos[0]);
  phase = 'later';
  const warm: number[] = [];
  for (const p of photos.slice(1)) warm.push(await attach(page, p));
  await page.close();
  // A new visit: the models come from the Cache API, sessions start again.
  const again = await session.newPage();
  await openChat(again, shop.pageUrl);
  const revisitMs = await attach(again, photos[1]);
  await again.close();
  const peer = await embedderPeer();
  const models = modelSizes();
  const result = {
    date: new Date().toISOString(),
    loadAverage: loadavg(),
    cores: cpus().length,
    runs,
    firstPhotoMs: firstMs,
    warmMedianMs: median(warm),
    warmMs: warm,
    revisitMs,
    bytesBeforePhoto: bytes.before,
    bytesFirstPhoto: bytes.first,
    bytesLaterPhotos: bytes.later,
    filesFirstPhoto: [...sizes.entries()].map(([url, n]) => ({ file: url.replace(shop.assets.url, '/'), bytes: n })),
    models,
    embedderPeer: { ...peer, ratio: peer.tfjsMs / peer.ortMs },
    targets: { warmMedianMs: 1500, bytesBeforePhoto: 0 },
  };
  console.log('\nPhoto search in Chromium (one WASM thread; photo attached → answer shown)');
  console.log(`| first photo (downloads) | warm median (${warm.length}) | new visit (Cache API) | bytes before a photo | bytes for the first photo |\n|---|---|---|---|---|`);
  console.log(`| ${firstMs.toFixed(0)} ms | ${median(warm).toFixed(0)} ms (${warm.map((x) => x.toFixed(0)).join(' ')}) | ${revisitMs.toFixed(0)} ms | ${bytes.before} | ${kb(bytes.first)} |`);
  console.log('\n| vision model file | raw | gzip | brotli |\n|---|---|---|---|');
  for (const m of models) console.log(`| ${m.file} | ${kb(m.raw)} | ${kb(m.gzip)} | ${kb(m.brotli)} |`);
  console.log(`\nMobileNetV2 one view, Node: ORT int8 ${peer.ortMs.toFixed(1)} ms vs TF.js wasm original ${peer.tfjsMs.toFixed(1)} ms (×${(peer.tfjsMs / peer.ortMs).toFixed(1)}); load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results/photo.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await session.dispose();
  await shop.close();
}
