// Test support: the default encoder (USE-Lite on onnxruntime-node, built by `npm run setup -- --test`) for
// one describe block: started before its tests, released after.
import { afterAll, beforeAll } from 'vitest';
import { loadNodeEmbedder } from '../../src/cli/models/node-embedder.ts';
import { DEFAULT_MODEL } from '../../src/protocol/config.ts';
import type { Embedder } from '../../src/worker/models/embedder.ts';

/** Call inside a describe(); `encoder()` gives the loaded encoder inside its tests. */
export function useNodeEncoder(model = DEFAULT_MODEL): () => Embedder {
  let encoder: Embedder | undefined;
  beforeAll(async () => {
    encoder = await loadNodeEmbedder(model);
  });
  afterAll(async () => {
    await encoder?.dispose();
  });
  return () => {
    if (!encoder) throw new Error('useNodeEncoder: the encoder is used before beforeAll ran');
    return encoder;
  };
}
