// Assistant, understanding: the contract of the trained intent models (encoder head and lexical model).
// `understand` calls one classifier once per message and keeps the distribution in its Understanding.
import type { IntentId } from './intent-taxonomy.ts';

export interface IntentScore {
  intent: IntentId;
  /** Probability; sums to 1 over `ranked`. */
  p: number;
}

export interface IntentDistribution {
  /** Every class the model knows, highest first. */
  ranked: IntentScore[];
  /**
   * 0..1: how far the message is outside what a shop assistant handles (weather, jokes, banking).
   * Compared with `outOfScopeThreshold`, which was calibrated on CLINC150's validation split.
   */
  outOfScope: number;
  outOfScopeThreshold: number;
  /**
   * Which model produced it: the head on the encoder's embedding, the lexical model (no encoder), or none
   * (the intent models could not load: every intent is equally likely, and the catalog's and help
   * centre's evidence decides alone).
   */
  source: 'encoder' | 'lexical' | 'none';
}

/** What `understand` reads when no intent model is loaded: no intent preferred, nothing out of scope. */
export const NO_INTENT_MODEL: IntentDistribution = { ranked: [], outOfScope: 0, outOfScopeThreshold: 1, source: 'none' };

export interface IntentClassifier {
  /**
   * `text` as the shopper typed it (the model normalises it the way it was trained); `embedding` is the
   * encoder's L2-normalised vector of the same text when the encoder is loaded (computed once by
   * `understand` and shared with retrieval). Without it the lexical model answers.
   */
  classify(text: string, embedding?: Float32Array): IntentDistribution;
}
