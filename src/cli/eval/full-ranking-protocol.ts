// CLI eval: full ranking over every item, leave-one-out: the engine's production `for-you` path
// (generation, exclusion of what the user already has, blending) must put the held-out item in its top 10.
import type { Sequence } from './read-atomic-dataset.ts';
import { MetricMean, ndcgAt } from './ranking-metrics.ts';

/** Top-k ids for a user (history masked), best first. */
export type TopK = (history: string[], k: number) => string[];

export function evalFullRanking(sequences: Sequence[], topK: TopK, k = 10): Record<string, number> {
  const mean = new MetricMean();
  for (const s of sequences) {
    const top = topK(s.history, k);
    const at = top.indexOf(s.target);
    mean.add({ [`hr@${k}`]: at >= 0 ? 1 : 0, [`ndcg@${k}`]: at >= 0 ? ndcgAt(at + 1, k) : 0 });
  }
  return mean.result();
}
