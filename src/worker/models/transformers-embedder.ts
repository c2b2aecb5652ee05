// Worker/CLI models: an Embedder over transformers.js `feature-extraction` (mean pooling + normalize)
// for a model folder in the standard transformers.js layout, selected by aisle-model.json
// (kind "transformers"). Local files only: remote models are off and ORT's wasm comes from ortBaseUrl.
import type { Embedder, EmbedderBackend } from './embedder.ts';

export interface TransformersEmbedderOptions {
  /** Node: the model folder on disk. */
  modelDir?: string;
  /** Browser: absolute URL of the model folder, ending with '/'. */
  modelBaseUrl?: string;
  /** Browser: absolute URL of the folder serving ORT's .mjs/.wasm files. */
  ortBaseUrl?: string;
  id: string;
  dim: number;
  backend: EmbedderBackend;
}

function splitFolder(location: string): { parent: string; name: string } {
  const trimmed = location.replace(/\/+$/, '');
  const at = trimmed.lastIndexOf('/');
  return { parent: `${trimmed.slice(0, at)}/`, name: trimmed.slice(at + 1) };
}

export async function createTransformersEmbedder(options: TransformersEmbedderOptions): Promise<Embedder> {
  const location = options.modelDir ?? options.modelBaseUrl;
  if (!location) throw new Error('createTransformersEmbedder: give modelDir (Node) or modelBaseUrl (browser)');
  const { env, pipeline } = await import('@huggingface/transformers');
  const { parent, name } = splitFolder(location);
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = parent;
  if (options.modelBaseUrl && !options.modelDir) {
    const base = new URL(parent);
    if (base.origin === self.location.origin) {
      // transformers.js 4.3 skips its existence check for http(s) local paths, finds no tokenizer and
      // fails later ("this.tokenizer is not a function"): give it the same-origin path instead.
      env.localModelPath = base.pathname;
    } else {
      // Another origin (a CDN-hosted widget): its "remote" loader, pointed at the widget's own model
      // folder. Never the Hugging Face hub.
      env.allowRemoteModels = true;
      env.remoteHost = parent;
      env.remotePathTemplate = '{model}/';
    }
  }
  const onnxEnv = env.backends.onnx as { wasm?: { wasmPaths?: unknown; numThreads?: number } };
  if (options.ortBaseUrl && onnxEnv.wasm) {
    // Never the CDN transformers.js points at by default.
    onnxEnv.wasm.wasmPaths = options.ortBaseUrl.endsWith('/') ? options.ortBaseUrl : `${options.ortBaseUrl}/`;
    onnxEnv.wasm.numThreads = 1;
  }
  const device = options.backend === 'node' ? 'cpu' : options.backend;
  const extractor = await pipeline('feature-extraction', name, { dtype: 'fp32', device });
  return {
    id: options.id,
    dim: options.dim,
    backend: options.backend,
    async embed(texts: string[]): Promise<Float32Array[]> {
      if (texts.length === 0) return [];
      const out = await extractor(texts, { pooling: 'mean', normalize: true });
      const data = out.data as Float32Array;
      const dim = data.length / texts.length;
      if (dim !== options.dim) throw new Error(`${location}: the model gives ${dim}-d vectors but aisle-model.json says dim ${options.dim}`);
      return Array.from({ length: texts.length }, (_, i) => data.slice(i * dim, (i + 1) * dim));
    },
    async dispose(): Promise<void> {
      await extractor.dispose();
    },
  };
}
