// Assistant, retrieval: which catalog products a message names ("how much is the Trail Runner 2?",
// "compare the Aero Jacket and the Storm Shell"), by title-term coverage, best first.
import type { Product } from '../../../protocol/product.ts';
import { canonicalTerms } from '../understand/catalog-vocab.ts';
import type { ProductSearch } from './product-search.ts';

/** A title counts as named when the message holds at least this share of its terms. */
const MIN_TITLE_COVERAGE = 0.6;

export function findNamedProducts(text: string, search: ProductSearch, products: Map<string, Product>, max = 2): Product[] {
  const asked = new Set(canonicalTerms(text));
  if (asked.size === 0) return [];
  const scores = search.textScores([...asked]);
  const found: Array<{ p: Product; coverage: number; score: number }> = [];
  for (const [id, score] of scores) {
    const p = products.get(id);
    if (!p) continue;
    const titleTerms = [...new Set(canonicalTerms(p.title))];
    if (titleTerms.length === 0) continue;
    const coverage = titleTerms.filter((t) => asked.has(t)).length / titleTerms.length;
    if (coverage >= MIN_TITLE_COVERAGE) found.push({ p, coverage, score });
  }
  found.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
  return found.slice(0, max).map((f) => f.p);
}
