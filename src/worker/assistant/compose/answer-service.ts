// Assistant, answers: fixed replies for what the assistant cannot see or do on the device (orders,
// accounts), hand-off to a person, policy quotes from the FAQ, greetings and out-of-scope steering.
import type { AskResult } from '../../../protocol/assistant.ts';
import type { FaqEntry } from '../../../protocol/index-format.ts';
import type { Intent } from '../understand/intent.ts';

export type Action = NonNullable<AskResult['actions']>[number];
export const CONTACT_HUMAN: Action = { kind: 'contact-human', label: 'Talk to a person' };

export interface ServiceReply {
  text: string;
  actions?: Action[];
}

/** Quotes the matching FAQ entry verbatim; without one, says so rather than guessing. */
export function answerPolicy(entry: FaqEntry | null): ServiceReply {
  if (!entry) {
    return { text: "I don't have that in the shop's information, so I won't guess. A person from the shop can answer it.", actions: [CONTACT_HUMAN] };
  }
  const where = entry.section.length ? entry.section.join(' › ') : entry.question;
  return { text: `From the shop's ${where} information: “${entry.answer.trim()}”` };
}

/** Orders are not on the device; a related policy ("cancellations", "refunds") still helps, quoted as is. */
export function answerOrder(related: FaqEntry | null): ServiceReply {
  const base = "I can't see orders, payments or refunds: I run on your device and only know the shop's catalog. A person from the shop can look up your order.";
  if (!related) return { text: base, actions: [CONTACT_HUMAN] };
  const where = related.section.length ? related.section.join(' › ') : related.question;
  return { text: `${base} Meanwhile, the shop's ${where} information says: “${related.answer.trim()}”`, actions: [CONTACT_HUMAN] };
}

export function answerService(intent: Intent, exampleCategory: string | undefined): ServiceReply {
  const example = exampleCategory ? ` For example, ask me for ${exampleCategory.toLowerCase().replace(/-/g, ' ')}.` : '';
  switch (intent) {
    case 'account':
      return { text: "I can't see or change accounts from here. A person from the shop can help with that.", actions: [CONTACT_HUMAN] };
    case 'contact-human':
      return { text: 'Of course. Use the button below to reach a person from the shop.', actions: [CONTACT_HUMAN] };
    case 'greeting':
      return { text: `Hi! I can help you find products, compare them, or answer questions about shipping and returns.${example}` };
    case 'thanks':
      return { text: "You're welcome! Anything else I can help you find?" };
    default:
      return { text: `I'm this shop's assistant, so I can only help with its products and policies.${example}` };
  }
}
