// Conversation checks: pointing at products: "the second product of the previous answer", "the
// catalog's cheapest sleeping bag", "the product whose page the shopper is on".
import { UnresolvedReference, type ProductRef } from './conversation.ts';
import { describePick, select, type Pick } from './facts/product-filter.ts';

const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

/** Product `index` (0-based) of the answer `turnsBack` turns ago. */
export function previous(index: number, turnsBack = 1): ProductRef {
  const label = `the ${ORDINAL[index] ?? `#${index + 1}`} product of ${turnsBack === 1 ? 'the previous answer' : `the answer ${turnsBack} turns back`}`;
  return {
    label,
    resolve(ctx) {
      const answer = ctx.previous[ctx.previous.length - turnsBack];
      const id = answer?.productIds[index];
      if (id === undefined) throw new UnresolvedReference(`${label}: that answer showed ${answer?.productIds.length ?? 0} products`);
      const product = ctx.facts.find(id);
      if (!product) throw new UnresolvedReference(`${label}: "${id}" is not in the catalog`);
      return product;
    },
  };
}

/** Product `index` of the catalog's own selection (e.g. the cheapest tent). */
export function pick(p: Pick, index = 0): ProductRef {
  const label = index === 0 ? describePick({ ...p, take: undefined }) : `#${index + 1} of ${describePick(p)}`;
  return {
    label,
    resolve(ctx) {
      const found = select(ctx.facts.products, p)[index];
      // The catalog lacks what the script assumed: the script is broken, not the answer.
      if (!found) throw new Error(`conversation script: no catalog product is ${label} in shop "${ctx.facts.shop}"`);
      return found;
    },
  };
}

export function byTitle(title: string): ProductRef {
  return {
    label: `"${title}"`,
    resolve(ctx) {
      const found = ctx.facts.products.find((p) => p.title === title);
      if (!found) throw new Error(`conversation script: shop "${ctx.facts.shop}" has no product titled "${title}"`);
      return found;
    },
  };
}

export function focused(): ProductRef {
  return {
    label: 'the product whose page the shopper is on',
    resolve(ctx) {
      if (!ctx.focus) throw new Error('conversation script: focused() needs a { visit } step before the turn');
      return ctx.focus;
    },
  };
}

/** The cheaper of two products (the first on a tie): "which one is cheaper?" names it. */
export function cheaperOf(a: ProductRef, b: ProductRef): ProductRef {
  return {
    label: `the cheaper of ${a.label} and ${b.label}`,
    resolve(ctx) {
      const [x, y] = [a.resolve(ctx), b.resolve(ctx)];
      return y.price < x.price ? y : x;
    },
  };
}
