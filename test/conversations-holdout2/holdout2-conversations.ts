// Second held-out conversations: the shop nobody developing the assistant has run against (Maple & Mutt,
// test/fixtures/shops/pets/), and its scripts. Not part of ALL_CONVERSATIONS nor of the first held-out
// set: holdout2.test.ts measures them on their own, without failing on wrong answers.
import type { Conversation, ShopName } from '../conversations/conversation.ts';
import { ALL_CONVERSATIONS } from '../conversations/all-conversations.ts';
import { HOLDOUT_CONVERSATIONS } from '../conversations-holdout/holdout-conversations.ts';
import { PETS_CONVERSATIONS } from './pets-conversations.ts';

export const HOLDOUT2_SHOPS: ShopName[] = ['pets'];

export const HOLDOUT2_CONVERSATIONS: Conversation[] = [...PETS_CONVERSATIONS];

const ids = new Set([...ALL_CONVERSATIONS, ...HOLDOUT_CONVERSATIONS].map((c) => c.id));
for (const c of HOLDOUT2_CONVERSATIONS) {
  if (ids.has(c.id)) throw new Error(`two conversations share the id "${c.id}"; rename the second held-out one`);
  if (!HOLDOUT2_SHOPS.includes(c.shop)) throw new Error(`second held-out conversation ${c.id} is for shop "${c.shop}", which is not its shop`);
  ids.add(c.id);
}
