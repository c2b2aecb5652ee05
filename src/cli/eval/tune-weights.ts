// CLI eval: coordinate search of the for-you blend weights on the validation split (LLMRank NDCG@10).
// Each step tries a few multiples of one weight and keeps the best; one pass keeps it to a few minutes.
import type { CatalogData } from '../../worker/catalog/catalog-data.ts';
import { RecommendationEngine } from '../../worker/recommend/engine.ts';
import { DEFAULT_FOR_YOU_WEIGHTS, type ForYouWeights } from '../../worker/recommend/for-you-weights.ts';
import { evalLlmrank } from './llmrank-protocol.ts';
import type { Sequence } from './read-atomic-dataset.ts';
import { engineScorer } from './run-eval.ts';

export interface TuningRow {
  change: string;
  ndcg10: number;
}

type Key = keyof ForYouWeights;
const SEARCH: Array<[Key, number[]]> = [
  ['transitions', [0.5, 2]],
  ['coview', [0.5, 2]],
  ['similar', [0, 0.5, 2]],
  ['twoHop', [0, 0.5, 2]],
  ['text', [0, 0.5, 2]],
  ['popularity', [0.5, 2]],
  ['popularityExponent', [0.25, 0.5, 1]],
  ['stepDecay', [0.7, 0.8, 0.9]],
  ['model', [0.5, 2]],
  ['modelTemperature', [0.5, 2]],
];

export function tuneWeights(catalog: CatalogData, valid: Sequence[], random: Map<string, string[]>, log: (line: string) => void): { weights: ForYouWeights; tuning: TuningRow[] } {
  const score = (w: ForYouWeights) => evalLlmrank(valid, random, engineScorer(new RecommendationEngine(catalog, { weights: w, diversity: 1 })))['ndcg@10']!;
  let best = { ...DEFAULT_FOR_YOU_WEIGHTS };
  let bestScore = score(best);
  const tuning: TuningRow[] = [{ change: 'defaults', ndcg10: bestScore }];
  log(`tune: defaults ${bestScore}`);
  for (let pass = 0; pass < 1; pass++) {
    for (const [key, values] of SEARCH) {
      const base = best[key];
      for (const v of values) {
        // Absolute values for exponents and decays, multiples of the current value for weights.
        const value = key === 'popularityExponent' || key === 'stepDecay' ? v : base === 0 ? v : base * v;
        if (value === base) continue;
        const trial = { ...best, [key]: value };
        const s = score(trial);
        log(`tune: ${key}=${value} → ${s}`);
        if (s > bestScore) {
          best = trial;
          bestScore = s;
          tuning.push({ change: `${key}=${Number(value.toPrecision(4))}`, ndcg10: s });
        }
      }
    }
  }
  return { weights: best, tuning };
}
