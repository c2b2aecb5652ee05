// Worker recommender: what goes with a set of products (bought-together for one anchor, cart for the
// cart): co-purchase neighbours first (the build keeps only pairs with lift whose categories sell together
// across many customers), then best sellers of the categories bought with the anchors' categories.
import type { Candidate } from '../../protocol/recommend.ts';
import { poolFor } from './reason-text.ts';
import { categoryOf, neighbours, type StrategyContext } from './strategy-context.ts';

/** Category-level fill, far below any product-level pair. */
const COMPLEMENT_SCALE = 1e-3;

export function complementsOf(ctx: StrategyContext, anchors: string[], options: { transitions: boolean }): Candidate[] {
  const { catalog } = ctx;
  const pool = poolFor(ctx);
  for (const a of anchors) {
    for (const [id, s] of neighbours(catalog.copurchase, a)) pool.add(id, s, { kind: 'bought-with', about: a });
    if (options.transitions) for (const [id, s] of neighbours(catalog.transitions, a)) pool.add(id, 0.5 * s, { kind: 'went-on-to-buy', about: a });
  }
  if (pool.size < ctx.want) {
    // Category-level fallback: categories that sell with the anchors' categories, their best sellers.
    for (const a of anchors) {
      const cat = categoryOf(catalog.byId.get(a));
      if (!cat) continue;
      for (const [other, strength] of ctx.indexes.complementsOf(cat).slice(0, 3)) {
        ctx.indexes.popularIn(other).slice(0, ctx.want).forEach((id, i) => pool.add(id, (COMPLEMENT_SCALE * strength) / (1 + i), { kind: 'complement', about: cat }));
      }
    }
  }
  return pool.list(ctx.want + anchors.length);
}
