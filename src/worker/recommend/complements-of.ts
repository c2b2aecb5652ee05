// Worker recommender: what goes with a set of products (bought-together for one anchor, cart for the
// cart): co-purchase neighbours first, then transitions, then best sellers of complementary categories.
import type { Candidate } from '../../protocol/recommend.ts';
import { CandidatePool } from './candidate-pool.ts';
import { categoryOf, neighbours, titleOf, type StrategyContext } from './strategy-context.ts';

export function complementsOf(ctx: StrategyContext, anchors: string[], reasonFor: (title: string) => string): Candidate[] {
  const { catalog } = ctx;
  const pool = new CandidatePool();
  for (const a of anchors) {
    const reason = reasonFor(titleOf(ctx, a));
    for (const [id, s] of neighbours(catalog.copurchase, a)) pool.add(id, s, 'copurchase', reason);
    for (const [id, s] of neighbours(catalog.transitions, a)) pool.add(id, 0.5 * s, 'transitions', reason);
  }
  if (pool.size < ctx.want) {
    // Category-level fallback: categories that sell with the anchors' categories, their best sellers.
    for (const a of anchors) {
      const cat = categoryOf(catalog.byId.get(a));
      if (!cat) continue;
      for (const [other, strength] of ctx.indexes.complementsOf(cat).slice(0, 3)) {
        ctx.indexes.popularIn(other).slice(0, ctx.want).forEach((id, i) => pool.add(id, (1e-3 * strength) / (1 + i), 'category-complement', `Goes with ${titleOf(ctx, a)}`));
      }
    }
  }
  return pool.list();
}
