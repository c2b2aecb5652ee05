// Protocol: recommendation requests and the candidate shape every strategy returns.

export const STRATEGIES = ['for-you', 'similar', 'bought-together', 'trending', 'recently-viewed', 'cart'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export interface RecommendRequest {
  strategy: Strategy;
  /** The anchor product for `similar` and `bought-together`; page context for the others. */
  productId?: string;
  /** How many results at most; default 8, capped at 50. */
  limit?: number;
}

/** One scored product from one strategy, before blending. */
export interface Candidate {
  productId: string;
  score: number;
  /** Which strategy or signal produced it (shown in "Why am I seeing this?"). */
  source: string;
  /** A short human sentence; the blend keeps the reason of the strongest source. */
  reason: string;
}
