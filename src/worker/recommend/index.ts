// Worker recommender: re-exports only. The engine is the entry point; the rest is for tests and the eval.
export { RecommendationEngine, STRATEGY_FNS, type EngineOptions } from './engine.ts';
export { DEFAULT_FOR_YOU_WEIGHTS, type ForYouWeights } from './for-you-weights.ts';
