// Assistant, decide: whether a message continues the last help-centre topic. Right after a policy or
// service answer, "and express?", "what about Germany?", "how much is it?", "I placed it 3 hours ago" are
// about that topic, whatever the intent model makes of them alone: the conversation is the evidence.
import type { ConversationState } from '../state/conversation-state.ts';
import type { IntentId } from '../understand/intent-taxonomy.ts';
import type { Understanding } from '../understand/understanding.ts';
import type { Action } from './decide.ts';
import { groupOf, needsPerson } from './intent-groups.ts';
import { catalogContent, shoppingAction } from './shopping-action.ts';

/** A service intent this likely, and other than the last, is a new question rather than a follow-up. */
const NEW_TOPIC_P = 0.5;
/** The last section holds this share of the message's words: the message is about it. */
const HOLDS_TOPIC = 0.5;

export function continueTopic(u: Understanding, state: ConversationState, pageProduct?: string): Action | null {
  const last = state.lastIntent as IntentId | undefined;
  if (!state.faq || !last) return null;
  const lastGroup = groupOf(last);
  if (lastGroup !== 'service' && lastGroup !== 'handoff') return null;
  const group = groupOf(u.top);
  const confident = u.topP >= NEW_TOPIC_P && !u.outOfScope;
  if ((group === 'social' || group === 'handoff' || group === 'service') && confident && u.top !== last && !u.followUp) return null;
  if (u.named.length > 0 && !u.followUp) return null;
  // "how do I reach you?" after a promo-code answer, "can I pick it up in a store?" after a shipping one:
  // another section holds more of the message than the last one, so it is a new help-centre question
  // (found by the help centre's words, not by the last topic), whatever the model makes of it alone.
  // A pronoun ("on which days can I reach them?", "how long does it take to get there?") points back at
  // the last topic whatever words it shares with other sections.
  const pointsBack = /\b(it|its|they|them|their|there|that|those|this)\b/.test(u.norm);
  if (!u.followUp && !pointsBack && u.otherTopicCoverage >= HOLDS_TOPIC && u.otherTopicCoverage > u.topicCoverage && !catalogContent(u)) {
    if (group === 'handoff' || group === 'social') return null;
    const intent: IntentId = group === 'service' && u.top !== last ? u.top : 'store-info';
    return { kind: 'service', intent, person: needsPerson(intent, u.problem) };
  }
  // "how much is it?" with no product to be about: "it" is the topic.
  const aboutNoProduct = group === 'question' && u.referred.length === 0 && !pageProduct && u.request.query.categoryTerms.length === 0;
  const continues = u.followUp || u.topicCoverage >= HOLDS_TOPIC || aboutNoProduct || (!confident && u.words.helpOnly.length > 0 && u.words.catalog.length === 0);
  if (!continues) return null;
  const intent: IntentId = group === 'service' && (confident || u.top === last) ? u.top : lastGroup === 'service' ? last : 'contact-customer-service';
  const action: Extract<Action, { kind: 'service' }> = { kind: 'service', intent, person: needsPerson(intent, u.problem), within: state.faq.entryId };
  // "and headphones?" after a returns answer is about returning headphones when the help centre says
  // something about them, and a search otherwise.
  return catalogContent(u) ? { ...action, orElse: shoppingAction(u, state, pageProduct) } : action;
}
