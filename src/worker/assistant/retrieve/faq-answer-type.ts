// Assistant, retrieval: the kind of value a help-centre question asks for (an amount, a duration, a day or
// hour, a count), and whether a sentence holds one, as factoid question answering matches a question's
// expected answer type. "how much can I put on one?" wants the sentence with "$25 to $500", not "The
// balance is shown at checkout"; "how long ...?" wants one with "3-5 working days". It only ranks sentences
// inside a section; it never decides a section or an answer on its own.

export type AnswerType = 'amount' | 'duration' | 'time' | 'count';

const ASKS: Array<[AnswerType, RegExp]> = [
  ['time', /\b(what time|what hours|which hours|opening hours|which days?|what days?|open on|open at|when (?:are|is) (?:you|it|the \w+) open)\b/],
  ['duration', /\b(how long|how many (?:working |business )?(?:days|weeks|hours|months|years)|how (?:fast|quickly|soon)|when (?:will|would|do|does|should|can) (?:i|it|my|the|they|we)\b.*\b(?:get|arrive|come|receive|see|show|reach|back|refund)|until|by when)\b/],
  ['amount', /\b(how much|what does (?:it|\w+) cost|costs?|price|prices|priced|fees?|charges?|charged|pay for|expensive|cheap|discount|off|worth|spend)\b/],
  ['count', /\b(how many)\b/],
];

const NUMBER_WORD = '(?:\\d+(?:[.,]\\d+)?(?:\\s?[-–]\\s?\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|twenty|thirty|sixty|ninety|a|an)';

const HOLDS: Record<AnswerType, RegExp> = {
  amount: /[$£€¥]\s?\d|\d(?:[.,]\d+)?\s?(?:dollars|pounds|euros|usd|gbp|eur|cad|aud)\b|\d\s?%|\bfree\b|\bno charge\b|\bflat\b/i,
  duration: new RegExp(`\\b${NUMBER_WORD}\\s(?:extra\\s|more\\s)?(?:working\\s|business\\s|calendar\\s)?(?:minutes?|hours?|days?|weeks?|months?|years?)\\b|\\b(?:same|next)[- ]day\\b|\\bovernight\\b|\\b(?:lifetime|forever|never expire)`, 'i'),
  time: /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\bweekdays?\b|\bweekends?\b|\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\b(?:noon|midnight)\b|\b24\/7\b/i,
  count: /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/i,
};

/** The kind of value the question asks for, from its wording (normalised, lower case); null when none. */
export function askedAnswerType(norm: string): AnswerType | null {
  for (const [type, re] of ASKS) if (re.test(norm)) return type;
  return null;
}

/** Whether the sentence states a value of that kind. */
export function holdsAnswerType(sentence: string, type: AnswerType): boolean {
  return HOLDS[type].test(sentence);
}
