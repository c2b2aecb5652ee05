// Assistant, answers: greetings, thanks, goodbyes, the handoff to a person and out-of-scope steering.
// Fixed sentences with the shop's own example category: nothing here states a fact about the shop.
import { CONTACT_HUMAN, type Reply } from './answer-policy.ts';

function example(category: string | undefined): string {
  return category ? ` For example, ask me for ${category.toLowerCase().replace(/-/g, ' ')}.` : '';
}

export function answerSocial(intent: 'greeting' | 'thanks' | 'goodbye', exampleCategory: string | undefined): Reply {
  if (intent === 'thanks') return { text: "You're welcome! Anything else I can help you find?" };
  if (intent === 'goodbye') return { text: 'Bye for now! Your conversation stays on this device if you come back.' };
  return { text: `Hi! I can help you find products, compare them, or answer questions about shipping and returns.${example(exampleCategory)}` };
}

/** `contact`: the help centre's own sentence on how to reach the shop ("Email ... (Monday to Friday)"). */
export function answerHandoff(contact?: string): Reply {
  const lead = contact ? `Of course. ${contact} Or use` : 'Of course. Use';
  return { text: `${lead} the button below to reach a person from the shop; they get this conversation.`, actions: [CONTACT_HUMAN] };
}

export function answerOutOfScope(exampleCategory: string | undefined): Reply {
  return { text: `I'm this shop's assistant, so I can only help with its products, orders and policies.${example(exampleCategory)}` };
}

export function answerClarifyProduct(): Reply {
  return { text: "Which product do you mean? Open its page or tell me its name, and I'll check." };
}
