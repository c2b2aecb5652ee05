// Assistant, answers: service questions answered in the help centre's own sentences, with yes or no when
// the text decides it, the section named as the source (the whole section travels in `source` for the UI),
// and the handoff to a person when the shopper's order or account must be looked up or the shop has no answer.
import type { AnswerAction, AnswerSource } from '../../../protocol/assistant.ts';
import type { FaqAnswer } from '../retrieve/faq-search.ts';
import { placesIn } from '../understand/places.ts';
import { yesOrNo } from './yes-or-no.ts';

export const CONTACT_HUMAN: AnswerAction = { kind: 'contact-human', label: 'Talk to a person' };

export interface Reply {
  text: string;
  actions?: AnswerAction[];
  source?: AnswerSource;
}

export interface PolicyQuestion {
  text: string;
  yesNo: boolean;
  /** The shopper's order, account or a problem must be looked at by a person. */
  person: boolean;
}

/** "Shipping is free ..." → "shipping is free ..." after "Yes, ", unless the first word is a name. */
function continueSentence(sentence: string, properWords: ReadonlySet<string>): string {
  const first = /^[A-Za-z][a-z-]*/.exec(sentence)?.[0];
  if (!first || first === 'I' || properWords.has(first.toLowerCase()) || placesIn(first.toLowerCase()).length > 0) return sentence;
  return first.toLowerCase() + sentence.slice(first.length);
}

const PERSON = 'A person from the shop can look into it for you: use the button below and they get this conversation.';

export function answerPolicy(q: PolicyQuestion, hit: FaqAnswer | null, properWords: ReadonlySet<string>): Reply {
  if (!hit) {
    return { text: "The shop's help centre doesn't cover that, so I won't guess. A person from the shop can answer it: use the button below.", actions: [CONTACT_HUMAN] };
  }
  const source: AnswerSource = { entryId: hit.entry.id, section: hit.name, text: hit.entry.answer };
  const verdict = q.yesNo ? yesOrNo(q.text, hit.sentences, hit.headingTerms) : null;
  const [first = '', ...more] = hit.sentences;
  // "No, Dummy Mart is an online-only shop": a sentence that already opens with the verdict is not given a second one.
  const opens = /^(yes|no)\b/i.exec(first)?.[1]?.toLowerCase();
  const lead = verdict && opens !== verdict ? `${verdict === 'yes' ? 'Yes' : 'No'}, ${continueSentence(first, properWords)}` : first;
  const body = [lead, ...more].join(' ');
  const text = q.person ? `${body} ${PERSON}` : body;
  return { text, source, ...(q.person ? { actions: [CONTACT_HUMAN] } : {}) };
}
