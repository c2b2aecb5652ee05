// Worker recommender strategy `cart`: complements of what is in the cart (the cart itself is excluded
// by the blend), and what customers bought next after those products.
import type { Candidate } from '../../protocol/recommend.ts';
import { complementsOf } from './complements-of.ts';
import type { StrategyContext } from './strategy-context.ts';

export function cart(ctx: StrategyContext): Candidate[] {
  const inCart = [...ctx.profile.cart];
  if (inCart.length === 0) return [];
  return complementsOf(ctx, inCart, { transitions: true }).slice(0, ctx.want);
}
