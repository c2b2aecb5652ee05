// Assistant, answers: does the merchant's text answer a yes/no question yes, no, or neither? Conservative on
// purpose: "yes" only when every content word of the question is in the sentence or its section heading and
// nothing negates it; "no" when it is negated, when a place asked about is left out of a list that says
// "only", or when a name asked about ("Klarna") is left out of a sentence that lists names ("We take Visa,
// Mastercard, PayPal and Shop Pay"). Anything else is stated as written, without a yes or no the text does not support.
import { canonicalTerms } from '../understand/catalog-vocab.ts';
import { placesIn, within } from '../understand/places.ts';
import { normalizeText } from '../understand/tokenize.ts';

export type Verdict = 'yes' | 'no' | null;

/** Negation in a help-centre sentence, as words (normalised, apostrophes dropped: "cant", "dont"). */
const NEGATION = /\b(not|no|never|cannot|cant|dont|doesnt|wont|isnt|arent|unable|excluded|excludes|nor|neither)\b/;
/** Question words that carry no fact: "do you ...", "can I ...", "is there ...". */
const FRAME = new Set(canonicalTerms('do you can i is there are we my your offer offers have has any accept take allow possible able get give'));

export function yesOrNo(question: string, sentences: string[], headingTerms: string[]): Verdict {
  const text = normalizeText(sentences.join(' '));
  if (!text) return null;
  const asked = placesIn(normalizeText(question));
  if (asked.length > 0) {
    const listed = placesIn(text);
    if (listed.length === 0) return null;
    const covered = asked.every((p) => listed.some((area) => within(p, area)));
    if (covered) return NEGATION.test(text) ? null : 'yes';
    // "We ship to A, B and C only": a place left out is a no.
    // "We do not deliver outside Europe" rules out a place that is not in Europe too.
    return /\bonly\b/.test(text) || /\b(not|dont|cannot|cant|no)\b.*\b(elsewhere|other countries|outside)\b/.test(text) ? 'no' : null;
  }
  // "can I pay with Klarna?" against "We take Visa, Mastercard, American Express and PayPal": a name the
  // shopper capitalised that a list of names leaves out is a no. Only names: "can I pay by card?" is not
  // ruled out by a list of card brands.
  const names = askedNames(question);
  if (names.length > 0 && sentences.some(listsNames) && names.every((n) => !` ${text} `.includes(` ${normalizeText(n)} `))) return 'no';
  const placeWords = new Set(asked.flatMap((p) => p.split(' ')));
  const key = [...new Set(canonicalTerms(question))].filter((t) => !FRAME.has(t) && !placeWords.has(t));
  if (key.length === 0) return null;
  const have = new Set([...canonicalTerms(text), ...headingTerms]);
  const present = key.filter((t) => have.has(t));
  if (present.length === 0) return null;
  // A negation counts only in a clause that is about the question, holding more than half of its words:
  // "no hidden fees, we accept PayPal" does not make PayPal a no, nor "clearance prices don't count" a
  // price match. A clause ends at ; : or "but/however/except", and at a comma that a new subject follows
  // ("..., we accept"); a comma inside a list ("Marketplace sellers, auction sites ... don't count") does not.
  const clauses = sentences.flatMap((s) => s.split(/[;:]|,\s*(?=(?:we|you|it|they|our|there|this)\b)|\b(?:but|however|although|except)\b/i)).map(normalizeText);
  const about = (c: string) => {
    const terms = new Set(canonicalTerms(c));
    return key.filter((t) => terms.has(t)).length * 2 > key.length;
  };
  if (clauses.some((c) => NEGATION.test(c) && about(c))) return 'no';
  // Every asked word in the text: "is express shipping free?" is not a yes for a sentence without "free".
  return present.length === key.length ? 'yes' : null;
}

/** Capitalised words and runs of them in the question, past its first word ("Klarna", "Apple Pay"); not "I". */
function askedNames(question: string): string[] {
  const runs = question.match(/(?<=\S\s+)(?:[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*)/g) ?? [];
  return runs.filter((r) => r !== 'I' && !/^I\b/.test(r));
}

/** A sentence that lists three or more names: "Visa, Mastercard, American Express and PayPal". */
function listsNames(sentence: string): boolean {
  const items = sentence.split(/,\s*|\s+(?:and|or)\s+/).map((x) => x.trim().split(/\s+/).slice(-3).join(' '));
  return items.filter((x) => /(?:^|\s)[A-Z][\w&'-]*$/.test(x) || /^[A-Z]/.test(x)).length >= 3 && /,/.test(sentence);
}
