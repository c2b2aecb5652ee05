// Held-out conversations: the shops nobody developing the assistant runs against, and their scripts.
// Not part of ALL_CONVERSATIONS (test/conversations/): `npm run eval:chat` shows them as their own
// column, and holdout.test.ts measures them without failing on wrong answers.
import type { Conversation, ShopName } from '../conversations/conversation.ts';
import { ALL_CONVERSATIONS } from '../conversations/all-conversations.ts';
import { HOMEWARE_CONVERSATIONS } from './homeware-conversations.ts';

export const HOLDOUT_SHOPS: ShopName[] = ['homeware'];

export const HOLDOUT_CONVERSATIONS: Conversation[] = [...HOMEWARE_CONVERSATIONS];

const ids = new Set(ALL_CONVERSATIONS.map((c) => c.id));
for (const c of HOLDOUT_CONVERSATIONS) {
  if (ids.has(c.id)) throw new Error(`two conversations share the id "${c.id}"; rename the held-out one`);
  if (!HOLDOUT_SHOPS.includes(c.shop)) throw new Error(`held-out conversation ${c.id} is for shop "${c.shop}", which is not a held-out shop`);
  ids.add(c.id);
}
