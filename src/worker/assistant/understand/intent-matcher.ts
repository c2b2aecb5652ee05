// Assistant, understanding: nearest-prototype intent matching with the sentence encoder. Prototype vectors
// are embedded once per encoder; a rejection is forgotten so the next message can retry.
import type { EmbedFn } from '../retrieve/embed-scorer.ts';
import type { Intent, IntentGuess } from './intent.ts';
import { INTENT_PROTOTYPES } from './intent-prototypes.ts';

/** Cosine below which the nearest prototype is not trusted over the lexical guess. */
export const PROTOTYPE_MIN_COSINE = 0.55;

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
  async refine(guess: IntentGuess, text: string): Promise<IntentGuess> {
    if (guess.strong) return guess;
    const near = await this.nearest(text);
    return near.cosine >= PROTOTYPE_MIN_COSINE ? { intent: near.intent, strong: true } : guess;
  }
}
