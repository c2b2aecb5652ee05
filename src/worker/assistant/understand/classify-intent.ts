// Assistant, understanding: lexical intent rules, checked in order (most specific first). A weak guess
// may be overruled by the embedding prototypes (intent-matcher.ts). Tuned on Bitext (test/eval).
import type { IntentGuess } from './intent.ts';
import { normalizeText } from './tokenize.ts';

const PEOPLE = String.raw`(person|human|someone|somebody|people|staff|team|manager|support|agent|assistant|operator|representative)`;
const HUMAN = new RegExp(
  String.raw`\b(humans?|real person|live agent|agent|representative|operator|customer (service|support|care|assistance|asistance)|support team|live chat` +
    String.raw`|(speak\w*|talk\w*|chat\w*|contact\w*|reach\w*|call\w*|connect\w*)( to| with| wit| wiht| witth| me with)? (a |an |the |your |some )?${PEOPLE}` +
    String.raw`|contact (you|us|the store|the shop)|get in touch|complain\w*|claims?|reclamation|feedback|(leave|submit|write|give|post|send) (a |an |some |my )?(review|opinion)|phone number)\b`,
);
/** Policy questions that share words with orders ("cancellation fee", "when will it arrive"): checked first. */
const POLICY_FIRST = /\b((delivery|shipping) (periods?|times?|options?|methods?|costs?|fees?)|options for (delivery|shipping)|how (long|soon)\b.*\b(deliver\w*|ship\w*|arriv\w*|take|expect)|when (will|is|does|do)\b.*\b(arriv\w*|deliver\w*)|payment (methods?|options?)|(accepted|allowed|available) (payment|ways)|ways to pay|cancell?ation (fee|penalt\w*|charge)s?|(early )?(exit|termination) (fee|penalt\w*|charge)s?|(refund|money back|return)s? polic\w*|in what cases\b.*\brefund|how long\b.*\brefunds?\b.*\btake)\b/;
const ACCOUNT = /\b(account|pass ?word|passwd|pwd|pin code|access key|(reset|recover|lost|forgot\w*)( my| the)? key|key reset|log ?in|sign ?(in|up)|regist\w*|newsle\w*|(un)?subscri\w*|profile|personal (info\w*|data|details)|user (info\w*|data|details|profile)|switch\w* (to )?(another |a different )?(user|account|profile)|(shipping|delivery|billing) address|my address|username|email address)\b/;
const ORDER = /\b(my (order|orders|package|parcel|delivery|purchase|refund|invoice|bill|receipt|payment|shipment)|order (number|status|id|no)|track\w* (my|an|the|order|package|parcel|number|shipment)|where is my|cancel\w*\b.*\b(order\w*|purchase\w*|it)|cancel\w*$|refunds?|invoices?|bills?|billing|receipts?|money back|charged|reimburs\w*|payments? (issues?|problems?|failed|errors?|declined)|(issues?|problems?|trouble) (with |making |paying )?(a |my |the )?payments?|report\w*\b.*\bpayments?|place (an |my |the )?order|(change|modify|update|edit)\w* (my |an |the |last |the last )*order|ordered|(add|remov\w*|delet\w*)\b.*\b(items?|something|products?|to (an|my|the) order)|(buy\w*|purchas\w*|order\w*) (several|some|a few|an|one|multiple|many) (of your )?(items?|products?|articles?)|how (do|can|could) i (buy|purchase|order)|make a purchase)\b/;
const POLICY = /\b(polic(y|ies)|(send|take|bring) (it |them |this |that )?back|return(s|ed|ing)?|exchange|ship(ping)?|delivery|deliver|warranty|guarantee|payment (method|options?)|pay (with|by)|paypal|credit card|how long (does|do|will|to)|international|privacy|size guide|faq|terms)\b/;
const GREETING = /^(hi|hello|hey|hiya|howdy|yo|good (morning|afternoon|evening)|greetings)( there| aisle| all)?$/;
const THANKS = /^(thanks?( you)?( so much| a lot| very much)?|thank u|ty|cheers|great|perfect|awesome|ok(ay)?|cool|bye|goodbye|see you|that helps|much appreciated)( thanks?)?$/;
const COMPARE = /\b(compare|comparison|versus|vs|difference between|differ|which (one )?is better|better than)\b/;
const QUESTION_ABOUT_IT = /\b(this|it|this one|that one|that|these|the one)\b.*\b(available|come in|come|made of|material|fabric|price|cost|size|sizes|fit|colou?rs?|stock|weigh|warranty|waterproof|brand)\b|\b(is|does|do|what|how much|which)\b.*\b(it|this|this one|that one)\b[ ?]*$|\bhow much (is|are|does|do)\b|\bwhat (material|colou?rs?|sizes?) (is|are|does|do)\b/;
const QUESTION_START = /^(is|are|does|do|did|can|could|will|would|should|has|have|what|whats|how|which|who|where|why)\b/;
/** Words that point at the product being looked at: "is this android-compatible?", "do they run small?" */
const DEICTIC = /\b(this|these|it|its|they|them|that|those)\b/;
/** A question that asks the shop for products rather than about one: "do you have ...", "are there any ...". */
const SEARCH_REQUEST = /\b(do you (have|sell|carry|stock)|are there any|is there an?y?|any (other|cheaper|good)|which (one|ones|product)s? (should|would|do)|recommend|suggest|looking for|show me)\b/;
const OUT_OF_SCOPE = /\b(weather|joke|poem|story|news|politic(s|al)|president|capital of|meaning of life|homework|recipe|translate|write (me )?(a|an|some)|code|movie|football score|stock market|bitcoin|who (are|made) you|are you (a )?(robot|ai|human))\b/;
const SHOPPING = /\b(looking for|show me|find|recommend|suggest|need|want|buy|gift|present|do you (have|sell|carry)|any|got)\b/;
/** Shopping phrases strong enough to keep "shoes with free shipping" a search. */
const SHOPPING_STRONG = /\b(looking for|show me|recommend|suggest|gift|do you (have|sell|carry))\b/;

/** Lexical intent of one shopper message. */
export function classifyIntent(text: string): IntentGuess {
  const t = normalizeText(text);
  if (!t) return { intent: 'greeting', strong: false };
  if (GREETING.test(t)) return { intent: 'greeting', strong: true };
  if (THANKS.test(t)) return { intent: 'thanks', strong: true };
  if (HUMAN.test(t)) return { intent: 'contact-human', strong: true };
  if (POLICY_FIRST.test(t)) return { intent: 'policy', strong: true };
  if (ACCOUNT.test(t)) return { intent: 'account', strong: true };
  if (ORDER.test(t)) return { intent: 'order-status', strong: true };
  if (COMPARE.test(t)) return { intent: 'compare', strong: true };
  if (POLICY.test(t) && !SHOPPING_STRONG.test(t)) return { intent: 'policy', strong: true };
  if (QUESTION_ABOUT_IT.test(t)) return { intent: 'product-question', strong: true };
  if (OUT_OF_SCOPE.test(t)) return { intent: 'out-of-scope', strong: true };
  if (QUESTION_START.test(t) && !SEARCH_REQUEST.test(t)) return { intent: 'product-question', strong: DEICTIC.test(t) };
  if (SHOPPING.test(t)) return { intent: 'product-search', strong: true };
  return { intent: 'product-search', strong: false };
}
