// CLI NLU: fits the attribute ranker's feature weights (rank-attributes.ts) by listwise softmax
// cross-entropy: per question, the probability mass the softmax over its candidates puts on the right ones.
// Plain gradient descent from a fixed start: six weights, a few hundred steps, deterministic.
import { scoreFeatures, type FeatureVector } from '../../worker/assistant/retrieve/rank-attributes.ts';

export interface RankingGroup {
  features: FeatureVector[];
  labels: number[];
}

export function fitRankerWeights(groups: RankingGroup[], use: boolean[], steps = 400, learningRate = 2, l2 = 1e-3): number[] {
  const k = use.length;
  const w: number[] = use.map((u) => (u ? 1 : 0));
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(k).fill(0);
    let n = 0;
    for (const g of groups) {
      if (!g.labels.some((l) => l > 0)) continue;
      n++;
      const s = g.features.map((f) => scoreFeatures(f, w));
      const max = Math.max(...s);
      const e = s.map((x) => Math.exp(x - max));
      const z = e.reduce((a, b) => a + b, 0);
      const zPos = e.reduce((a, x, i) => a + (g.labels[i] ? x : 0), 0);
      // d(−log zPos/z)/dw = E_all[f] − E_pos[f]
      g.features.forEach((f, i) => {
        const pAll = (e[i] as number) / z;
        const pPos = g.labels[i] ? (e[i] as number) / zPos : 0;
        for (let j = 0; j < k; j++) grad[j] = (grad[j] as number) + (pAll - pPos) * (f[j] as number);
      });
    }
    for (let j = 0; j < k; j++) if (use[j]) w[j] = (w[j] as number) - learningRate * ((grad[j] as number) / n + l2 * (w[j] as number));
  }
  return w.map((x) => Math.round(x * 1000) / 1000);
}
