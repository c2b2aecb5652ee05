// Encoder in real Chromium: the fixture page starts a module worker that runs createEmbedder on
// onnxruntime-web, served the way the widget's dist/ is (ORT under /ort/, models under /models/).
// WASM vs the Node embedder, the Cache API on a second visit, the silent WebGPU fallback, and WebGPU
// (SwiftShader with --enable-unsafe-webgpu) agreeing with WASM.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../src/protocol/config.ts';
import { buildUseLiteModels } from '../../src/cli/models/build-models.ts';
import { GENERATED_DIR } from '../../src/cli/models/model-paths.ts';
import { buildTinyModel } from '../../src/cli/models/build-tiny-model.ts';
import { createNodeEmbedder, createNodeUseLiteEmbedder } from '../../src/cli/models/node-embedder.ts';
import { externalRequests, launch, type Session } from '../support/chromium.ts';
import { buildEncoderFixture, type EncoderFixture } from './fixtures/encoder/build-fixture.ts';
import type { LoadResult } from './fixtures/encoder/encoder-worker.ts';

const TEXTS = ['red running shoes', 'wireless noise cancelling headphones', '', 'what is your return policy?', '日本語のテキスト 😀', 'word '.repeat(200)];
let fixture: EncoderFixture;
let nodeRows: Float32Array[];

const cosine = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i] * b[i];
  return dot;
};

async function openFixture(session: Session): Promise<Page> {
  const page = await session.newPage();
  await page.goto(fixture.pageUrl);
  await page.waitForFunction(() => document.title === 'ready');
  return page;
}

async function load(page: Page, model: string, preferWebGpu: boolean, ortBaseUrl = fixture.ortBaseUrl): Promise<LoadResult> {
  return page.evaluate(([modelBaseUrl, ort, prefer]) => window.encoder.load({ modelBaseUrl, ortBaseUrl: ort, preferWebGpu: prefer }), [`${fixture.modelsUrl}${model}/`, ortBaseUrl, preferWebGpu] as const);
}

const embed = (page: Page, texts: string[]): Promise<number[][]> => page.evaluate((t) => window.encoder.embed(t), texts);

beforeAll(async () => {
  buildUseLiteModels();
  buildTinyModel();
  fixture = await buildEncoderFixture();
  const node = await createNodeUseLiteEmbedder(join(GENERATED_DIR, 'use-lite-int8'));
  nodeRows = await node.embed(TEXTS);
  await node.dispose();
});
afterAll(() => fixture?.close());

describe('encoder in a Chromium worker', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(() => session?.dispose());

  it('embeds on WASM like the Node embedder, with progress events and nothing fetched off this machine', async () => {
    const page = await openFixture(session);
    const result = await load(page, 'use-lite-int8', false);
    expect(result.backend).toBe('wasm');
    expect(result.id).toBe('use-lite-int8');
    const statuses = result.progress.map((p) => p.status);
    expect(statuses).toContain('initiate');
    expect(statuses).toContain('progress');
    expect(statuses[statuses.length - 1]).toBe('ready');
    const last = result.progress.filter((p) => p.status === 'progress' && p.file === 'model.onnx').pop();
    expect(last && last.status === 'progress' && last.loaded === last.total).toBe(true);
    const rows = await embed(page, TEXTS);
    expect(rows).toHaveLength(TEXTS.length);
    rows.forEach((r, i) => expect(cosine(r, nodeRows[i]), TEXTS[i]).toBeGreaterThan(0.9999));
    expect(externalRequests(session.requests)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await page.close();
  });

  it('runs the default model (int8 with fp16) and the smallest useful one (int6) on WASM, close to int8 in Node', async () => {
    for (const [model, floor] of [[DEFAULT_MODEL, 0.999], ['use-lite-int6', 0.985]] as const) {
      const page = await openFixture(session);
      const result = await load(page, model, false);
      expect(result.backend).toBe('wasm');
      const rows = await embed(page, TEXTS);
      rows.forEach((r, i) => expect(cosine(r, nodeRows[i]), `${model}: ${TEXTS[i]}`).toBeGreaterThan(floor));
      await page.close();
    }
  });

  it('reads the model from the Cache API on a second visit', async () => {
    const modelHits = (): number => fixture.server.hits.filter((h) => h === '/models/use-lite-int8/model.onnx').length;
    const before = modelHits();
    expect(before).toBeGreaterThan(0);
    const page = await openFixture(session);
    const result = await load(page, 'use-lite-int8', false);
    expect(modelHits()).toBe(before);
    expect(result.progress.map((p) => p.status)).not.toContain('download');
    expect(cosine((await embed(page, [TEXTS[0]]))[0], nodeRows[0])).toBeGreaterThan(0.9999);
    await page.close();
  });

  it('falls back to WASM silently when WebGPU is preferred but there is no adapter', async () => {
    const page = await openFixture(session);
    const hasAdapter = await page.evaluate(async () => Boolean(await (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu?.requestAdapter()));
    expect(hasAdapter).toBe(false);
    const result = await load(page, 'use-lite-int8', true);
    expect(result.backend).toBe('wasm');
    expect(cosine((await embed(page, [TEXTS[1]]))[0], nodeRows[1])).toBeGreaterThan(0.9999);
    expect(session.consoleErrors).toEqual([]);
    await page.close();
  });

  it('runs a transformers.js model folder (kind "transformers") from local files only', async () => {
    const page = await openFixture(session);
    const result = await load(page, 'tiny-bert', false);
    expect(result.id).toBe('tiny-bert');
    const rows = await embed(page, ['Red headphones, warm coats!', 'blue shoe']);
    const node = await createNodeEmbedder(join(GENERATED_DIR, 'tiny-bert'));
    const expected = await node.embed(['Red headphones, warm coats!', 'blue shoe']);
    await node.dispose();
    rows.forEach((r, i) => expect(cosine(r, expected[i])).toBeGreaterThan(0.99999));
    expect(externalRequests(session.requests)).toEqual([]);
    await page.close();
  });
});

describe('encoder on WebGPU (SwiftShader)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ args: ['--enable-unsafe-webgpu'] });
  });
  afterAll(() => session?.dispose());

  it('runs on WebGPU and agrees with WASM', async () => {
    const page = await openFixture(session);
    const result = await load(page, 'use-lite-int8', true);
    expect(result.debugLogs).toEqual([]);
    expect(result.backend).toBe('webgpu');
    // SwiftShader is a CPU emulation of a GPU: keep the texts few and short.
    const texts = TEXTS.slice(0, 5);
    const gpuRows = await embed(page, texts);
    await load(page, 'use-lite-int8', false);
    const wasmRows = await embed(page, texts);
    gpuRows.forEach((r, i) => expect(cosine(r, wasmRows[i]), TEXTS[i]).toBeGreaterThanOrEqual(0.999));
    expect(externalRequests(session.requests)).toEqual([]);
    await page.close();
  });

  it('falls back to WASM when the WebGPU runtime fails to start, with one debug line', async () => {
    const page = await openFixture(session);
    const result = await load(page, 'use-lite-int8', true, fixture.ortWasmOnlyUrl);
    expect(result.backend).toBe('wasm');
    expect(result.debugLogs).toHaveLength(1);
    expect(result.debugLogs[0]).toContain('WebGPU unavailable');
    expect(cosine((await embed(page, [TEXTS[0]]))[0], nodeRows[0])).toBeGreaterThan(0.9999);
    await page.close();
  });
});
