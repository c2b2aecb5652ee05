// Conversation checks: policy answers against the help centre's own sentences: the value that answers
// the question ("60 days", "$19"), yes or no as the sentence or the listed countries decide, and not a
// whole section or another section's fact instead.
import type { Expectation } from '../conversation.ts';
import { findFact, lookupFact, type FaqFact } from '../facts/help-centre.ts';
import { expectation } from './expectation.ts';
import { normalise, saysNo, saysYes, statesValue } from './text-match.ts';

const quote = (t: string) => JSON.stringify(t.length > 240 ? `${t.slice(0, 240)}…` : t);

export function statesFact(fact: FaqFact): Expectation {
  return expectation(
    (ctx) => {
      const f = findFact(ctx.facts.helpCentre, fact);
      return `the text states "${f.value}" (from "${f.section.title}": ${f.sentence})`;
    },
    (a, ctx) => (statesValue(a.text, findFact(ctx.facts.helpCentre, fact).value) ? null : quote(a.text)),
  );
}

export function omitsFact(fact: FaqFact, why: string): Expectation {
  return expectation(
    (ctx) => `the text does not state "${findFact(ctx.facts.helpCentre, fact).value}" (${why})`,
    (a, ctx) => (statesValue(a.text, findFact(ctx.facts.helpCentre, fact).value) ? quote(a.text) : null),
  );
}

/** Places in the sentence's list ("the United States, Canada and the European Union"). */
export function listedItems(value: string): string[] {
  return value
    .split(/\s*,\s*|\s+and\s+|\s+or\s+/)
    .map((s) => s.replace(/^(?:the|to)\s+/i, '').replace(/\s+only$/i, '').trim())
    .filter(Boolean);
}

const ALIASES: Record<string, string[]> = {
  'united states': ['United States', 'US', 'U.S.', 'USA', 'America'],
  'united kingdom': ['United Kingdom', 'UK', 'U.K.', 'Britain', 'England'],
  'european union': ['European Union', 'EU', 'Europe'],
};
const EU = ['germany', 'france', 'italy', 'spain', 'netherlands', 'ireland', 'sweden', 'poland', 'austria', 'belgium'];
const namesOf = (place: string) => ALIASES[place.toLowerCase()] ?? [place];
/** A place by any of its names; abbreviations ("US", "UK") only in capitals, so "contact us" is not the US. */
const placePattern = (place: string) => {
  const one = (n: string) => {
    const re = new RegExp(`(?:^|[^A-Za-z])${n.replace(/\./g, '\\.')}(?:$|[^A-Za-z])`, /^[A-Z.]{2,4}$/.test(n) ? '' : 'i');
    return (t: string) => re.test(t);
  };
  const tests = namesOf(place).map(one);
  return { test: (t: string) => tests.some((f) => f(t)) };
};
const mentions = (text: string, place: string) => placePattern(place).test(text);

export function namesEveryListed(fact: FaqFact): Expectation {
  return expectation(
    (ctx) => `the text names ${listedItems(findFact(ctx.facts.helpCentre, fact).value).join(', ')} (the help centre's list)`,
    (a, ctx) => {
      const missing = listedItems(findFact(ctx.facts.helpCentre, fact).value).filter((p) => !mentions(a.text, p));
      return missing.length ? `missing ${missing.join(', ')}: ${quote(a.text)}` : null;
    },
  );
}

/**
 * "Do you ship to the UK?": yes exactly when the help centre's list holds the place (an EU country counts
 * for the EU). A no may name the place or say the shop does not ship abroad ("We do not ship internationally").
 */
export function yesNoByList(fact: FaqFact, place: string): Expectation {
  const listed = (value: string) =>
    listedItems(value).some((p) => namesOf(p).some((n) => n.toLowerCase() === place.toLowerCase()) || (p.toLowerCase() === 'european union' && EU.includes(place.toLowerCase())));
  return expectation(
    (ctx) => {
      const v = findFact(ctx.facts.helpCentre, fact).value;
      return `the text says ${listed(v) ? 'yes' : 'no'} (${place} is ${listed(v) ? '' : 'not '}in "${v}")`;
    },
    (a, ctx) => {
      const abroad = { test: (s: string) => placePattern(place).test(s) || /\b(international(ly)?|abroad|overseas|other countries|outside)\b/i.test(s) };
      return (listed(findFact(ctx.facts.helpCentre, fact).value) ? saysYes(a.text) : saysNo(a.text, abroad)) ? null : quote(a.text);
    },
  );
}

const NEGATED = /\b(cannot|can't|not|never|don't|doesn't|won't|no)\b/i;

/** Yes or no as the help centre's sentence decides it (a negated sentence means no; `topic` is what a negated answer must be about). */
export function yesNoBySentence(fact: FaqFact, topic?: RegExp): Expectation {
  return expectation(
    (ctx) => {
      const f = findFact(ctx.facts.helpCentre, fact);
      return `the text says ${NEGATED.test(f.sentence) ? 'no' : 'yes'} (${f.sentence})`;
    },
    (a, ctx) => ((NEGATED.test(findFact(ctx.facts.helpCentre, fact).sentence) ? saysNo(a.text, topic) : saysYes(a.text)) ? null : quote(a.text)),
  );
}

/** Answers the question instead of pasting the section the fact is in: not every sentence of a section of three or more. */
export function notWholeSection(fact: FaqFact): Expectation {
  return expectation(
    (ctx) => `not the whole "${findFact(ctx.facts.helpCentre, fact).section.title}" section pasted`,
    (a, ctx) => {
      const s = findFact(ctx.facts.helpCentre, fact).section;
      const text = normalise(a.text);
      const all = s.sentences.length >= 3 && s.sentences.every((x) => text.includes(normalise(x).slice(0, 40)));
      return all ? `${a.text.length} characters, every sentence of the section` : null;
    },
  );
}

/**
 * What the shop's help centre decides: where it states `fact`, the `stated` expectations; where it has no
 * such sentence (no student discount, say), the `absent` ones (typically: no yes, and the handoff).
 */
export function dependingOnHelpCentre(fact: FaqFact, stated: Expectation[], absent: Expectation[]): Expectation {
  return {
    evaluate(answer, ctx) {
      const says = lookupFact(ctx.facts.helpCentre, fact) !== undefined;
      const verdicts = (says ? stated : absent).map((e) => e.evaluate(answer, ctx));
      const why = says ? 'the help centre says it' : `the help centre has no sentence matching ${fact.find}`;
      const wrong = verdicts.filter((v) => !v.ok);
      return { expected: `${verdicts.map((v) => v.expected).join('; ')} (${why})`, ok: wrong.length === 0, ...(wrong.length ? { got: wrong.map((v) => v.got).join('; ') } : {}) };
    },
  };
}

/** The help centre's own title ("Shop — help centre") is a document title, never an answer's source. */
export function notDocumentTitle(): Expectation {
  return expectation(
    (ctx) => `the answer does not name the document title "${ctx.facts.helpCentre.title ?? '(none)'}" as a source`,
    (a, ctx) => {
      const title = ctx.facts.helpCentre.title;
      return title && a.seen.includes(title) ? quote(a.seen) : null;
    },
  );
}
