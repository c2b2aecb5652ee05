// Assistant, decide: what the assistant does with each intent of the taxonomy. Service intents are answered
// from the help-centre section on their topic (`topic`: words that name it, used to find the section in a
// help centre the project has never seen); `person`: the shopper needs their order or account looked up,
// so the answer also offers the handoff with the transcript.
import type { IntentId } from '../understand/intent-taxonomy.ts';

export type IntentGroup = 'search' | 'question' | 'compare' | 'recommend' | 'social' | 'handoff' | 'service';

interface ServiceTopic {
  topic: string;
  person: boolean;
  /** A catch-all intent: its topic words do not pick a section on their own. */
  broad?: boolean;
}

const SERVICE: Partial<Record<IntentId, ServiceTopic>> = {
  'cancel-order': { topic: 'cancel cancellation order change', person: true },
  'change-order': { topic: 'change order cancel modify', person: true },
  'change-shipping-address': { topic: 'address change order shipping', person: true },
  'check-cancellation-fee': { topic: 'cancel cancellation fee charge', person: false },
  'check-invoice': { topic: 'invoice receipt order', person: true },
  'get-invoice': { topic: 'invoice receipt order', person: true },
  'check-payment-methods': { topic: 'payment pay card methods accept', person: false },
  'check-refund-policy': { topic: 'refund money back return', person: false },
  'contact-customer-service': { topic: 'contact email phone hours team reply', person: true, broad: true },
  'create-account': { topic: 'account sign up register create', person: false },
  'delete-account': { topic: 'account delete close data privacy', person: true },
  'delivery-options': { topic: 'shipping delivery options standard express', person: false },
  'delivery-period': { topic: 'shipping delivery days time arrive long', person: false },
  'edit-account': { topic: 'account details profile edit', person: true },
  'get-refund': { topic: 'refund return money back', person: true },
  'newsletter-subscription': { topic: 'newsletter email subscribe unsubscribe', person: false },
  'payment-issue': { topic: 'payment card charged declined problem', person: true },
  'place-order': { topic: 'order checkout buy place', person: false },
  'recover-password': { topic: 'password account sign in log in reset', person: true },
  'registration-problems': { topic: 'account register sign up problem', person: true },
  review: { topic: 'review feedback rate', person: false },
  'set-up-shipping-address': { topic: 'address shipping account', person: false },
  'switch-account': { topic: 'account switch sign in', person: true },
  'track-order': { topic: 'tracking track order parcel number email shipped', person: true },
  'track-refund': { topic: 'refund days bank card appear status', person: true },
  'return-item': { topic: 'return returns send back days label unworn', person: false },
  exchange: { topic: 'exchange swap size colour replacement', person: false },
  warranty: { topic: 'warranty guarantee defect repair faulty', person: false },
  'shipping-cost': { topic: 'shipping cost free fee price delivery', person: false },
  'international-shipping': { topic: 'international ship countries worldwide abroad duties', person: false },
  'promo-code': { topic: 'promo code discount coupon voucher checkout', person: false },
  'price-match': { topic: 'price match lower price competitor', person: false },
  discount: { topic: 'discount student sale offer percent off', person: false },
  'gift-card': { topic: 'gift card voucher balance', person: false },
  sizing: { topic: 'size sizing fit guide measure', person: false },
  'store-info': { topic: 'contact privacy hours about store', person: false, broad: true },
  complaint: { topic: 'contact complaint email team', person: true, broad: true },
};

const GROUP: Partial<Record<IntentId, IntentGroup>> = {
  'product-search': 'search',
  'product-question': 'question',
  compare: 'compare',
  recommend: 'recommend',
  greeting: 'social',
  thanks: 'social',
  goodbye: 'social',
  'contact-human': 'handoff',
};

export function groupOf(intent: IntentId): IntentGroup {
  return GROUP[intent] ?? (SERVICE[intent] ? 'service' : 'search');
}

export function serviceTopic(intent: IntentId): ServiceTopic | undefined {
  return SERVICE[intent];
}

/**
 * A problem the shopper reports ("my promo code is not working", "I was charged twice") needs a person
 * even when the intent's policy is one the help centre answers.
 */
export function needsPerson(intent: IntentId, reportsProblem: boolean): boolean {
  return (SERVICE[intent]?.person ?? false) || reportsProblem;
}
