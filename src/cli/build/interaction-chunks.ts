// CLI build: order lines → popularity/copurchase/coview/transitions chunks, through the recommender's
// shared table builder (src/shared/interaction-tables.ts) so build time and browser agree on the maths.
import type { PairTableChunk, PopularityChunk } from '../../protocol/index-format.ts';
import type { Product } from '../../protocol/product.ts';
import { buildInteractionTables, type InteractionTableOptions } from '../../shared/interaction-tables.ts';
import type { OrderRow } from './read-orders.ts';
import type { ChunkInput } from './write-index.ts';

/** Popularity entries kept: the long tail adds download bytes, not ranking (its scores are ~0). */
export const POPULARITY_TOP = 5000;

/** The table settings a merchant may change (`--max-neighbours`, `--min-support`, ...); the rest stay the defaults. */
export type PairTableSettings = Pick<InteractionTableOptions, 'maxNeighbours' | 'minSupport' | 'minLift' | 'minCategoryCustomers'>;

/** `products` gives the bought-together filter its categories (the narrowest breadcrumb element). */
export function interactionChunks(lines: OrderRow[], settings: PairTableSettings = {}, products: readonly Product[] = []): { chunks: ChunkInput[]; popularity: PopularityChunk | null } {
  const category = new Map(products.map((p) => [p.id, p.categories.at(-1)]));
  const options: InteractionTableOptions = { ...settings };
  if (settings.minCategoryCustomers !== 0 && products.length > 0) options.categoryOf = (id) => category.get(id);
  const tables = buildInteractionTables(lines, options);
  const out: ChunkInput[] = [];
  const top = Object.entries(tables.popularity.scores).sort((a, b) => b[1] - a[1]).slice(0, POPULARITY_TOP);
  // Four decimals are plenty for ranking and cut the chunk by half.
  const popularity: PopularityChunk | null = top.length > 0 ? { ...tables.popularity, scores: Object.fromEntries(top.map(([id, s]) => [id, Math.round(s * 1e4) / 1e4])) } : null;
  if (popularity) out.push({ kind: 'popularity', body: popularity });
  const pairs: Array<['copurchase' | 'coview' | 'transitions', PairTableChunk | null]> = [
    ['copurchase', tables.copurchase],
    ['coview', tables.coview],
    ['transitions', tables.transitions],
  ];
  // Empty tables are left out: the worker treats a missing chunk as "no signal".
  for (const [kind, body] of pairs) if (body && Object.keys(body.pairs).length > 0) out.push({ kind, body });
  return { chunks: out, popularity };
}
