// Conversation checks: conversations today's assistant gets wrong, each with what goes wrong. The suite
// runs them with `it.fails`, so it passes while they stay wrong and fails the moment one comes right: then
// take it off this list (`npm run eval:chat` names them). Measured on the branch `chat` after the trained
// intent models replaced the rules (test/eval/RESULTS-chat.md has the table).

const FOLLOW_UP_SENTENCE = 'a follow-up inside the section picks the wrong sentence: its words are not the sentence\'s (boots/footwear, hold/reserve, money back/refunds appear)';
const PARAPHRASE = 'the help-centre sentence says it in other words, so lexical retrieval and the conservative yes/no miss it';
const BY_MEANING = 'a purpose or recipient found by meaning: USE-Lite ranks related products (walking staff, rain jackets) above the ones that fit';

export const KNOWN_FAILING: Record<string, string> = {
  // demo
  'demo-return-jeans-that-do-not-fit': FOLLOW_UP_SENTENCE,
  'demo-exchange-for-bigger-size': FOLLOW_UP_SENTENCE,
  'demo-promo-code-not-working': '"how do I reach you?" after a promo-code answer: no help-centre sentence uses "reach" for contacting',
  'demo-order-arrived-damaged': 'yes/no needs every asked word in the sentence: "the zip on my boots broke" against "Footwear ... zips" is not a yes',
  // outdoor
  'outdoor-present-for-a-sporty-teenager': BY_MEANING,
  'outdoor-dry-on-rainy-walks': BY_MEANING,
  'outdoor-recommend-from-history': 'for-you from three viewed sleeping bags is dominated by popular products; "cheaper ones" then has no search to refine',
  'outdoor-warranty-and-repairs': PARAPHRASE,
  'outdoor-rental-prices': '"what are your rental prices?": the intent model reads price match, and "rental" shares no stem with the heading\'s "rent" (the tokenizer has no -al/-ed stemming), so the price-match section wins',
  // dummyjson
  'dummyjson-rewards-tiers': '"what are the Rewards tiers?" is read as a product search ("No, we don\'t sell rewards tiers") though a help-centre heading holds those words: decide does not ask the help centre before an absence answer',
};
