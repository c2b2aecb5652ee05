// Worker → catalog: an index is static files anyone can edit (a merchant fixing a typo by hand, an old
// or foreign build), so the worker holds it to the same limits the CLI writes: every product and FAQ
// text within TEXT_LIMITS (src/shared/text-limits.ts), records that cannot be products left out, and the
// id-keyed tables as null-prototype objects, so an id like "__proto__" or "constructor" is an entry like
// any other, never Object.prototype's.
import type { FaqEntry, PairTableChunk, PopularityChunk } from '../../protocol/index-format.ts';
import type { Product } from '../../protocol/product.ts';
import { fitFaqEntry, fitProduct } from '../../shared/text-limits.ts';
import { checkProductExtras } from './check-product-extras.ts';

/** The products of a chunk that can be products, each within the text limits. */
export function checkProducts(list: unknown): Product[] {
  if (!Array.isArray(list)) return [];
  const out: Product[] = [];
  for (const item of list) {
    const fitted = fitProduct(item);
    if (fitted) out.push(checkProductExtras(fitted));
  }
  return out;
}

export function checkFaq(list: unknown): FaqEntry[] {
  return Array.isArray(list) ? list.flatMap((e) => fitFaqEntry(e) ?? []) : [];
}

/** Popularity with finite scores only, keyed in a null-prototype object. */
export function checkPopularity(chunk: PopularityChunk | null): PopularityChunk | null {
  if (!chunk || typeof chunk !== 'object' || !chunk.scores || typeof chunk.scores !== 'object') return null;
  const scores: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [id, score] of Object.entries(chunk.scores)) if (typeof score === 'number' && Number.isFinite(score)) scores[id] = score;
  return { halfLifeDays: chunk.halfLifeDays, scores };
}

/** A pair table whose lists are all `[id, finite score]` pairs, keyed in a null-prototype object. */
export function ownPairTable(table: PairTableChunk): PairTableChunk {
  const pairs: PairTableChunk['pairs'] = Object.create(null) as PairTableChunk['pairs'];
  const source = table && typeof table === 'object' && table.pairs && typeof table.pairs === 'object' ? table.pairs : {};
  for (const [id, list] of Object.entries(source)) {
    if (!Array.isArray(list)) continue;
    const good = list.filter((p): p is [string, number] => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'number' && Number.isFinite(p[1]));
    if (good.length) pairs[id] = good;
  }
  return { measure: typeof table?.measure === 'string' ? table.measure : '', pairs };
}
