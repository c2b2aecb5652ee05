// Worker models: the factory the worker calls. Reads the model folder's aisle-model.json and starts the
// matching Embedder: USE-Lite on onnxruntime-web (web-embedder.ts) or transformers.js.
import type { LoadProgress } from '../../protocol/progress.ts';
import type { Embedder } from './embedder.ts';
import { createWebEmbedder, fetchDescriptor } from './web-embedder.ts';

export interface CreateEmbedderOptions {
  /** Absolute URL of the model folder, e.g. `${assetBase}models/use-lite-int8/`. */
  modelBaseUrl: string;
  /** Absolute URL of the ORT runtime files, e.g. `${assetBase}ort/`. */
  ortBaseUrl: string;
  preferWebGpu?: boolean;
  onProgress?: (p: LoadProgress) => void;
  /** USE-Lite int8 only: dequantise per call instead of once at load (for measurements). */
  keepQdq?: boolean;
}

export async function createEmbedder(options: CreateEmbedderOptions): Promise<Embedder> {
  const descriptor = await fetchDescriptor(options.modelBaseUrl);
  switch (descriptor.kind) {
    case 'use-lite':
      return createWebEmbedder({ ...options, descriptor });
    case 'transformers': {
      const { createTransformersEmbedder } = await import('./transformers-embedder.ts');
      const embedder = await createTransformersEmbedder({ modelBaseUrl: options.modelBaseUrl, ortBaseUrl: options.ortBaseUrl, id: descriptor.id, dim: descriptor.dim, backend: 'wasm' });
      options.onProgress?.({ status: 'ready', model: descriptor.id, backend: 'wasm' });
      return embedder;
    }
    default:
      throw new Error(`${options.modelBaseUrl}aisle-model.json: kind '${String(descriptor.kind)}' is not one of: use-lite, transformers`);
  }
}
