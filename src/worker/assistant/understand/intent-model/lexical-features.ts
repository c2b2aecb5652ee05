// Intent models: the lexical model's input, a hashed bag of words, word pairs and character n-grams
// (fastText-style, inside word boundaries) as a sparse, L2-normalised vector. Character n-grams keep a
// misspelt word ("cancelation", "refudn") close to the word it meant; pairs keep "not working" apart
// from "working".
import { fnv1a } from '../../../../shared/fnv1a.ts';
import { normalizeUtterance } from './normalize-utterance.ts';

export interface LexicalFeatureConfig {
  /** Number of hash buckets, a power of two. */
  buckets: number;
  /** Shortest and longest character n-gram, counted with the '<' and '>' word boundaries. */
  minGram: number;
  maxGram: number;
  /** Weight of each kind of feature before normalisation. */
  wordWeight: number;
  pairWeight: number;
  gramWeight: number;
}

export const DEFAULT_LEXICAL_FEATURES: LexicalFeatureConfig = { buckets: 1 << 15, minGram: 3, maxGram: 5, wordWeight: 1, pairWeight: 1, gramWeight: 1 };

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/** Lower case, accents off, apostrophes dropped ("don't" → "dont"), anything not a letter or digit a space. */
export function lexicalWords(text: string): string[] {
  const folded = normalizeUtterance(text)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded ? folded.split(' ') : [];
}

/** The feature kind (w, b, g) is hashed first, so a word and an n-gram with the same letters differ. */
function hash(kind: string, text: string): number {
  return fnv1a(text, fnv1a(kind));
}

export function lexicalFeatures(text: string, config: LexicalFeatureConfig = DEFAULT_LEXICAL_FEATURES): SparseVector {
  const mask = config.buckets - 1;
  const counts = new Map<number, number>();
  const add = (kind: string, s: string, w: number) => {
    if (w === 0) return;
    const b = hash(kind, s) & mask;
    counts.set(b, (counts.get(b) ?? 0) + w);
  };
  const words = lexicalWords(text);
  words.forEach((word, i) => {
    add('w', word, config.wordWeight);
    if (i > 0) add('b', `${words[i - 1]} ${word}`, config.pairWeight);
    const bounded = `<${word}>`;
    for (let n = config.minGram; n <= config.maxGram; n++) {
      for (let at = 0; at + n <= bounded.length; at++) {
        // The whole bounded word is already the word feature.
        if (n === bounded.length) continue;
        add('g', bounded.slice(at, at + n), config.gramWeight);
      }
    }
  });
  const indices = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const values = new Float32Array(indices.length);
  let norm = 0;
  indices.forEach((b, k) => {
    // Sub-linear counts: a word said twice is not twice the evidence.
    const v = Math.sqrt(counts.get(b) as number);
    values[k] = v;
    norm += v * v;
  });
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < values.length; k++) values[k] = (values[k] as number) / norm;
  return { indices, values };
}
