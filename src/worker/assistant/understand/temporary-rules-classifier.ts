// TEMPORARY (issue #8): an IntentClassifier over the old lexical rules (classify-intent.ts), so the
// understanding pipeline runs end to end until the trained intent models land under understand/intent-model/.
// It is deleted with classify-intent.ts when they do: the issue forbids hand-written rules as the answer.
import { classifyIntent } from './classify-intent.ts';
import type { IntentClassifier, IntentDistribution } from './intent-classifier.ts';
import { INTENT_IDS, type IntentId } from './intent-taxonomy.ts';
import { normalizeText } from './tokenize.ts';

/** Fine ids for the old coarse groups, first match wins; the last entry of each group is its default. */
const FINE: Record<string, Array<[RegExp, IntentId]>> = {
  policy: [
    [/\b(promo|coupon|voucher|discount code|code)\b/, 'promo-code'],
    [/\b(price match|match (a |the )?(lower )?price|cheaper elsewhere|beat (a |the )?price)\b/, 'price-match'],
    [/\b(student|military|discount|sale)\b/, 'discount'],
    [/\bgift ?cards?\b/, 'gift-card'],
    [/\b(international|abroad|overseas|uk|europe|canada|australia|countr\w*|ship to)\b/, 'international-shipping'],
    [/\b(cost|costs|fee|fees|free|price|how much)\b.*\b(ship\w*|deliver\w*)\b|\b(ship\w*|deliver\w*)\b.*\b(cost|costs|fee|fees|free|how much)\b/, 'shipping-cost'],
    [/\b(how long|when|days|arriv\w*|express|standard|delivery time)\b/, 'delivery-period'],
    [/\b(exchange|swap)\b/, 'exchange'],
    [/\b(warrant\w*|guarantee|broken|defect\w*|repair)\b/, 'warranty'],
    [/\b(refund)\b/, 'check-refund-policy'],
    [/\b(return|send\w* back|bring back|take back)\b/, 'return-item'],
    [/\b(pay|payment|card|paypal|klarna|instal\w*)\b/, 'check-payment-methods'],
    [/\b(size|sizing|fit)\b/, 'sizing'],
    [/\b(privacy|data|cookie|hours|open|located|address|who are you)\b/, 'store-info'],
    [/.*/, 'delivery-options'],
  ],
  'order-status': [
    [/\bcancel\w*\b/, 'cancel-order'],
    [/\b(refund)\b.*\b(status|where|when|track|yet|still)\b|\b(where|when)\b.*\brefund\b/, 'track-refund'],
    [/\brefund|money back|reimburs\w*\b/, 'get-refund'],
    [/\binvoice|receipt|bill\b/, 'get-invoice'],
    [/\b(charged|payment|pay|card declined)\b/, 'payment-issue'],
    [/\b(change|modify|edit|update|add|remove)\b/, 'change-order'],
    [/\b(place|buy|purchase) (an |my |the )?order\b|\bhow (do|can) i (buy|order)\b/, 'place-order'],
    [/.*/, 'track-order'],
  ],
  account: [
    [/\b(password|pass word|log ?in|sign ?in|locked)\b/, 'recover-password'],
    [/\bdelete|close|remove\b/, 'delete-account'],
    [/\b(newsletter|subscri\w*|unsubscri\w*)\b/, 'newsletter-subscription'],
    [/\b(address)\b/, 'change-shipping-address'],
    [/\b(create|open|sign ?up|register|new)\b/, 'create-account'],
    [/.*/, 'edit-account'],
  ],
};
const DIRECT: Record<string, IntentId> = {
  'product-search': 'product-search', 'product-question': 'product-question', compare: 'compare', greeting: 'greeting', thanks: 'thanks', 'contact-human': 'contact-human',
};
const RECOMMEND = /\b(based on|what (goes|would go|goes well) with|go(es)? with (this|it|that)|similar|alternatives?|like (this|that|it)|pair (it )?with|complete the look|for me)\b/;
/** Store topics the old rules never had (they read "promo code" as out of scope, "student discount" as a search). */
const STORE_TOPIC = /\b(promo|coupon|voucher|discount|price match|match (a |the )?(lower )?price|gift ?cards?|international(ly)?|ship to)\b/;
const GOODBYE = /^(bye|goodbye|see you|see ya|that s all|thats all|good night)\b/;

export class TemporaryRulesClassifier implements IntentClassifier {
  classify(text: string): IntentDistribution {
    const t = normalizeText(text);
    const guess = classifyIntent(text);
    let top: IntentId;
    if (GOODBYE.test(t)) top = 'goodbye';
    else if (STORE_TOPIC.test(t) && guess.intent !== 'order-status' && guess.intent !== 'contact-human') top = (FINE.policy as Array<[RegExp, IntentId]>).find(([re]) => re.test(t))?.[1] as IntentId;
    else if ((guess.intent === 'product-search' || guess.intent === 'product-question') && /\brecommend|suggest|similar|goes with|go with|alternative/.test(t) && RECOMMEND.test(t)) top = 'recommend';
    else if (FINE[guess.intent]) top = (FINE[guess.intent] as Array<[RegExp, IntentId]>).find(([re]) => re.test(t))?.[1] as IntentId;
    else top = DIRECT[guess.intent] ?? 'product-search';
    const p = guess.strong ? 0.9 : 0.55;
    const rest = (1 - p) / (INTENT_IDS.length - 1);
    const ranked = [{ intent: top, p }, ...INTENT_IDS.filter((id) => id !== top).map((intent) => ({ intent, p: rest }))];
    return { ranked, outOfScope: guess.intent === 'out-of-scope' && !STORE_TOPIC.test(t) ? 0.9 : 0.05, outOfScopeThreshold: 0.5, source: 'lexical' };
  }
}
