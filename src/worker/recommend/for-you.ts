// Worker recommender strategy `for-you`: the shopper's own mix (recent items through co-occurrence and
// transitions, affinities, searches, cart), falling back to trending and the page's product when new.
import type { Candidate } from '../../protocol/recommend.ts';
import { forYouPool } from './for-you-scores.ts';
import { leadsWith } from './session-focus.ts';
import type { StrategyContext } from './strategy-context.ts';

export function forYou(ctx: StrategyContext): Candidate[] {
  const pool = forYouPool(ctx);
  const focus = ctx.focus;
  if (!focus) return pool.list(ctx.want);
  // The focus's best products stay candidates even when the rest of the history outscores them.
  const all = pool.ids();
  const leading = all.filter((id) => leadsWith(focus, ctx.catalog, id, pool.term(id, 'bought-with'))).slice(0, ctx.want);
  return [...new Set([...all.slice(0, ctx.want), ...leading])].map((id) => pool.candidate(id));
}
