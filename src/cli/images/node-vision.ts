// CLI images: the vision models on onnxruntime-node (one intra-op thread unless told): the MobileNetV2
// embedder and PP-OCR, read from models/generated/<id>/ (npm run models writes them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import type { OcrModels, RunModel } from '../../shared/vision/ocr/read-label-text.ts';
import { pixelBatch } from '../../shared/vision/image-views.ts';
import type { RgbImage } from '../../shared/vision/rgb-image.ts';
import { DEFAULT_IMAGE_MODEL, DEFAULT_OCR_MODEL, type ImageEmbedderDescriptor, type OcrDescriptor } from '../../worker/vision/vision-descriptor.ts';
import { GENERATED_DIR } from '../models/model-paths.ts';

export interface NodeImageEmbedder {
  descriptor: ImageEmbedderDescriptor;
  /** One row per view: the embedding, then each tap in descriptor order (raw, not normalised). */
  embed(views: RgbImage[]): Promise<Float32Array[]>;
  dispose(): Promise<void>;
}

function readJson<T>(dir: string, kind: string): T {
  const file = join(dir, 'aisle-model.json');
  try {
    const d = JSON.parse(readFileSync(file, 'utf8')) as T & { kind: string };
    if (d.kind !== kind) throw new Error(`${file}: kind '${d.kind}', expected '${kind}'`);
    return d;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`no ${kind} model at ${dir}: run \`npm run models\``);
    throw err;
  }
}

const sessionOptions = (threads: number): ort.InferenceSession.SessionOptions => ({
  intraOpNumThreads: threads,
  interOpNumThreads: 1,
  graphOptimizationLevel: 'all',
  extra: { session: { disable_quant_qdq: '1', 'intra_op.allow_spinning': '0' } },
});

export async function loadNodeImageEmbedder(id = DEFAULT_IMAGE_MODEL, threads = 1): Promise<NodeImageEmbedder> {
  const dir = join(GENERATED_DIR, id);
  const descriptor = readJson<ImageEmbedderDescriptor>(dir, 'image-embedding');
  const session = await ort.InferenceSession.create(join(dir, 'model.onnx'), sessionOptions(threads));
  const names = ['embedding', ...Object.keys(descriptor.taps)];
  return {
    descriptor,
    async embed(views: RgbImage[]): Promise<Float32Array[]> {
      if (views.length === 0) return [];
      const size = descriptor.size;
      const out = await session.run({ pixels: new ort.Tensor('float32', pixelBatch(views, size), [views.length, size, size, 3]) });
      const widths = names.map((n) => (out[n].dims[1] as number));
      const total = widths.reduce((a, b) => a + b, 0);
      return views.map((_, r) => {
        const row = new Float32Array(total);
        let at = 0;
        names.forEach((n, k) => {
          row.set((out[n].data as Float32Array).subarray(r * widths[k], (r + 1) * widths[k]), at);
          at += widths[k];
        });
        return row;
      });
    },
    dispose: () => session.release(),
  };
}

export interface NodeOcr extends OcrModels {
  descriptor: OcrDescriptor;
  dispose(): Promise<void>;
}

export async function loadNodeOcr(id = DEFAULT_OCR_MODEL, threads = 1): Promise<NodeOcr> {
  const dir = join(GENERATED_DIR, id);
  const descriptor = readJson<OcrDescriptor>(dir, 'ocr');
  const [det, rec] = await Promise.all(['detector.onnx', 'recognizer.onnx'].map((f) => ort.InferenceSession.create(join(dir, f), sessionOptions(threads))));
  const run = (s: ort.InferenceSession): RunModel => async (data, dims) => {
    const out = await s.run({ [s.inputNames[0]]: new ort.Tensor('float32', data, [...dims]) });
    const v = out[s.outputNames[0]];
    return { data: v.data as Float32Array, dims: v.dims };
  };
  return {
    descriptor,
    detect: run(det),
    recognize: run(rec),
    charset: JSON.parse(readFileSync(join(dir, 'charset.json'), 'utf8')) as string[],
    async dispose() {
      await Promise.all([det.release(), rec.release()]);
    },
  };
}
