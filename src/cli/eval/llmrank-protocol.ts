// CLI eval: the LLMRank protocol (Hou et al., ECIR 2024, Table 2). Per user of the `.random` file: the
// first 19 candidate ids (the ground truth skipped) plus the ground truth = 20 candidates, ranked;
// NDCG@1/5/10/20 ×100.
import type { Sequence } from './read-atomic-dataset.ts';
import { MetricMean, ndcgAt, rankOf } from './ranking-metrics.ts';

export const CANDIDATES = 20;
export const LLMRANK_KS = [1, 5, 10, 20] as const;

/** Scores the candidates for one user, given the user's history. */
export type CandidateScorer = (history: string[], candidates: string[]) => number[];

export function llmrankCandidates(random: string[], target: string): string[] {
  return [...random.filter((id) => id !== target).slice(0, CANDIDATES - 1), target];
}

export function evalLlmrank(sequences: Sequence[], random: Map<string, string[]>, score: CandidateScorer): Record<string, number> {
  const byUser = new Map(sequences.map((s) => [s.user, s]));
  const mean = new MetricMean();
  let missing = 0;
  for (const [user, list] of random) {
    const seq = byUser.get(user);
    if (!seq) {
      missing++;
      continue;
    }
    const cands = llmrankCandidates(list, seq.target);
    const rank = rankOf(score(seq.history, cands), cands.length - 1);
    mean.add(Object.fromEntries(LLMRANK_KS.map((k) => [`ndcg@${k}`, ndcgAt(rank, k)])));
  }
  if (mean.count === 0) throw new Error(`none of the ${random.size} users of the .random file has a sequence in the .inter file; check both come from the same dataset`);
  if (missing > 0) process.stderr.write(`eval: ${missing} users of the .random file have no sequence; skipped\n`);
  return mean.result();
}
