// Worker: starts the sentence encoder named by the configuration, from the widget's own asset folder
// (models under models/, the runtime under ort/), never from anywhere else. Imported lazily, so the
// worker starts without any ML code and the first recommendations never wait for it.
import type { LoadProgress } from '../protocol/progress.ts';
import type { WorkerInit } from '../protocol/worker-api.ts';
import type { Embedder } from './models/embedder.ts';

/** The smallest valid module (magic number and version): compiling it is what a page's CSP allows or not. */
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/**
 * Why WebAssembly cannot run here, or null when it can. Checked before anything is downloaded: without
 * 'wasm-unsafe-eval' the runtime would fetch 14 MB of .wasm and the 7.5 MB model only to fail compiling.
 */
export function wasmBlocked(): string | null {
  if (typeof WebAssembly === 'undefined') return 'this browser has no WebAssembly';
  try {
    new WebAssembly.Module(EMPTY_MODULE);
    return null;
  } catch (err) {
    return `the page's Content Security Policy does not allow WebAssembly; add 'wasm-unsafe-eval' to its script-src (${(err as Error).message})`;
  }
}

export async function createWorkerEmbedder(init: WorkerInit, onProgress: (p: LoadProgress) => void): Promise<Embedder> {
  const blocked = wasmBlocked();
  if (blocked) throw new Error(blocked);
  const { createEmbedder } = await import('./models/create-embedder.ts');
  return createEmbedder({
    modelBaseUrl: `${init.assetBase}models/${encodeURIComponent(init.model)}/`,
    ortBaseUrl: `${init.assetBase}ort/`,
    preferWebGpu: init.webgpu === true,
    onProgress,
  });
}
