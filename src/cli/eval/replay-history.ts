// CLI eval: a test user's history, replayed through the engine the way the worker replays stored events
// (one purchase per step, a minute apart, ending at `now`).
import type { RecommendationEngine } from '../../worker/recommend/engine.ts';

export const STEP_MS = 60_000;

export function replayHistory(engine: RecommendationEngine, history: string[], now: number): void {
  engine.reset();
  history.forEach((productId, i) => engine.observe({ type: 'purchase', productId, at: now - (history.length - i) * STEP_MS }));
}
