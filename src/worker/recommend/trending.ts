// Worker recommender strategy `trending`: time-decayed popularity from the index (the build decays it),
// the page's category first when there is one.
import type { Candidate } from '../../protocol/recommend.ts';
import { poolFor } from './reason-text.ts';
import { categoryOf, type StrategyContext } from './strategy-context.ts';

export function trending(ctx: StrategyContext): Candidate[] {
  const pool = poolFor(ctx);
  const pageCat = ctx.category ?? categoryOf(ctx.productId ? ctx.catalog.byId.get(ctx.productId) : undefined);
  if (pageCat) {
    // Doubling keeps the page's category on top while other categories still fill the slot.
    for (const id of ctx.indexes.popularIn(pageCat)) pool.add(id, 2 * ctx.indexes.popularity(id), { kind: 'trending', about: pageCat });
  }
  for (const id of ctx.indexes.popular().slice(0, ctx.want * 3)) {
    if (pool.has(id)) continue;
    pool.add(id, ctx.indexes.popularity(id), { kind: 'trending', about: categoryOf(ctx.catalog.byId.get(id)) });
  }
  return pool.list(ctx.want + 1).filter((c) => c.productId !== ctx.productId).slice(0, ctx.want);
}
