// Assistant, retrieval: ranks a product's attributes (or a help centre's sentences) against a shopper's
// question, so an answer can state the one fact asked for. Each candidate gets a few similarity features,
// from the encoder when it is loaded and from words and character trigrams always, combined by weights
// learned on semiPQA's attribute-ranking dev split (npm run eval:qa; test/eval/RESULTS-nlu.md).
import { stem, terms } from '../understand/tokenize.ts';

export type EmbedFn = (texts: string[]) => Promise<Float32Array[]>;

export interface Attribute {
  name: string;
  value: string;
}

export interface RankedCandidate {
  /** Position in the list given. */
  index: number;
  score: number;
}

/** Feature order: see `features()`. Encoder features are 0 without an encoder, so they get their own weights. */
export const FEATURE_NAMES = ['encName', 'encFull', 'lexName', 'lexValue', 'gramName', 'gramFull'] as const;
export type FeatureVector = Float64Array;

/**
 * Weights with the encoder, and without it (lexical features alone): fitted by `npm run eval:qa -- --fit`
 * on semiPQA's attribute-ranking dev split (5-fold cross-validated p@1 0.7825 / 0.7364).
 */
export const RANKER_WEIGHTS = {
  encoder: [3.292, 7.397, 1.98, 3.581, 2.293, 4.405],
  lexical: [0, 0, 2.818, 4.825, 3.793, 6.939],
};

/** "age_range_description" / "ageRange" → "age range description" / "age range". */
export function humaniseName(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .toLowerCase()
    .trim();
}

function termSet(text: string): Set<string> {
  return new Set(terms(text, true).map(stem));
}

function overlap(question: Set<string>, text: Set<string>): number {
  if (text.size === 0) return 0;
  let n = 0;
  for (const t of text) if (question.has(t)) n++;
  return n / text.size;
}

function trigrams(text: string): Map<string, number> {
  const s = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const out = new Map<string, number>();
  for (let i = 0; i + 3 <= s.length; i++) {
    const g = s.slice(i, i + 3);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

function gramCosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [g, v] of a) {
    na += v * v;
    dot += v * (b.get(g) ?? 0);
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += (a[i] as number) * (b[i] as number);
    na += (a[i] as number) ** 2;
    nb += (b[i] as number) ** 2;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Texts a candidate is compared by: its name (what it is about) and name plus value (what it says). */
function candidateTexts(c: Attribute): { name: string; full: string } {
  const name = humaniseName(c.name);
  return { name, full: name && c.value ? `${name}: ${c.value}` : name || c.value };
}

/** The texts `features` embeds for a candidate (so a caller can embed a whole set at once). */
export function rankerTexts(c: Attribute): string[] {
  const t = candidateTexts(c);
  return [t.name, t.full];
}

/**
 * Candidate texts repeat (every product has a "material"; a help centre is ranked on every policy question),
 * so their vectors are kept per embed function: a warm call embeds only what it has not seen.
 */
const vectorCache = new WeakMap<EmbedFn, Map<string, Float32Array>>();
const CACHE_LIMIT = 4000;

async function embedCached(embed: EmbedFn, texts: string[]): Promise<Float32Array[]> {
  let cache = vectorCache.get(embed);
  if (!cache) vectorCache.set(embed, (cache = new Map()));
  const missing = [...new Set(texts.filter((t) => !cache.has(t)))];
  if (missing.length) {
    const out = await embed(missing);
    if (cache.size + missing.length > CACHE_LIMIT) cache.clear();
    missing.forEach((t, i) => cache.set(t, out[i] as Float32Array));
  }
  return texts.map((t) => cache.get(t) as Float32Array);
}

/**
 * The features of every candidate, in order (exported for the weight fitting). `questionVector`: the
 * question's embedding when the caller already has it (understand computes it once per message).
 */
export async function features(question: string, candidates: Attribute[], embed?: EmbedFn, questionVector?: Float32Array): Promise<FeatureVector[]> {
  const q = termSet(question);
  const qGrams = trigrams(question);
  const texts = candidates.map(candidateTexts);
  let vectors: Float32Array[] | null = null;
  if (embed && candidates.length) {
    const [asked] = questionVector ? [questionVector] : await embed([question]);
    vectors = [asked as Float32Array, ...(await embedCached(embed, [...texts.map((t) => t.name), ...texts.map((t) => t.full)]))];
  }
  const n = candidates.length;
  return candidates.map((c, i) => {
    const t = texts[i] as { name: string; full: string };
    const f = new Float64Array(FEATURE_NAMES.length);
    if (vectors) {
      f[0] = cosine(vectors[0] as Float32Array, vectors[1 + i] as Float32Array);
      f[1] = cosine(vectors[0] as Float32Array, vectors[1 + n + i] as Float32Array);
    }
    f[2] = overlap(q, termSet(t.name));
    f[3] = overlap(q, termSet(c.value));
    f[4] = gramCosine(qGrams, trigrams(t.name));
    f[5] = gramCosine(qGrams, trigrams(t.full));
    return f;
  });
}

export function scoreFeatures(f: FeatureVector, weights: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < f.length; k++) s += (f[k] as number) * (weights[k] as number);
  return s;
}

/**
 * Candidates best first, with their scores; `embed` (the loaded encoder) adds the semantic features, and
 * `questionVector` saves embedding the question again.
 */
export async function rankAttributes(question: string, attributes: Attribute[], embed?: EmbedFn, questionVector?: Float32Array): Promise<Array<Attribute & RankedCandidate>> {
  const weights = embed ? RANKER_WEIGHTS.encoder : RANKER_WEIGHTS.lexical;
  const f = await features(question, attributes, embed, questionVector);
  return attributes.map((a, index) => ({ ...a, index, score: scoreFeatures(f[index] as FeatureVector, weights) })).sort((a, b) => b.score - a.score || a.index - b.index);
}

/**
 * Passages (e.g. the sentences of an FAQ answer) best first: each is ranked as an attribute whose name is
 * its section heading (or empty) and whose value is its text.
 */
export async function rankPassages(question: string, passages: Array<{ text: string; heading?: string }>, embed?: EmbedFn, questionVector?: Float32Array): Promise<Array<{ text: string; heading?: string } & RankedCandidate>> {
  const ranked = await rankAttributes(question, passages.map((p) => ({ name: p.heading ?? '', value: p.text })), embed, questionVector);
  return ranked.map((r) => ({ ...(passages[r.index] as { text: string; heading?: string }), index: r.index, score: r.score }));
}
