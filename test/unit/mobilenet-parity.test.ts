// MobileNetV2 parity: the ONNX rebuild (models/generated/mobilenet-v2-int8, onnxruntime-node) against
// the original TF.js graph model from nsfwjs (tfjs-converter, wasm backend), fed the same 224×224
// pixels, on real photos (../shared/data when present, else the project's synthetic set).
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNodeImageEmbedder, type NodeImageEmbedder } from '../../src/cli/images/node-vision.ts';
import { buildVisionModels } from '../../src/cli/models/vision/build-vision-models.ts';
import { mobileNetNode } from '../../src/cli/models/vision/mobilenet-graph.ts';
import { readNsfwjsModel } from '../../src/cli/models/vision/nsfwjs-model.ts';
import { pixelBatch, viewOf } from '../../src/shared/vision/image-views.ts';
import type { RgbImage } from '../../src/shared/vision/rgb-image.ts';
import { testPhotos } from '../support/photo-set.ts';

const COUNT = 24;
let views: RgbImage[] = [];
let source = '';
let reference: Float32Array[] = [];
let reference16: Float32Array[] = [];
let embedder: NodeImageEmbedder;

function cosine(a: Float32Array, b: Float32Array): number {
  let d = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) {
    d += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return d / Math.sqrt(na * nb);
}

beforeAll(async () => {
  buildVisionModels();
  const set = await testPhotos(COUNT);
  source = set.source;
  // Two views per photo: the whole picture and its centre, as the CLI and the widget use them.
  views = set.photos.flatMap((p) => [viewOf(p.image, 'full'), viewOf(p.image, 'centre')]);
  const require = createRequire(import.meta.url);
  setWasmPaths(`${join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm')), '..', 'dist')}/`);
  if (!(await tf.setBackend('wasm'))) throw new Error('TF.js wasm backend failed to initialise');
  const m = readNsfwjsModel();
  const model: GraphModel = await loadGraphModel(tf.io.fromMemory({ modelTopology: m.modelTopology, weightSpecs: m.weightSpecs as tf.io.WeightsManifestEntry[], weightData: m.weightData }));
  const features = mobileNetNode('feature_vector/SpatialSqueeze');
  const block16 = mobileNetNode('MobilenetV2/expanded_conv_16/project/BatchNorm/FusedBatchNormV3');
  for (let i = 0; i < views.length; i += 8) {
    const batch = views.slice(i, i + 8);
    const input = tf.tensor4d(pixelBatch(batch), [batch.length, 224, 224, 3]);
    const [out, map] = model.execute(input, [features, block16]) as tf.Tensor[];
    const pooled = tf.mean(map, [1, 2]);
    const flat = (await out.data()) as Float32Array;
    const flat16 = (await pooled.data()) as Float32Array;
    batch.forEach((_, r) => {
      reference.push(flat.slice(r * 1792, (r + 1) * 1792));
      reference16.push(flat16.slice(r * 448, (r + 1) * 448));
    });
    tf.dispose([input, out, map, pooled]);
  }
  model.dispose();
  embedder = await loadNodeImageEmbedder();
}, 300_000);

afterAll(async () => {
  reference = [];
  await embedder?.dispose();
});

describe('MobileNetV2-1.4 ONNX rebuild vs the nsfwjs TF.js original', () => {
  it(`agrees to cosine ≥ 0.999 on every photo (${COUNT} photos × 2 views)`, async () => {
    const got: Float32Array[] = [];
    for (let i = 0; i < views.length; i += 8) got.push(...(await embedder.embed(views.slice(i, i + 8))));
    expect(got).toHaveLength(reference.length);
    const cosines = got.map((row, i) => cosine(row.subarray(0, 1792), reference[i]));
    const taps = got.map((row, i) => cosine(row.subarray(1792), reference16[i]));
    const min = Math.min(...cosines);
    console.info(`[mobilenet-parity] ${source}: ${cosines.length} views, embedding min cosine ${min.toFixed(6)}, block16 tap min ${Math.min(...taps).toFixed(6)}`);
    expect(min).toBeGreaterThanOrEqual(0.999);
    expect(Math.min(...taps)).toBeGreaterThanOrEqual(0.999);
    // The features are not degenerate: different photos give clearly different vectors.
    expect(cosine(got[0].subarray(0, 1792), got[got.length - 2].subarray(0, 1792))).toBeLessThan(0.95);
  });

  it('gives the same row for a photo whatever else is in the batch', async () => {
    const alone = (await embedder.embed([views[3]]))[0];
    const inBatch = (await embedder.embed(views.slice(0, 6)))[3];
    expect(cosine(alone, inBatch)).toBeGreaterThan(0.99999);
  });
});
