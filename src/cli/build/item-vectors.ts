// CLI build: the optional `vectors` chunk. Embeds products with the encoder engineer's Node embedder
// (models/generated/<name>/, cached by content hash), optionally reduces dims with PCA (the projection
// ships as its own chunk), quantises to int8 and measures recall@10 against fp32 full-dim neighbours.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DIR } from '../models/model-paths.ts';
import type { Product } from '../../protocol/product.ts';
import { embedProducts } from './embed-products.ts';
import { fitPca, project, projectionBytes } from './pca-projection.ts';
import { InputError } from './problems.ts';
import { dequantize, normalize, quantizeInt8, recallAtK } from './quantize-vectors.ts';
import { encodeTextVectors } from './text-vectors-chunk.ts';
import type { BuildEmbedder } from './embed-products.ts';

export { DEFAULT_MODEL } from '../../protocol/config.ts';

export function modelDir(name: string): string {
  return join(GENERATED_DIR, name, '/');
}

export function modelAvailable(name: string): boolean {
  return existsSync(`${modelDir(name)}aisle-model.json`) || existsSync(`${modelDir(name)}model.onnx`);
}

export interface ItemVectorsResult {
  encoder: { id: string; dim: number; quantization: 'int8' };
  bytes: Uint8Array;
  projection: Uint8Array | null;
  /** Dequantised rows as the browser will see them (for blending `similar`). */
  rows: Float32Array[];
  embedded: number;
  cached: number;
  /** Share of fp32 full-dim top-10 neighbours kept by the stored vectors (sampled). */
  recallAt10: number;
  /** The `text-vectors` chunk for the texts asked for (full dim: the widget compares them with its own queries). */
  texts: { bytes: Uint8Array; count: number } | null;
}

export async function itemVectors(products: Product[], model: string, cacheDir: string, vectorDim: number | undefined, onProgress?: (f: number) => void, texts: readonly string[] = []): Promise<ItemVectorsResult> {
  if (!modelAvailable(model)) {
    throw new InputError(`--model ${model}: no model in ${modelDir(model)}; build it with \`npm run models\`, or pass --model none`);
  }
  // Loaded only when vectors are asked for: onnxruntime-node is heavy.
  const { loadNodeEmbedder } = await import('../models/node-embedder.ts');
  const embedder = await loadNodeEmbedder(model);
  try {
    const { vectors, embedded, cached } = await embedProducts(products, embedder, cacheDir, onProgress);
    let stored = vectors.map((v) => normalize(Float32Array.from(v)));
    let projection: Uint8Array | null = null;
    if (vectorDim !== undefined && vectorDim < embedder.dim) {
      const pca = fitPca(stored, vectorDim);
      stored = stored.map((v) => normalize(project(pca, v)));
      projection = projectionBytes(pca);
    }
    const dim = stored[0]?.length ?? embedder.dim;
    const bytes = quantizeInt8(stored, dim);
    const rows = dequantize(bytes, stored.length, dim);
    // A 2,000-product sample and 100 queries: enough to see a loss of a few points, cheap on every build.
    const sample = Math.min(products.length, 2000);
    const recall = recallAtK(vectors.slice(0, sample), rows.slice(0, sample), 10, 100);
    const unique = [...new Set(texts)];
    const textVectors = unique.length ? { bytes: encodeTextVectors(unique, await embedEach(embedder, unique), embedder.dim), count: unique.length } : null;
    return { encoder: { id: embedder.id, dim, quantization: 'int8' }, bytes, projection, rows, embedded, cached, recallAt10: recall, texts: textVectors };
  } finally {
    await embedder.dispose();
  }
}

/** A few hundred short texts, one per call as the worker embeds them (no batch padding can differ), uncached. */
async function embedEach(embedder: BuildEmbedder, texts: string[]): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  for (const text of texts) out.push(...(await embedder.embed([text])));
  return out;
}
