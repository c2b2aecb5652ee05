// Conversation checks: what the answer's products must be, in catalog terms: all tents that sleep 4 or
// more, none pink, the catalog's cheapest first, exactly the two cheapest, mostly what the shopper viewed.
import type { Answer, Expectation, ProductRef, TurnContext } from '../conversation.ts';
import type { FactProduct } from '../facts/fact-product.ts';
import { describeFilter, describePick, matches, rankValue, select, type Pick, type ProductFilter } from '../facts/product-filter.ts';
import { brief, expectation, shown } from './expectation.ts';

type FilterSpec = ProductFilter | ((ctx: TurnContext) => ProductFilter);
const filterOf = (f: FilterSpec, ctx: TurnContext) => (typeof f === 'function' ? f(ctx) : f);
const list = (ps: FactProduct[]) => (ps.length ? ps.map(brief).join('; ') : 'no products');

function unknownIds(answer: Answer, ctx: TurnContext): string | null {
  const { unknown } = shown(answer, ctx);
  return unknown.length ? `ids not in the catalog: ${unknown.join(', ')}` : null;
}

export function showsProducts(min = 1, max = Infinity): Expectation {
  return expectation(
    () => (max === Infinity ? `at least ${min} product${min === 1 ? '' : 's'}` : min === max ? `exactly ${min} product${min === 1 ? '' : 's'}` : `${min} to ${max} products`),
    (a, ctx) => unknownIds(a, ctx) ?? (a.productIds.length >= min && a.productIds.length <= max ? null : `${a.productIds.length} products`),
  );
}

export function noProducts(): Expectation {
  return expectation(
    () => 'no products (not a search)',
    (a, ctx) => (a.productIds.length === 0 ? null : `${a.productIds.length} products: ${list(shown(a, ctx).products)}`),
  );
}

/** At least one product, and every one matches. */
export function allProducts(f: FilterSpec): Expectation {
  return expectation(
    (ctx) => `products, every one ${describeFilter(filterOf(f, ctx))}`,
    (a, ctx) => {
      const bad = unknownIds(a, ctx);
      if (bad) return bad;
      const { products } = shown(a, ctx);
      if (products.length === 0) return 'no products';
      const wrong = products.filter((p) => !matches(p, filterOf(f, ctx)));
      return wrong.length ? `${wrong.length} of ${products.length} do not: ${list(wrong)}` : null;
    },
  );
}

export function noProduct(f: FilterSpec): Expectation {
  return expectation(
    (ctx) => `no product ${describeFilter(filterOf(f, ctx))}`,
    (a, ctx) => {
      const wrong = shown(a, ctx).products.filter((p) => matches(p, filterOf(f, ctx)));
      return wrong.length ? list(wrong) : null;
    },
  );
}

export function someProduct(f: FilterSpec): Expectation {
  return expectation(
    (ctx) => `at least one product ${describeFilter(filterOf(f, ctx))}`,
    (a, ctx) => (shown(a, ctx).products.some((p) => matches(p, filterOf(f, ctx))) ? null : list(shown(a, ctx).products)),
  );
}

/** The first product is the best of the selection by its ranking (any of a tie will do). */
export function firstIsBest(p: Pick): Expectation {
  return expectation(
    () => `the first product is ${describePick({ ...p, take: 1 })}`,
    (a, ctx) => {
      const best = select(ctx.facts.products, { ...p, take: 1 })[0];
      if (!best) throw new Error(`conversation script: nothing in the catalog is ${describePick(p)}`);
      const first = shown(a, ctx).products[0];
      if (!first) return 'no products';
      const ok = matches(first, p.where) && rankValue(first, p.by) === rankValue(best, p.by);
      return ok ? null : `first is ${brief(first)}; the catalog's is ${brief(best)}`;
    },
  );
}

/** The products are exactly the selection's top `take` (a product tied with the last one may stand in). */
export function exactlyTop(p: Pick & { take: number }): Expectation {
  return expectation(
    () => `exactly ${describePick(p)}`,
    (a, ctx) => {
      const top = select(ctx.facts.products, p);
      const limit = rankValue(top[top.length - 1]!, p.by);
      const { products } = shown(a, ctx);
      const fits = (x: FactProduct) => matches(x, p.where) && (p.order === 'desc' ? rankValue(x, p.by) >= limit : rankValue(x, p.by) <= limit);
      const ok = products.length === p.take && products.every(fits) && new Set(products.map((x) => x.id)).size === p.take;
      return ok ? null : `got ${list(products)}; the catalog's are ${list(top)}`;
    },
  );
}

/** At least `share` of the products are of a kind the shopper viewed (recommendations from history). */
export function mostlyViewedTypes(share = 0.5): Expectation {
  const types = (ctx: TurnContext) => [...new Set(ctx.viewed.map((p) => p.type))];
  return expectation(
    (ctx) => `products, at least ${share * 100}% of them ${types(ctx).join(' or ')} (what the shopper viewed)`,
    (a, ctx) => {
      const { products } = shown(a, ctx);
      if (products.length === 0) return 'no products';
      const hits = products.filter((p) => types(ctx).includes(p.type)).length;
      return hits / products.length >= share ? null : `${hits} of ${products.length}: ${list(products)}`;
    },
  );
}

/** Recommendations say why: every card has its reason line. */
export function givesReasons(): Expectation {
  return expectation(
    () => 'products, each with its reason ("because you viewed …")',
    (a) => {
      if (a.productIds.length === 0) return 'no products';
      const without = a.productIds.filter((_, i) => !a.reasons[i]?.trim());
      return without.length ? `no reason on ${without.join(', ')}` : null;
    },
  );
}

/** "what goes with this?": products, none the product itself, most of another kind. */
export function complements(ref: ProductRef, share = 0.5): Expectation {
  return expectation(
    (ctx) => `products other than ${brief(ref.resolve(ctx))}, at least ${share * 100}% of them not ${ref.resolve(ctx).type}`,
    (a, ctx) => {
      const base = ref.resolve(ctx);
      const { products } = shown(a, ctx);
      if (products.length === 0) return 'no products';
      if (products.some((p) => p.id === base.id)) return `the product itself is among them: ${list(products)}`;
      const other = products.filter((p) => p.type !== base.type).length;
      return other / products.length >= share ? null : `${other} of ${products.length} of another kind: ${list(products)}`;
    },
  );
}
