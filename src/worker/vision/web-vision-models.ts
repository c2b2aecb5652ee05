// Worker vision: the photo models on onnxruntime-web (single-threaded WASM, as the encoder), fetched
// from the widget's own models/ folder through the same Cache API wrapper as the encoder (progress
// events; a second visit reads them from disk). Loaded only when a shopper attaches a photo.
import type * as Ort from 'onnxruntime-web';
import type { LoadProgress } from '../../protocol/progress.ts';
import { pixelBatch } from '../../shared/vision/image-views.ts';
import type { OcrModels, RunModel } from '../../shared/vision/ocr/read-label-text.ts';
import type { RgbImage } from '../../shared/vision/rgb-image.ts';
import { fetchModelFile } from '../models/fetch-model-file.ts';
import type { ImageEmbedderDescriptor, ModelFiles, OcrDescriptor, VisionDescriptor } from './vision-descriptor.ts';

type OrtModule = typeof Ort;

export interface WebImageEmbedder {
  descriptor: ImageEmbedderDescriptor;
  /** One raw row per view: the embedding, then the taps in descriptor order. */
  embed(views: RgbImage[]): Promise<Float32Array[]>;
}

export interface VisionModelOptions {
  /** Absolute URL of the widget's models/ folder. */
  modelsUrl: string;
  ortBaseUrl: string;
  onProgress?: (p: LoadProgress) => void;
}

async function loadOrt(ortBaseUrl: string): Promise<OrtModule> {
  const ort: OrtModule = await import('onnxruntime-web/wasm');
  ort.env.wasm.wasmPaths = ortBaseUrl.endsWith('/') ? ortBaseUrl : `${ortBaseUrl}/`;
  // A widget cannot make the shop page cross-origin isolated: one thread, no proxy worker.
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  ort.env.logLevel = 'error';
  return ort;
}

async function descriptorAt<T extends VisionDescriptor>(url: string, kind: T['kind']): Promise<T> {
  const response = await fetch(`${url}aisle-model.json`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`vision model ${url}aisle-model.json: HTTP ${response.status}; is models/ deployed next to the widget?`);
  const d = (await response.json()) as T;
  if (d.kind !== kind) throw new Error(`${url}aisle-model.json: kind '${d.kind}', expected '${kind}'`);
  return d;
}

function fileOf(url: string, d: ModelFiles, name: string, onProgress?: (p: LoadProgress) => void): Promise<Uint8Array> {
  return fetchModelFile(`${url}${name}`, { onProgress, expectedBytes: d.files[name]?.bytes, version: d.files[name]?.sha256.slice(0, 16) });
}

async function session(ort: OrtModule, bytes: Uint8Array): Promise<Ort.InferenceSession> {
  return ort.InferenceSession.create(bytes, {
    executionProviders: ['wasm'],
    graphOptimizationLevel: 'all',
    // Fold the int8 weights to fp32 once at load instead of dequantising them on every call.
    extra: { session: { disable_quant_qdq: '1' } },
  });
}

export async function loadWebImageEmbedder(id: string, options: VisionModelOptions): Promise<WebImageEmbedder> {
  const url = `${options.modelsUrl}${encodeURIComponent(id)}/`;
  const descriptor = await descriptorAt<ImageEmbedderDescriptor>(url, 'image-embedding');
  const [ort, bytes] = await Promise.all([loadOrt(options.ortBaseUrl), fileOf(url, descriptor, 'model.onnx', options.onProgress)]);
  const s = await session(ort, bytes);
  const names = ['embedding', ...Object.keys(descriptor.taps)];
  return {
    descriptor,
    async embed(views: RgbImage[]): Promise<Float32Array[]> {
      const size = descriptor.size;
      const out = await s.run({ pixels: new ort.Tensor('float32', pixelBatch(views, size), [views.length, size, size, 3]) });
      const parts = names.map((n) => ({ data: out[n].data as Float32Array, width: out[n].dims[1] as number }));
      const total = parts.reduce((a, p) => a + p.width, 0);
      return views.map((_, r) => {
        const row = new Float32Array(total);
        let at = 0;
        for (const p of parts) {
          row.set(p.data.subarray(r * p.width, (r + 1) * p.width), at);
          at += p.width;
        }
        return row;
      });
    },
  };
}

export async function loadWebOcr(id: string, options: VisionModelOptions): Promise<OcrModels & { descriptor: OcrDescriptor }> {
  const url = `${options.modelsUrl}${encodeURIComponent(id)}/`;
  const descriptor = await descriptorAt<OcrDescriptor>(url, 'ocr');
  const [ort, det, rec, charset] = await Promise.all([
    loadOrt(options.ortBaseUrl),
    fileOf(url, descriptor, 'detector.onnx', options.onProgress),
    fileOf(url, descriptor, 'recognizer.onnx', options.onProgress),
    fileOf(url, descriptor, 'charset.json', options.onProgress),
  ]);
  const [ds, rs] = [await session(ort, det), await session(ort, rec)];
  const run = (s: Ort.InferenceSession): RunModel => async (data, dims) => {
    const out = await s.run({ [s.inputNames[0]]: new ort.Tensor('float32', data, [...dims]) });
    const v = out[s.outputNames[0]];
    return { data: (await v.getData()) as Float32Array, dims: v.dims };
  };
  return { descriptor, detect: run(ds), recognize: run(rs), charset: JSON.parse(new TextDecoder().decode(charset)) as string[] };
}
