// CLI eval: one evaluation run. Test tables come from the test histories, validation tables from the
// validation histories (each excludes its own held-out items); weights are tuned on validation only.
import type { InteractionTableOptions } from '../../shared/interaction-tables.ts';
import type { CatalogData } from '../../worker/catalog/catalog-data.ts';
import { RecommendationEngine } from '../../worker/recommend/engine.ts';
import { DEFAULT_FOR_YOU_WEIGHTS, type ForYouWeights } from '../../worker/recommend/for-you-weights.ts';
import type { EvalArgs } from './eval-args.ts';
import { evalCatalog, evalProducts, type EvalCatalogStats } from './eval-catalog.ts';
import { evalFullRanking } from './full-ranking-protocol.ts';
import { evalLlmrank, type CandidateScorer } from './llmrank-protocol.ts';
import { readAtomicDataset, type Sequence } from './read-atomic-dataset.ts';
import { replayHistory } from './replay-history.ts';
import { tuneWeights, type TuningRow } from './tune-weights.ts';
import { DEFAULT_NEXT_ITEM_OPTIONS } from '../train/train-next-item-model.ts';

/**
 * The build's defaults (50 neighbours, pairs from at least 2 customers): what a merchant ships is what is
 * measured. --neighbours and --min-support change them (RESULTS-rec.md has 200 / 1 too).
 */
export const EVAL_TABLE_OPTIONS: InteractionTableOptions = {};
const NOW = Date.UTC(2024, 0, 1);

export interface EvalMetrics {
  llmrank?: Record<string, number>;
  full?: Record<string, number>;
}

export interface EvalResult {
  dataset: string;
  split: 'test' | 'valid';
  users: { llmrank: number; full: number };
  metrics: EvalMetrics;
  pop: EvalMetrics;
  weights: ForYouWeights;
  tables: InteractionTableOptions;
  tuning: TuningRow[];
  seconds: number;
  /** The next-item model: training time (both splits when tuning) and its chunk's bytes. */
  model: EvalCatalogStats & { epochs: number };
}

export function engineScorer(engine: RecommendationEngine): CandidateScorer {
  return (history, candidates) => {
    replayHistory(engine, history, NOW);
    return engine.scoreCandidates(candidates, NOW);
  };
}

export function popScorer(catalog: CatalogData): CandidateScorer {
  const scores = new Map(Object.entries(catalog.popularity?.scores ?? {}));
  return (_history, candidates) => candidates.map((id) => scores.get(id) ?? 0);
}

export function runEval(args: EvalArgs, log: (line: string) => void): EvalResult {
  const t0 = Date.now();
  const data = readAtomicDataset(args.data);
  const products = evalProducts(data.titles, [...data.test, ...(data.valid ?? [])]);
  log(`eval: ${data.name}: ${products.length} items, ${data.test.length} test sequences, ${data.candidates.size} candidate users`);
  const withTitles = data.titles.size > 0;
  const tables: InteractionTableOptions = { ...EVAL_TABLE_OPTIONS, ...args.tables };
  let weights = { ...DEFAULT_FOR_YOU_WEIGHTS };
  let tuning: TuningRow[] = [];
  const stats: EvalCatalogStats = { trainSeconds: 0, nextItemBytes: 0 };
  const split = args.split === 'valid' ? data.valid : data.test;
  if (!split) throw new Error(`--split valid needs a *.valid.inter file in ${args.data}`);
  if (args.tune) {
    if (!data.valid) throw new Error(`--tune needs a *.valid.inter file in ${args.data}`);
    const validCatalog = evalCatalog(products, data.valid, tables, withTitles, args.nextItem, stats, log);
    ({ weights, tuning } = tuneWeights(validCatalog, data.valid, data.candidates, log));
  }
  const catalog = evalCatalog(products, split, tables, withTitles, args.nextItem, stats, log);
  log(`eval: tables built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const engine = new RecommendationEngine(catalog, { weights, diversity: 1 });
  const metrics: EvalMetrics = {};
  const pop: EvalMetrics = {};
  const fullUsers = fullRankingUsers(split, data.candidates, args.users);
  if (args.protocols.includes('llmrank')) {
    pop.llmrank = evalLlmrank(split, data.candidates, popScorer(catalog));
    metrics.llmrank = evalLlmrank(split, data.candidates, engineScorer(engine));
  }
  if (args.protocols.includes('full')) {
    const ids = catalog.products.map((p) => p.id);
    const scores = popScorer(catalog)([], ids);
    const popular = ids.map((id, i) => [id, scores[i]!] as const).sort((a, b) => b[1] - a[1]).map(([id]) => id);
    pop.full = evalFullRanking(fullUsers, (history, k) => {
      const seen = new Set(history);
      return popular.filter((id) => !seen.has(id)).slice(0, k);
    });
    metrics.full = evalFullRanking(fullUsers, (history, k) => {
      replayHistory(engine, history, NOW);
      return engine.recommend({ strategy: 'for-you', limit: k }, NOW).map((c) => c.productId);
    });
  }
  log(`eval: next-item model trained in ${stats.trainSeconds.toFixed(0)} s, ${stats.nextItemBytes} bytes`);
  return { dataset: data.name, split: args.split, users: { llmrank: data.candidates.size, full: fullUsers.length }, metrics, pop, weights, tables, tuning, seconds: (Date.now() - t0) / 1000, model: { ...stats, epochs: catalog.nextItem ? args.nextItem.epochs ?? DEFAULT_NEXT_ITEM_OPTIONS.epochs : 0 } };
}

/** The .random file's users (a random sample), or the first N test sequences when --users is given. */
function fullRankingUsers(test: Sequence[], random: Map<string, string[]>, users: number | null): Sequence[] {
  if (users !== null) return test.slice(0, users);
  return test.filter((s) => random.has(s.user));
}
