// CLI models: the Embedder for Node (aisle build, aisle embed) on onnxruntime-node, one intra-op thread
// by default. Reads models/generated/<name>/ (aisle-model.json picks USE-Lite or transformers.js).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { SentencePieceTokenizer, type TokenizerData } from '../../shared/tokenizer/sentencepiece-tokenizer.ts';
import type { Embedder, ModelDescriptor } from '../../worker/models/embedder.ts';
import { denseBatch, splitRows } from '../../worker/models/use-lite-inputs.ts';
import { GENERATED_DIR } from './model-paths.ts';
import { DEFAULT_MODEL } from '../../protocol/config.ts';

export interface NodeEmbedderOptions {
  /** Model folder; defaults to models/generated/<name>. */
  dir?: string;
  intraOpThreads?: number;
  /** Keep DequantizeLinear live instead of folding int8 weights to fp32 at load (for measurements). */
  keepQdq?: boolean;
}

export function readDescriptor(dir: string): ModelDescriptor {
  const file = join(dir, 'aisle-model.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`no model at ${file}: run \`npm run models\` (or pass an existing --model name from models/generated/)`);
  }
  return JSON.parse(text) as ModelDescriptor;
}

export async function createNodeUseLiteEmbedder(dir: string, options: NodeEmbedderOptions = {}): Promise<Embedder> {
  const descriptor = readDescriptor(dir);
  const tokenizer = new SentencePieceTokenizer(JSON.parse(readFileSync(join(dir, 'tokenizer.json'), 'utf8')) as TokenizerData);
  const session = await ort.InferenceSession.create(join(dir, 'model.onnx'), {
    intraOpNumThreads: options.intraOpThreads ?? 1,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
    // Several sessions in one process slow each other down when their threads spin.
    extra: { session: { disable_quant_qdq: options.keepQdq ? '0' : '1', 'intra_op.allow_spinning': '0' } },
  });
  return {
    id: descriptor.id,
    dim: descriptor.dim,
    backend: 'node',
    async embed(texts: string[]): Promise<Float32Array[]> {
      if (texts.length === 0) return [];
      const batch = denseBatch(tokenizer, texts, descriptor.maxTokens);
      const out = await session.run({
        input_ids: new ort.Tensor('int64', batch.ids, batch.dims),
        attention_mask: new ort.Tensor('int64', batch.mask, batch.dims),
      });
      const emb = out.embeddings;
      const rows = splitRows(emb.data as Float32Array, texts.length, descriptor.dim);
      emb.dispose();
      return rows;
    },
    async dispose(): Promise<void> {
      await session.release();
    },
  };
}

/** Any model folder: USE-Lite on ORT node, or a transformers.js folder (kind "transformers"). */
export async function createNodeEmbedder(dir: string, options: NodeEmbedderOptions = {}): Promise<Embedder> {
  const descriptor = readDescriptor(dir);
  if (descriptor.kind === 'use-lite') return createNodeUseLiteEmbedder(dir, options);
  if (descriptor.kind === 'transformers') {
    const { createTransformersEmbedder } = await import('../../worker/models/transformers-embedder.ts');
    return createTransformersEmbedder({ modelDir: dir, id: descriptor.id, dim: descriptor.dim, backend: 'node' });
  }
  throw new Error(`${join(dir, 'aisle-model.json')}: kind '${String(descriptor.kind)}' is not one of: use-lite, transformers`);
}

/** For the index builder: models/generated/<modelName> relative to the repository. */
export async function loadNodeEmbedder(modelName = DEFAULT_MODEL): Promise<Embedder> {
  return createNodeEmbedder(join(GENERATED_DIR, modelName));
}
