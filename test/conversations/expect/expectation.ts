// Conversation checks: the one way an expectation is built: what a right answer states (with the
// values computed from the shop's files) and a check that returns what was wrong, or null.
import { UnresolvedReference, type Answer, type Expectation, type TurnContext, type Verdict } from '../conversation.ts';
import type { FactProduct } from '../facts/fact-product.ts';

export function expectation(expected: (ctx: TurnContext) => string, check: (answer: Answer, ctx: TurnContext) => string | null): Expectation {
  return {
    evaluate(answer, ctx): Verdict {
      try {
        const wanted = expected(ctx);
        const wrong = check(answer, ctx);
        return wrong === null ? { expected: wanted, ok: true } : { expected: wanted, ok: false, got: wrong };
      } catch (err) {
        // "the second one" when the previous answer showed one product: a wrong conversation, not a broken check.
        if (err instanceof UnresolvedReference) return { expected: 'a product the conversation refers to', ok: false, got: err.message };
        throw err;
      }
    },
  };
}

/** The answer's products as the catalog describes them; ids the catalog lacks are listed apart. */
export function shown(answer: Answer, ctx: TurnContext): { products: FactProduct[]; unknown: string[] } {
  const products: FactProduct[] = [];
  const unknown: string[] = [];
  for (const id of answer.productIds) {
    const p = ctx.facts.find(id);
    if (p) products.push(p);
    else unknown.push(id);
  }
  return { products, unknown };
}

export const brief = (p: FactProduct) => `${p.title} [${p.id}: ${p.type}, $${p.price}${p.colours.length ? `, ${p.colours.join('/')}` : ''}]`;
