// Conversation checks: the few words the conversation files are written in: a turn (kind, what the
// shopper says, what a right answer satisfies), setup steps before it, and a message about a product.
import type { Conversation, Expectation, Kind, Message, ProductRef, Setup, ShopName, Turn } from './conversation.ts';

export const turn = (kind: Kind, say: Message, ...expect: Expectation[]): Turn => ({ kind, say, expect });

/** `turn` with setup steps first: views recorded, a product page opened, a reload. */
export const after = (before: Setup[], t: Turn): Turn => ({ ...t, before });

/** "how much is the {title}?" about a product the conversation points at. */
export const about = (template: string, product: ProductRef): Message => ({ template, product });

export const viewed = (...refs: ProductRef[]): Setup => ({ view: refs });
export const visit = (ref: ProductRef): Setup => ({ visit: ref });
export const reload: Setup = { reload: true };

export function conversationsFor(shop: ShopName, list: Array<[id: string, via: 'ui' | 'api', ...turns: Turn[]]>): Conversation[] {
  return list.map(([id, via, ...turns]) => ({ id: `${shop}-${id}`, shop, via, turns }));
}
