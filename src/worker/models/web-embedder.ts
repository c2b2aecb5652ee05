// Worker models: USE-Lite on onnxruntime-web inside the worker. Loads the model folder (Cache API,
// progress events), runs on WebGPU when asked for and an adapter exists, else on single-threaded WASM.
// Any WebGPU failure falls back to WASM silently (one debug line).
import type * as Ort from 'onnxruntime-web';
import type { LoadProgress } from '../../protocol/progress.ts';
import { SentencePieceTokenizer, type TokenizerData } from '../../shared/tokenizer/sentencepiece-tokenizer.ts';
import type { Embedder, ModelDescriptor } from './embedder.ts';
import { fetchModelFile } from './fetch-model-file.ts';
import { denseBatch, splitRows } from './use-lite-inputs.ts';

type OrtModule = typeof Ort;

export interface WebEmbedderOptions {
  /** Absolute URL of the model folder (aisle-model.json, model.onnx, tokenizer.json), ending with '/'. */
  modelBaseUrl: string;
  /** Absolute URL of the folder serving ORT's ort-wasm-simd-threaded*.mjs/.wasm, ending with '/'. */
  ortBaseUrl: string;
  preferWebGpu?: boolean;
  onProgress?: (p: LoadProgress) => void;
  /** Keep DequantizeLinear live per call instead of folding int8 weights at load (measurements only). */
  keepQdq?: boolean;
  /** Already fetched descriptor (createEmbedder reads it first to pick the implementation). */
  descriptor?: ModelDescriptor;
}

function slash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

export async function fetchDescriptor(modelBaseUrl: string): Promise<ModelDescriptor> {
  const url = `${slash(modelBaseUrl)}aisle-model.json`;
  // Always fresh: it carries the hashes that key the cached model files.
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`model descriptor ${url}: HTTP ${response.status}; check the model name and that models/ is deployed`);
  return (await response.json()) as ModelDescriptor;
}

async function hasWebGpuAdapter(): Promise<boolean> {
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
  if (!gpu) return false;
  try {
    return (await gpu.requestAdapter()) !== null;
  } catch {
    return false;
  }
}

async function loadOrt(backend: 'wasm' | 'webgpu', ortBaseUrl: string): Promise<OrtModule> {
  const ort: OrtModule = backend === 'webgpu' ? await import('onnxruntime-web/webgpu') : await import('onnxruntime-web/wasm');
  ort.env.wasm.wasmPaths = slash(ortBaseUrl);
  // A widget cannot make the shop page cross-origin isolated, so threads are never available.
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  ort.env.logLevel = 'error';
  return ort;
}

async function startSession(ort: OrtModule, backend: 'wasm' | 'webgpu', model: Uint8Array, keepQdq: boolean): Promise<Ort.InferenceSession> {
  return ort.InferenceSession.create(model, {
    executionProviders: [backend],
    graphOptimizationLevel: 'all',
    // Fold the int8 weights to fp32 once at load instead of dequantising them on every call.
    extra: { session: { disable_quant_qdq: keepQdq ? '0' : '1' } },
  });
}

let loggedFallback = false;

export async function createWebEmbedder(options: WebEmbedderOptions): Promise<Embedder> {
  const base = slash(options.modelBaseUrl);
  const descriptor = options.descriptor ?? (await fetchDescriptor(base));
  if (descriptor.kind !== 'use-lite') throw new Error(`${base}aisle-model.json: kind '${descriptor.kind}' is not 'use-lite'; use createEmbedder() to pick the implementation`);
  const file = (name: string): Promise<Uint8Array> =>
    fetchModelFile(`${base}${name}`, { onProgress: options.onProgress, expectedBytes: descriptor.files?.[name]?.bytes, version: descriptor.files?.[name]?.sha256.slice(0, 16) });
  const [modelBytes, tokenizerBytes] = await Promise.all([file('model.onnx'), file('tokenizer.json')]);
  const tokenizer = new SentencePieceTokenizer(JSON.parse(new TextDecoder().decode(tokenizerBytes)) as TokenizerData);

  let backend: 'wasm' | 'webgpu' = options.preferWebGpu && (await hasWebGpuAdapter()) ? 'webgpu' : 'wasm';
  let ort: OrtModule;
  let session: Ort.InferenceSession;
  const run = async (texts: string[]): Promise<Float32Array[]> => {
    const batch = denseBatch(tokenizer, texts, descriptor.maxTokens);
    const out = await session.run({ input_ids: new ort.Tensor('int64', batch.ids, batch.dims), attention_mask: new ort.Tensor('int64', batch.mask, batch.dims) });
    const emb = out.embeddings;
    const data = (await emb.getData()) as Float32Array;
    const rows = splitRows(data, texts.length, descriptor.dim);
    emb.dispose();
    return rows;
  };
  try {
    ort = await loadOrt(backend, options.ortBaseUrl);
    session = await startSession(ort, backend, modelBytes, options.keepQdq ?? false);
    // WebGPU can fail at the first run (unsupported op, lost device): find out now, not on a query.
    if (backend === 'webgpu') await run(['warm up']);
  } catch (err) {
    if (backend === 'wasm') throw err;
    if (!loggedFallback) console.debug(`[aisle] WebGPU unavailable for the encoder, using WASM: ${err instanceof Error ? err.message : String(err)}`);
    loggedFallback = true;
    backend = 'wasm';
    ort = await loadOrt(backend, options.ortBaseUrl);
    session = await startSession(ort, backend, modelBytes, options.keepQdq ?? false);
  }
  options.onProgress?.({ status: 'ready', model: descriptor.id, backend });

  return {
    id: descriptor.id,
    dim: descriptor.dim,
    backend,
    async embed(texts: string[]): Promise<Float32Array[]> {
      return texts.length === 0 ? [] : run(texts);
    },
    async dispose(): Promise<void> {
      await session.release();
    },
  };
}
