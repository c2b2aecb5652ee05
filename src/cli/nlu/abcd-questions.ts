// CLI NLU: ABCD's store flows (guidelines.json) as training messages: each FAQ subflow lists the questions
// its customers ask, in a comma-separated instruction line; those about one product train
// 'product-question', the storewide ones the store intent they belong to. The ontology's flows are where
// the store intents of the taxonomy came from (return_size → return-item, promo_code_invalid → promo-code,
// bad_price_competitor → price-match, shipping cost → shipping-cost).
import { readFileSync } from 'node:fs';
import type { IntentId } from '../../worker/assistant/understand/intent-taxonomy.ts';
import type { LabelledUtterance } from './read-intent-data.ts';

const PRODUCT_FAQS = ['Boots FAQ', 'Shirt FAQ', 'Jeans FAQ', 'Jacket FAQ'];
/** Storewide questions by their first words (lower case) → our intent; others are left out. */
const STOREWIDE: Array<[string, IntentId]> = [
  ['price of overnight shipping', 'shipping-cost'],
  ['does shopping cart qualify for free shipping', 'shipping-cost'],
  ['when does the local store open', 'store-info'],
  ['when does the annual sale begin', 'discount'],
  ['when do the promo codes expire', 'promo-code'],
  ['what are some of the benefits of membership', 'discount'],
  ['refund policy', 'check-refund-policy'],
  ['return policy', 'return-item'],
];

interface Guidelines {
  [flow: string]: { subflows: Record<string, { instructions?: string[] }> };
}

export function abcdQuestions(guidelinesFile: string): LabelledUtterance[] {
  const g = JSON.parse(readFileSync(guidelinesFile, 'utf8')) as Guidelines;
  const out: LabelledUtterance[] = [];
  for (const flow of Object.values(g)) {
    for (const [name, sub] of Object.entries(flow.subflows)) {
      const questions = (sub.instructions ?? []).slice(1).flatMap((line) => line.split(',').map((q) => q.trim()).filter(Boolean));
      for (const q of questions) {
        if (PRODUCT_FAQS.includes(name)) out.push({ text: q, label: 'product-question' });
        const storewide = STOREWIDE.find(([start]) => q.toLowerCase().startsWith(start));
        if (storewide) out.push({ text: q, label: storewide[1] });
      }
    }
  }
  return out;
}
