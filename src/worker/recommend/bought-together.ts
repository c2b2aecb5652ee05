// Worker recommender strategy `bought-together`: the anchor's co-purchase neighbours, else best sellers of
// the categories bought with its category. Nothing else: a slot about the product stays about the product.
import type { Candidate } from '../../protocol/recommend.ts';
import { anchorOf } from './anchor-of.ts';
import { complementsOf } from './complements-of.ts';
import type { StrategyContext } from './strategy-context.ts';

export function boughtTogether(ctx: StrategyContext): Candidate[] {
  const anchor = anchorOf(ctx);
  if (!anchor) return [];
  return complementsOf(ctx, [anchor], { transitions: false }).filter((c) => c.productId !== anchor).slice(0, ctx.want);
}
