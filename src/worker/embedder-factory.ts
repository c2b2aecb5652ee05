// Worker: starts the sentence encoder named by the configuration, from the widget's own asset folder
// (models under models/, the runtime under ort/), never from anywhere else. Imported lazily, so the
// worker starts without any ML code and the first recommendations never wait for it.
import type { LoadProgress } from '../protocol/progress.ts';
import type { WorkerInit } from '../protocol/worker-api.ts';
import type { Embedder } from './models/embedder.ts';

export async function createWorkerEmbedder(init: WorkerInit, onProgress: (p: LoadProgress) => void): Promise<Embedder> {
  const { createEmbedder } = await import('./models/create-embedder.ts');
  return createEmbedder({
    modelBaseUrl: `${init.assetBase}models/${encodeURIComponent(init.model)}/`,
    ortBaseUrl: `${init.assetBase}ort/`,
    preferWebGpu: init.webgpu === true,
    onProgress,
  });
}
