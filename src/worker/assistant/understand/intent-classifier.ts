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
  /** Which model produced it: the head on the encoder's embedding, or the lexical model (no encoder). */
  source: 'encoder' | 'lexical';
}

export interface IntentClassifier {
  /**
   * `text` as the shopper typed it (the model normalises it the way it was trained); `embedding` is the
   * encoder's L2-normalised vector of the same text when the encoder is loaded (computed once by
   * `understand` and shared with retrieval). Without it the lexical model answers.
   */
  classify(text: string, embedding?: Float32Array): IntentDistribution;
}
