// Assistant: finds the two or three products a comparison is about: pointed at ("these", "the first two"),
// named ("the Storm Shell vs the Drizzle"), described ("the two cheapest tents"), or one per part of
// "Stridewell vs Northpace running shoes" (each part searched with the subject the message shares).
import type { Product } from '../../protocol/product.ts';
import { comparisonTable, compareSummary } from './compose/answer-compare.ts';
import type { Draft, Tools } from './draft.ts';
import { findNamedProducts } from './retrieve/find-named-products.ts';
import { parseQuery } from './understand/parse-query.ts';
import { parseReference } from './understand/parse-references.ts';
import { hasSearchContent, hasSubject, mergeQueries, type SearchQuery } from './understand/search-query.ts';
import { normalizeText } from './understand/tokenize.ts';
import type { Understanding } from './understand/understanding.ts';
import { titleInText } from './compose/title-in-text.ts';

const MAX = 3;

async function topOf(tools: Tools, u: Understanding, query: SearchQuery, limit: number): Promise<Product[]> {
  const outcome = await tools.search.search({ query, text: u.text, limit, ...(u.embedding ? { embedding: u.embedding } : {}), ...(tools.embed ? { embed: tools.embed } : {}) });
  return outcome.relaxed ? [] : outcome.products;
}

async function find(u: Understanding, tools: Tools, ids: string[], q: SearchQuery): Promise<Product[]> {
  const byId = (list: string[]) => list.map((id) => tools.catalog.byId.get(id)).filter((p): p is Product => !!p);
  if (ids.length >= 2) return byId(ids).slice(0, MAX);
  // "compare the first two" with nothing shown yet points at nothing: ask, never guess.
  if (u.reference && u.reference.kind !== 'singular') return byId(u.referred).slice(0, MAX);
  // "the two cheapest tents": the description is a search whose first results are the products.
  if (hasSubject(q) && ((q.count ?? 0) >= 2 || q.superlative)) return topOf(tools, u, q, Math.min(MAX, Math.max(2, q.count ?? 2)));
  const context = tools.state.focus ?? tools.page.productId;
  // A part with no subject of its own ("the most expensive one") takes the message's, else the active search's.
  const subject = hasSubject(q) ? q : tools.state.search ? mergeQueries(tools.state.search.query, q) : q;
  if (u.parts.length >= 2) {
    const found: Product[] = [];
    for (const part of u.parts.slice(0, MAX)) {
      const pronoun = parseReference(normalizeText(part))?.kind === 'singular' && context;
      const p = pronoun ? byId([context])[0] : (findNamedProducts(part, tools.search, tools.catalog.byId, 1)[0] ?? (await topOf(tools, u, withSubject(parseQuery(part, tools.search.vocab).query, subject), 1))[0]);
      if (p && !found.some((f) => f.id === p.id)) found.push(p);
    }
    if (found.length >= 2) return found;
  }
  // One named product and one in view: "compare it with the Storm Shell".
  const one = byId(u.named).slice(0, 1);
  const other = context && context !== one[0]?.id ? byId([context]) : [];
  return [...one, ...other].slice(0, 2);
}

/** A part of "X vs Y running shoes" inherits the subject the whole message names. */
function withSubject(part: SearchQuery, whole: SearchQuery): SearchQuery {
  if (!hasSearchContent(part)) return whole;
  return hasSubject(part) && part.categoryTerms.length > 0 ? part : { ...part, categoryTerms: whole.categoryTerms, terms: part.brand ? whole.terms : [...part.terms, ...whole.terms] };
}

export async function runCompare(u: Understanding, tools: Tools, ids: string[], query: SearchQuery): Promise<Draft> {
  const items = await find(u, tools, ids, query);
  if (items.length < 2) {
    const text = items.length === 1 ? `I found the ${titleInText(items[0])}, but not the other product. Which one should I compare it with?` : 'Tell me which two products to compare (their names), or say "compare these" after a search.';
    return { intent: 'compare', text, products: items, reason: 'For comparison', effect: { intent: 'compare', shown: items.map((p) => p.id), replacesResults: false } };
  }
  return {
    intent: 'compare',
    text: compareSummary(items),
    products: items,
    reason: 'In the comparison',
    comparison: comparisonTable(items),
    // "the two cheapest backpacks" is a search too: "now the two most expensive" continues it.
    effect: { intent: 'compare', shown: items.map((p) => p.id), replacesResults: true, ...(described(u, ids, query) ? { search: { query, more: false } } : {}) },
  };
}

function described(u: Understanding, ids: string[], q: SearchQuery): boolean {
  return ids.length < 2 && !u.reference && hasSubject(q) && ((q.count ?? 0) >= 2 || !!q.superlative);
}
