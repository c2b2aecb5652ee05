// Assistant, understanding: nearest-prototype intent matching with the sentence encoder. Prototype vectors
// are embedded once per encoder; a rejection is forgotten so the next message can retry.
import type { EmbedFn } from '../retrieve/embed-scorer.ts';
import type { Intent, IntentGuess } from './intent.ts';
import { INTENT_PROTOTYPES } from './intent-prototypes.ts';

/**
 * Cosine below which the nearest prototype is not trusted over the lexical guess. Calibrated with the
 * USE-Lite encoder: at 0.6, 553 DummyJSON title/category queries were never misrouted and 6 of 200
 * CLINC out-of-scope utterances took a shop intent; Bitext messages the rules left open gained 147 of 190.
 */
export const PROTOTYPE_MIN_COSINE = 0.6;
/** Messages that name the catalog's own categories or brands need more to leave product search. */
export const PROTOTYPE_MIN_COSINE_CATALOG_WORDS = 0.7;

interface PrototypeSet {
  intents: Intent[];
  vectors: Float32Array[];
}

function cosine(a: Float32Array, b: Float32Array): number {
  let d = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    d += x * y;
    na += x * x;
    nb += y * y;
  }
  return d / (Math.sqrt(na * nb) || 1);
}

export class IntentMatcher {
  private prototypes: Promise<PrototypeSet> | null = null;

  constructor(private readonly embed: EmbedFn) {}

  private load(): Promise<PrototypeSet> {
    if (!this.prototypes) {
      const entries = Object.entries(INTENT_PROTOTYPES) as Array<[Intent, string[]]>;
      const intents = entries.flatMap(([intent, list]) => list.map(() => intent));
      this.prototypes = this.embed(entries.flatMap(([, list]) => list)).then(
        (vectors) => ({ intents, vectors }),
        (err: unknown) => {
          this.prototypes = null;
          throw err;
        },
      );
    }
    return this.prototypes;
  }

  /** The nearest prototype's intent and its cosine. */
  async nearest(text: string): Promise<{ intent: Intent; cosine: number }> {
    const [set, [query]] = await Promise.all([this.load(), this.embed([text])]);
    let best: { intent: Intent; cosine: number } = { intent: 'product-search', cosine: -1 };
    if (!query) return best;
    set.vectors.forEach((v, i) => {
      const c = cosine(query, v);
      if (c > best.cosine) best = { intent: set.intents[i] as Intent, cosine: c };
    });
    return best;
  }

  /** Keeps a strong lexical guess; otherwise takes a confident prototype match. */
  async refine(guess: IntentGuess, text: string, minCosine = PROTOTYPE_MIN_COSINE): Promise<IntentGuess> {
    if (guess.strong) return guess;
    const near = await this.nearest(text);
    return near.cosine >= minCosine ? { intent: near.intent, strong: true } : guess;
  }
}
