// CLI models: writes models/generated/tiny-bert/, a tiny BERT-shaped model in the standard
// transformers.js layout (config.json, tokenizer.json with WordPiece, tokenizer_config.json,
// onnx/model.onnx) with seeded weights. It exists to test the transformers.js embedder offline.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelDescriptor } from '../../worker/models/embedder.ts';
import { GraphBuilder } from './graph-builder.ts';
import { GENERATED_DIR } from './model-paths.ts';
import { DataType, encodeModel } from './onnx-proto.ts';

export const TINY_HIDDEN = 32;
export const TINY_MAX_POSITIONS = 64;
const SPECIALS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
const WORDS = ['red', 'blue', 'running', 'shoe', 'shoes', 'jacket', 'coat', 'warm', 'wireless', 'head', 'phone', 'cheap', 'gift', 'for', 'the', 'a', 'and', '##s', '##es', '##ing', '##phones', '?', '!', ',', '.'];
export const TINY_VOCAB = [...SPECIALS, ...WORDS];

/** Seeded uniform weights in [-scale, scale) (LCG), so every build writes the same bytes. */
export function tinyWeights(seed: number, count: number, scale: number): Float32Array {
  const out = new Float32Array(count);
  let s = seed >>> 0;
  for (let i = 0; i < count; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = (s / 2 ** 32 - 0.5) * 2 * scale;
  }
  return out;
}

/** The tiny model's weights, shared with the test that recomputes its forward pass by hand. */
export function tinyModelWeights(): { word: Float32Array; position: Float32Array; tokenType: Float32Array; dense: Float32Array; denseBias: Float32Array } {
  const h = TINY_HIDDEN;
  return {
    word: tinyWeights(1, TINY_VOCAB.length * h, 1),
    position: tinyWeights(2, TINY_MAX_POSITIONS * h, 0.1),
    tokenType: tinyWeights(3, 2 * h, 0.1),
    dense: tinyWeights(4, h * h, 0.3),
    denseBias: tinyWeights(5, h, 0.1),
  };
}

function tinyGraph(): Uint8Array {
  const h = TINY_HIDDEN;
  const w = tinyModelWeights();
  const b = new GraphBuilder();
  const word = b.o('Gather', [b.float('word_embeddings', [TINY_VOCAB.length, h], w.word), 'input_ids'], { axis: 0 });
  const length = b.o('Slice', [b.o('Shape', ['input_ids']), b.int64('one', [1]), b.int64('two', [2])]);
  const position = b.o('Slice', [b.float('position_embeddings', [TINY_MAX_POSITIONS, h], w.position), b.int64('zero', [0]), length, b.int64('axis0', [0])]);
  const tokenType = b.o('Gather', [b.float('token_type_embeddings', [2, h], w.tokenType), 'token_type_ids'], { axis: 0 });
  const sum = b.o('Add', [b.o('Add', [word, position]), tokenType]);
  const ones = new Float32Array(h).fill(1);
  const normed = b.o('LayerNormalization', [sum, b.float('ln_scale', [h], ones), b.float('ln_bias', [h], new Float32Array(h))], { axis: -1, epsilon: { float: 1e-12 } });
  const dense = b.o('Add', [b.o('MatMul', [normed, b.float('dense_w', [h, h], w.dense)]), b.float('dense_b', [h], w.denseBias)]);
  b.nodes.push({ op: 'Tanh', inputs: [dense], outputs: ['last_hidden_state'], name: 'last_hidden_state' });
  const ids = (name: string) => ({ name, dataType: DataType.INT64, shape: ['batch', 'tokens'] });
  return encodeModel(
    b.graph('tiny_bert', [ids('input_ids'), ids('attention_mask'), ids('token_type_ids')], [{ name: 'last_hidden_state', dataType: DataType.FLOAT, shape: ['batch', 'tokens', h] }]),
    'aisle build-tiny-model',
    'Tiny BERT-shaped test model with seeded weights (no training; for offline tests only)',
  );
}

function tokenizerJson(): object {
  const special = (content: string) => ({ id: TINY_VOCAB.indexOf(content), content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
  const tokenRef = (id: string) => ({ id, ids: [TINY_VOCAB.indexOf(id)], tokens: [id] });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIALS.map(special),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }, { Sequence: { id: 'B', type_id: 1 } }, { SpecialToken: { id: '[SEP]', type_id: 1 } }],
      special_tokens: { '[CLS]': tokenRef('[CLS]'), '[SEP]': tokenRef('[SEP]') },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: Object.fromEntries(TINY_VOCAB.map((t, i) => [t, i])) },
  };
}

/** Writes only when the bytes differ, so an up-to-date folder keeps its mtimes (setup.ts compares them). */
function writeIfChanged(file: string, data: Uint8Array | string): void {
  const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (existsSync(file) && readFileSync(file).equals(bytes)) return;
  writeFileSync(file, bytes);
}

export function buildTinyModel(outDir = GENERATED_DIR): string {
  const dir = join(outDir, 'tiny-bert');
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  writeIfChanged(join(dir, 'onnx', 'model.onnx'), tinyGraph());
  writeIfChanged(join(dir, 'tokenizer.json'), JSON.stringify(tokenizerJson()));
  writeIfChanged(
    join(dir, 'tokenizer_config.json'),
    JSON.stringify({ tokenizer_class: 'BertTokenizer', do_lower_case: true, model_max_length: TINY_MAX_POSITIONS, cls_token: '[CLS]', sep_token: '[SEP]', pad_token: '[PAD]', unk_token: '[UNK]', mask_token: '[MASK]' }),
  );
  writeIfChanged(
    join(dir, 'config.json'),
    JSON.stringify({ model_type: 'bert', architectures: ['BertModel'], hidden_size: TINY_HIDDEN, vocab_size: TINY_VOCAB.length, max_position_embeddings: TINY_MAX_POSITIONS, num_attention_heads: 1, num_hidden_layers: 1, type_vocab_size: 2 }),
  );
  const descriptor: ModelDescriptor = { id: 'tiny-bert', kind: 'transformers', dim: TINY_HIDDEN, maxTokens: TINY_MAX_POSITIONS, quantization: 'fp32' };
  writeIfChanged(join(dir, 'aisle-model.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
  return dir;
}
