// Conversation checks: the answer's products against the conversation: the product pointed at ("the
// second one", "it"), the same ones as the previous answer ("compare these"), none shown before ("show me
// more"), none new (a question about the results), cheaper than before.
import type { Answer, Expectation, ProductRef, TurnContext } from '../conversation.ts';
import type { FactProduct } from '../facts/fact-product.ts';
import { brief, expectation, shown } from './expectation.ts';

const list = (ps: FactProduct[]) => (ps.length ? ps.map(brief).join('; ') : 'no products');
const unknownIds = (answer: Answer, ctx: TurnContext) => shown(answer, ctx).unknown.length > 0;

export function firstIs(ref: ProductRef): Expectation {
  return expectation(
    (ctx) => `the first product is ${ref.label} (${brief(ref.resolve(ctx))})`,
    (a, ctx) => {
      const want = ref.resolve(ctx);
      const first = shown(a, ctx).products[0];
      return first?.id === want.id ? null : first ? `first is ${brief(first)}` : 'no products';
    },
  );
}

/** Exactly one product card: this one (e.g. "show me the second one"). */
export function onlyProduct(ref: ProductRef): Expectation {
  return expectation(
    (ctx) => `exactly one product: ${ref.label} (${brief(ref.resolve(ctx))})`,
    (a, ctx) => {
      const want = ref.resolve(ctx);
      const { products } = shown(a, ctx);
      return products.length === 1 && products[0]!.id === want.id ? null : list(products);
    },
  );
}

/** Any product shown is this one: a question about a product is not a new search. */
export function staysOn(ref: ProductRef): Expectation {
  return expectation(
    (ctx) => `no product other than ${ref.label} (${brief(ref.resolve(ctx))})`,
    (a, ctx) => {
      const want = ref.resolve(ctx);
      const others = shown(a, ctx).products.filter((p) => p.id !== want.id);
      return others.length || unknownIds(a, ctx) ? `a new list: ${list(shown(a, ctx).products)}` : null;
    },
  );
}

export function includesProduct(ref: ProductRef): Expectation {
  return expectation(
    (ctx) => `${ref.label} (${brief(ref.resolve(ctx))}) among the products`,
    (a, ctx) => (shown(a, ctx).products.some((p) => p.id === ref.resolve(ctx).id) ? null : list(shown(a, ctx).products)),
  );
}

/** Exactly these products, in any order (a comparison of named products). */
export function productsAre(refs: ProductRef[]): Expectation {
  return expectation(
    (ctx) => `exactly ${refs.map((r) => brief(r.resolve(ctx))).join(' and ')}`,
    (a, ctx) => {
      const want = refs.map((r) => r.resolve(ctx).id);
      const got = shown(a, ctx).products.map((p) => p.id);
      return got.length === want.length && want.every((id) => got.includes(id)) ? null : `got ${list(shown(a, ctx).products)}`;
    },
  );
}

/** The products are these of an earlier answer (0-based positions, or 'all' for "these"), in any order. */
export function sameAsPrevious(positions: number[] | 'all', turnsBack = 1): Expectation {
  const where = turnsBack === 1 ? 'the previous answer' : `the answer ${turnsBack} turns back`;
  return expectation(
    () => (positions === 'all' ? `the same products as ${where}` : `the same products as ${where}'s #${positions.map((i) => i + 1).join(', #')}`),
    (a, ctx) => {
      const before = ctx.previous[ctx.previous.length - turnsBack];
      const at = positions === 'all' ? (before?.productIds ?? []).map((_, i) => i) : positions;
      if (at.length === 0) return `${where} showed no products`;
      const want = at.map((i) => before?.productIds[i]).map((id) => (id === undefined ? undefined : ctx.facts.find(id)?.id));
      if (want.some((id) => id === undefined)) return `${where} showed ${before?.productIds.length ?? 0} products`;
      const got = shown(a, ctx).products.map((p) => p.id);
      const same = got.length === want.length && want.every((id) => got.includes(id!));
      return same ? null : `got ${list(shown(a, ctx).products)}`;
    },
  );
}

/** "show me more": products the conversation has not shown yet. */
export function noneShownBefore(): Expectation {
  return expectation(
    () => 'no product shown earlier in the conversation',
    (a, ctx) => {
      const seen = new Set(ctx.previous.flatMap((b) => b.productIds.map((id) => ctx.facts.find(id)?.id ?? id)));
      const again = shown(a, ctx).products.filter((p) => seen.has(p.id));
      return again.length ? `shown before: ${list(again)}` : null;
    },
  );
}

/** Every product was in the previous answer: a question about those results is not a new search. */
export function withinPrevious(): Expectation {
  return expectation(
    () => 'no product that the previous answer did not show (not a new search)',
    (a, ctx) => {
      const before = new Set((ctx.previous[ctx.previous.length - 1]?.productIds ?? []).map((id) => ctx.facts.find(id)?.id ?? id));
      const extra = shown(a, ctx).products.filter((p) => !before.has(p.id));
      return extra.length ? `a new list: ${list(extra)}` : null;
    },
  );
}

/** "cheaper": every product costs less than the previous answer's products did on average. */
export function cheaperThanPrevious(): Expectation {
  const average = (ctx: TurnContext) => {
    const before = ctx.previous[ctx.previous.length - 1];
    const ps = before ? before.productIds.map((id) => ctx.facts.find(id)).filter((p) => p !== undefined) : [];
    return ps.length ? ps.reduce((s, p) => s + p.price, 0) / ps.length : Number.NaN;
  };
  return expectation(
    (ctx) => `products, every one cheaper than the previous answer's${Number.isNaN(average(ctx)) ? '' : ` average ($${average(ctx).toFixed(2)})`}`,
    (a, ctx) => {
      const avg = average(ctx);
      if (Number.isNaN(avg)) return 'the previous answer showed no products';
      const { products } = shown(a, ctx);
      if (products.length === 0) return 'no products';
      const dear = products.filter((p) => p.price >= avg);
      return dear.length ? `not cheaper: ${list(dear)}` : null;
    },
  );
}
