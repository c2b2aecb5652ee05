// Conversation checks: every scripted conversation, by shop. The vitest suite and `npm run eval:chat`
// both run this list.
import type { Conversation, ShopName } from './conversation.ts';
import { DEMO_CONVERSATIONS } from './data/demo.ts';
import { DUMMYJSON_CONVERSATIONS } from './data/dummyjson.ts';
import { OUTDOOR_CONVERSATIONS } from './data/outdoor.ts';

export const SHOPS: ShopName[] = ['demo', 'outdoor', 'dummyjson'];

export const ALL_CONVERSATIONS: Conversation[] = [...DEMO_CONVERSATIONS, ...OUTDOOR_CONVERSATIONS, ...DUMMYJSON_CONVERSATIONS];

const ids = new Set<string>();
for (const c of ALL_CONVERSATIONS) {
  if (ids.has(c.id)) throw new Error(`two conversations share the id "${c.id}"; rename one`);
  ids.add(c.id);
}
