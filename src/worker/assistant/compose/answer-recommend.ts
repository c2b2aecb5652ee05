// Assistant, answers: recommendations in the chat, said for what they are (similar to, goes with, from what
// the shopper looked at); each product card carries the recommender's own reason.
import type { Product } from '../../../protocol/product.ts';
import type { ChatRecommendation } from '../retrieve/recommend-in-chat.ts';
import { formatPrice } from './format-price.ts';
import { titleInText } from './title-in-text.ts';

export function answerRecommendation(relation: 'similar' | 'complement' | 'personal', anchor: Product | undefined, rec: ChatRecommendation, hasHistory: boolean): string {
  const n = rec.products.length;
  if (relation === 'personal') {
    if (n === 0) return "I don't have recommendations yet. Browse a few products and ask me again, or tell me what you're looking for.";
    return hasHistory ? `Based on what you've looked at, you might like these ${n}. Each card says why.` : `You haven't looked at much yet, so here are ${n} of the shop's most popular products.`;
  }
  const name = anchor ? `the ${titleInText(anchor)}` : 'this';
  if (n === 0) {
    const cheaper = rec.cheaperThan !== undefined && anchor ? ` cheaper than ${formatPrice(rec.cheaperThan, anchor.currency)}` : '';
    const than = rec.than ? ` and ${rec.than}` : '';
    return relation === 'complement' ? `I don't have anything that's often bought with ${name} yet.` : `I couldn't find anything similar to ${name}${cheaper}${than}.`;
  }
  if (relation === 'complement') return `These go well with ${name}. Each card says why.`;
  const cheaper = rec.cheaperThan !== undefined && anchor ? `, all cheaper than its ${formatPrice(rec.cheaperThan, anchor.currency)}` : rec.than ? `, all ${rec.than} than it` : '';
  return `Here ${n === 1 ? 'is 1 product' : `are ${n} products`} similar to ${name}${cheaper}.`;
}
