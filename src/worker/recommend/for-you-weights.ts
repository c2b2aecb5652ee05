// Worker recommender: the blend weights of the `for-you` score (see for-you-scores.ts). The defaults were
// tuned offline on Games-6k's validation split (src/cli/eval-rec.ts, test/eval/RESULTS-rec.md).

export interface ForYouWeights {
  /** Item → next item in shoppers' sequences (the `transitions` table). */
  transitions: number;
  /** Items the same customers bought (the `coview` table). */
  coview: number;
  /** Items in the same orders (the `copurchase` table). */
  copurchase: number;
  /** Content neighbours (the `similar` table). */
  similar: number;
  /** Neighbours of neighbours (coview and transitions), times the product of both scores. */
  twoHop: number;
  /** Cosine of the candidate's title words with the recent titles' words (IDF-weighted). */
  text: number;
  textStepDecay: number;
  /** Cosine with the shopper's taste vector (item vectors, when the index has them). */
  vectors: number;
  /**
   * The trained next-item model (when the index has one): model × (exp((logit − best) / modelTemperature) −
   * exp((mean − best) / modelTemperature)), best and mean over the catalog (see for-you-scores.ts).
   */
  model: number;
  modelTemperature: number;
  /** How many of the model's best products join the candidates when for-you generates its own. */
  modelProposals: number;
  /** Added popularity^popularityExponent: breaks ties and fills in for thin profiles. */
  popularity: number;
  popularityExponent: number;
  /** Category and brand affinity of the candidate (0..1, top category = 1). */
  category: number;
  brand: number;
  /** Title words matching the shopper's recent searches. */
  search: number;
  /** Each older item in the shopper's sequence counts this much less than the next one. */
  stepDecay: number;
  /** Session interest halves after this long; the rest (longTerm) never decays by clock. */
  sessionHalfLifeMs: number;
  longTerm: number;
}

export const DEFAULT_FOR_YOU_WEIGHTS: ForYouWeights = {
  transitions: 4,
  coview: 1,
  copurchase: 1,
  similar: 0.15,
  twoHop: 0.5,
  text: 1,
  textStepDecay: 0.9,
  vectors: 0.3,
  model: 1.2,
  modelTemperature: 8,
  modelProposals: 50,
  popularity: 0.15,
  popularityExponent: 0.5,
  category: 0.1,
  brand: 0.05,
  search: 0.5,
  stepDecay: 0.7,
  sessionHalfLifeMs: 2 * 3_600_000,
  longTerm: 0.3,
};
