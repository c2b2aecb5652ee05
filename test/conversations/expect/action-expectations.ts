// Conversation checks: the actions an answer offers. In the UI the check clicks the action and sees the
// page receive `aisle:contact-human` with the transcript, as a merchant's page would.
import type { Expectation } from '../conversation.ts';
import { expectation } from './expectation.ts';

export function offersHandoff(): Expectation {
  return expectation(
    () => 'the answer offers to contact a person (with the transcript)',
    (a, ctx) => {
      if (!a.actions.includes('contact-human')) return `actions: ${a.actions.join(', ') || 'none'}`;
      if (a.transcript && !a.transcript.some((t) => t.includes(ctx.message))) return `the transcript lacks "${ctx.message}": ${JSON.stringify(a.transcript)}`;
      return null;
    },
  );
}

export function noHandoff(): Expectation {
  return expectation(() => 'no offer to contact a person (the answer is in the shop\'s data)', (a) => (a.actions.includes('contact-human') ? 'offers contact-human' : null));
}
