// Worker recommender strategy `similar`: products like the anchor (the page's product, else the last one
// viewed): item vectors when the index has them, the precomputed content table, and co-view neighbours.
import type { Candidate } from '../../protocol/recommend.ts';
import { rowCosine, unitCosine, unitRow } from '../../shared/int8-vectors.ts';
import { anchorOf } from './anchor-of.ts';
import { poolFor } from './reason-text.ts';
import { categoryOf, neighbours, type StrategyContext } from './strategy-context.ts';

/** Above this many products a full vector scan costs more than a recommendation should; tables only. */
const MAX_VECTOR_SCAN = 50_000;

export function similar(ctx: StrategyContext): Candidate[] {
  const anchor = anchorOf(ctx);
  if (!anchor) return [];
  const { catalog } = ctx;
  const like = { kind: 'similar', about: anchor } as const;
  const pool = poolFor(ctx);
  for (const [id, s] of neighbours(catalog.similar, anchor)) pool.add(id, s, like);
  for (const [id, s] of neighbours(catalog.coview, anchor)) pool.add(id, 0.5 * s, { kind: 'also-bought', about: anchor });
  // Visual neighbours (aisle build --images, src/worker/vision/looks-similar.ts), blended in below the text table.
  for (const [id, s] of neighbours(catalog.looksSimilar ?? null, anchor)) pool.add(id, 0.4 * s, { kind: 'looks-similar', about: anchor });
  const vec = catalog.vectors;
  const row = catalog.rowOf.get(anchor);
  if (vec && row !== undefined) {
    if (catalog.products.length <= MAX_VECTOR_SCAN) {
      const norms = ctx.indexes.vectorNorms(vec);
      const unit = unitRow(vec, row, norms);
      const best: Array<[number, number]> = [];
      for (let r = 0; r < catalog.products.length; r++) {
        if (r === row) continue;
        const s = unitCosine(vec, unit, r, norms);
        if (s > 0.3) best.push([r, s]);
      }
      best.sort((a, b) => b[1] - a[1]);
      for (const [r, s] of best.slice(0, ctx.want * 3)) pool.add(catalog.products[r]!.id, s, like);
    } else {
      for (const c of pool.list()) {
        const r = catalog.rowOf.get(c.productId);
        if (r !== undefined) pool.add(c.productId, rowCosine(vec, row, r), like);
      }
    }
  }
  // Same-category best sellers keep a thin anchor from returning nothing.
  const cat = categoryOf(catalog.byId.get(anchor));
  if (cat) ctx.indexes.popularIn(cat).slice(0, ctx.want).forEach((id, i) => pool.add(id, 0.01 / (1 + i), { kind: 'trending', about: cat }));
  return pool.list(ctx.want + 1).filter((c) => c.productId !== anchor).slice(0, ctx.want);
}
