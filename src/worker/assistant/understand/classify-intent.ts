// Assistant, understanding: lexical intent rules, checked in order (most specific first). A weak guess
// may be overruled by the embedding prototypes (intent-matcher.ts).
import type { IntentGuess } from './intent.ts';
import { normalizeText } from './tokenize.ts';

const HUMAN = /\b(humans?|real person|agent|representative|operator|customer (service|support|care)|support team|live chat|(speak|talk|chat) (to|with) (a |an |the |your |some )?(person|human|someone|somebody|people|staff|team|manager|support|agent)|call (you|someone)|phone number|contact (you|us|support|someone|the store|the shop)|get in touch|reach (you|someone))\b/;
const ORDER = /\b(my (order|orders|package|parcel|delivery|purchase|refund|invoice|bill|receipt|payment|shipment)|order (number|status|id|no)|track(ing)? (my|an|the|order|package|parcel|number|shipment)|where is my|cancel|cancellation|refund (me|my)|(get|want|request|need) (a |my )?(refund|invoice|receipt|money back)|money back|charged|invoice|bill(ed|ing)?|payment (issue|problem|failed|error|declined)|place (an |my |the )?order|(change|modify|update|edit) (my |an |the )?order|ordered|reimburse(ment)?)\b/;
const POLICY = /\b(polic(y|ies)|(send|take|bring) (it |them |this |that )?back|return(s|ing)?|exchange|refund|ship(ping)?|delivery|deliver|warranty|guarantee|payment (method|options?)|pay (with|by)|paypal|credit card|how long (does|do|will|to)|shipping costs?|free shipping|international|privacy|size guide|faq|terms)\b/;
const ACCOUNT = /\b(account|password|log ?in|sign ?(in|up)|register|registration|newsletter|subscri(be|ption)|unsubscribe|profile|(shipping|delivery|billing) address|my address|username|email address)\b/;
const GREETING = /^(hi|hello|hey|hiya|howdy|yo|good (morning|afternoon|evening)|greetings)( there| aisle| all)?$/;
const THANKS = /^(thanks?( you)?( so much| a lot| very much)?|thank u|ty|cheers|great|perfect|awesome|ok(ay)?|cool|bye|goodbye|see you|that helps|much appreciated)( thanks?)?$/;
const COMPARE = /\b(compare|comparison|versus|vs|difference between|differ|which (one )?is better|better than)\b/;
const QUESTION_ABOUT_IT = /\b(this|it|this one|that one|that|these|the one)\b.*\b(available|come in|come|made of|material|fabric|price|cost|size|sizes|fit|colou?rs?|stock|weigh|warranty|waterproof|brand)\b|\b(is|does|do|what|how much|which)\b.*\b(it|this|this one|that one)\b[ ?]*$|\bhow much (is|are|does|do)\b|\bwhat (material|colou?rs?|sizes?) (is|are|does|do)\b/;
const OUT_OF_SCOPE = /\b(weather|joke|poem|story|news|politic(s|al)|president|capital of|meaning of life|homework|recipe|translate|write (me )?(a|an|some)|code|movie|football score|stock market|bitcoin|who (are|made) you|are you (a )?(robot|ai|human))\b/;
const SHOPPING = /\b(looking for|show me|find|recommend|suggest|need|want|buy|gift|present|do you (have|sell|carry)|any|got)\b/;

/** Lexical intent of one shopper message. */
export function classifyIntent(text: string): IntentGuess {
  const t = normalizeText(text);
  if (!t) return { intent: 'greeting', strong: false };
  if (GREETING.test(t)) return { intent: 'greeting', strong: true };
  if (THANKS.test(t)) return { intent: 'thanks', strong: true };
  if (HUMAN.test(t)) return { intent: 'contact-human', strong: true };
  if (ORDER.test(t) && !/\b(policy|policies|how (long|do|does|can)|what is|whats)\b.*\b(return|refund|ship|deliver)/.test(t)) return { intent: 'order-status', strong: true };
  if (ACCOUNT.test(t)) return { intent: 'account', strong: true };
  if (COMPARE.test(t)) return { intent: 'compare', strong: true };
  if (POLICY.test(t) && !SHOPPING.test(t)) return { intent: 'policy', strong: true };
  if (QUESTION_ABOUT_IT.test(t)) return { intent: 'product-question', strong: true };
  if (OUT_OF_SCOPE.test(t)) return { intent: 'out-of-scope', strong: true };
  if (SHOPPING.test(t)) return { intent: 'product-search', strong: true };
  return { intent: 'product-search', strong: false };
}
