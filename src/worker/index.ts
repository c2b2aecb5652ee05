// Worker entry: exposes the AisleWorker through comlink, and nothing else.
import * as Comlink from 'comlink';
import { AisleWorker } from './aisle-worker.ts';
import { createWorkerEmbedder } from './embedder-factory.ts';

// onnxruntime-web may start this file again as a pthread helper: only the real worker exposes the API.
if (!self.name?.startsWith('em-pthread')) {
  // Anything unexpected stays inside the worker: the page must never see an uncaught error from it.
  self.addEventListener('unhandledrejection', (e) => e.preventDefault());
  Comlink.expose(new AisleWorker(createWorkerEmbedder));
}
