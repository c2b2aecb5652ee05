// Second held-out shop: what the shared libraries lack for a shop that prices each bag size apart (the
// price of one named size) and for "the first one" after a search (a product of the kind asked about). Like the shared ones, its value comes from the shop's files.
import { UnresolvedReference, type Expectation, type ProductRef } from '../conversations/conversation.ts';
import { expectation } from '../conversations/expect/expectation.ts';
import { mentionsNumber } from '../conversations/expect/text-match.ts';
import { describeFilter, matches, type ProductFilter } from '../conversations/facts/product-filter.ts';
import { previous } from '../conversations/product-refs.ts';
import type { PetProduct } from '../fixtures/shops/pets/pets-product.ts';

/** "How much is the 11.3 kg bag?": the text states that size's price (any colour of it). */
export function statesSizePrice(catalog: PetProduct[], ref: ProductRef, size: string): Expectation {
  const prices = (id: string) => {
    const p = catalog.find((x) => x.id === id)!;
    const ps = p.variants.filter((v) => v.size === size).map((v) => v.price);
    if (ps.length === 0) throw new Error(`conversation script: ${p.title} has no size "${size}"`);
    return ps;
  };
  return expectation(
    (ctx) => `the text states the ${size} price of ${ref.resolve(ctx).title} (${prices(ref.resolve(ctx).id).join('/')})`,
    (a, ctx) => (prices(ref.resolve(ctx).id).some((p) => mentionsNumber(a.text, p)) ? null : JSON.stringify(a.text.slice(0, 240))),
  );
}

/**
 * Product `index` of the previous answer, when it is of the kind the shopper asked about: "the first
 * one" after a search for waterproof beds is a bed. When the answer showed something else there, the
 * question has no right answer to check and the turn is wrong (not a broken script).
 */
export function previousOf(index: number, kind: ProductFilter): ProductRef {
  const ref = previous(index);
  return {
    label: `${ref.label} (${describeFilter(kind)})`,
    resolve(ctx) {
      const p = ref.resolve(ctx);
      if (!matches(p, kind)) throw new UnresolvedReference(`${ref.label} is ${p.title} (${p.type}), not ${describeFilter(kind)}`);
      return p;
    },
  };
}
