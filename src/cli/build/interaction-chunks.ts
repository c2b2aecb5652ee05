// CLI build: order lines → popularity/copurchase/coview/transitions chunks, through the recommender's
// shared table builder (src/shared/interaction-tables.ts) so build time and browser agree on the maths.
import type { PairTableChunk, PopularityChunk } from '../../protocol/index-format.ts';
import type { Product } from '../../protocol/product.ts';
import { customerSequences } from '../../shared/customer-sequences.ts';
import { buildInteractionTables, type InteractionTableOptions } from '../../shared/interaction-tables.ts';
import { encodeNextItem } from '../../shared/next-item-model.ts';
import { DEFAULT_NEXT_ITEM_OPTIONS, trainNextItemModel, type NextItemTrainOptions } from '../train/train-next-item-model.ts';
import type { OrderRow } from './read-orders.ts';
import type { ChunkInput } from './write-index.ts';

/** Popularity entries kept: the long tail adds download bytes, not ranking (its scores are ~0). */
export const POPULARITY_TOP = 5000;

/** The table settings a merchant may change (`--max-neighbours`, `--min-support`, ...); the rest stay the defaults. */
export type PairTableSettings = Pick<InteractionTableOptions, 'maxNeighbours' | 'minSupport' | 'minLift' | 'minCategoryCustomers'> & {
  /** The next-item model's training (`--next-item-epochs`; 0 trains none). */
  nextItem?: Partial<NextItemTrainOptions>;
};

/** Fewer customer sequences than this teach a model nothing the tables do not already say. */
const MIN_SEQUENCES = 20;

/** `products` gives the bought-together filter its categories (the narrowest breadcrumb element). */
export function interactionChunks(
  lines: OrderRow[],
  settings: PairTableSettings = {},
  products: readonly Product[] = [],
  progress?: (fraction: number) => void,
): { chunks: ChunkInput[]; popularity: PopularityChunk | null } {
  const category = new Map(products.map((p) => [p.id, p.categories.at(-1)]));
  const { nextItem, ...pairSettings } = settings;
  const options: InteractionTableOptions = { ...pairSettings };
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
  const model = nextItemChunk(lines, products, nextItem ?? {}, progress);
  // File name without the hyphen: write-index only cleans up `<letters>-<hash>` files of earlier builds.
  if (model) out.push({ kind: 'next-item', name: 'nextitem', body: model });
  return { chunks: out, popularity };
}

/** The next-item model trained on the customers' sequences, rows in product order (null: not enough data). */
export function nextItemChunk(lines: OrderRow[], products: readonly Product[], options: Partial<NextItemTrainOptions>, progress?: (fraction: number) => void): Uint8Array | null {
  if (options.epochs === 0 || products.length === 0) return null;
  const rowOf = new Map(products.map((p, i) => [p.id, i]));
  const sequences = customerSequences(lines)
    .map((s) => s.flatMap((id) => (rowOf.has(id) ? [rowOf.get(id)!] : [])))
    .filter((s) => s.length >= 2);
  if (sequences.length < MIN_SEQUENCES) return null;
  const epochs = options.epochs ?? DEFAULT_NEXT_ITEM_OPTIONS.epochs;
  const model = trainNextItemModel(sequences, products.length, options, (r) => progress?.(epochs > 0 ? r.epoch / epochs : 1));
  return encodeNextItem(model.dim, model.positions, model.rows, model.bias);
}
