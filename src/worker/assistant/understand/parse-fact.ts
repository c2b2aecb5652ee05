// Assistant, understanding: which fact a product question asks for ("how much is it?" → price, "what sizes
// does the second one come in?" → sizes, "is it waterproof?" → the feature "waterproof"). The field cues are
// English; attribute keys come from the catalog, so "what's the temperature rating?" finds that key.
import { canonicalTerm, type CatalogVocab } from './catalog-vocab.ts';
import { isStopword, stem } from './tokenize.ts';

export type FactField = 'price' | 'sizes' | 'colours' | 'material' | 'stock' | 'care' | 'brand' | 'weight' | 'capacity' | 'rating';

export interface AskedFact {
  field?: FactField;
  /** A catalog attribute key the question names ("temperature rating"). */
  attributeKey?: string;
  /** Canonical content terms left once the field cue and the product's name are removed ("waterproof"). */
  featureTerms: string[];
  /** The shopper's own words for those terms, for the answer ("sweat resistant"). */
  featureWords: string[];
  /** How the question asks: "is it waterproof?" → 'is', "does it have a hood?" → 'has'. */
  form: 'is' | 'has' | 'other';
  /**
   * A yes/no question restated as a clause around the product, so an answer can say it in the shopper's own
   * words: "can the skillet go in the dishwasher?" → { before: '', after: 'can go in the dishwasher' },
   * "can I put it in the oven?" → { before: 'you can put', after: 'in the oven' } (see `statePredicate`).
   */
  predicate?: { before: string; after: string };
  /** The normalised message without the product's name: what is asked of it, for ranking its attributes. */
  asked: string;
  /** A unit the question asks a number in ("how many watts?" → 'watt'), read from any attribute stating it. */
  unit?: Unit;
}

export type Unit = 'watt' | 'volt' | 'amp' | 'litre' | 'decibel' | 'rpm' | 'mah' | 'hour';

/** Shopper words for a unit (normalised, unstemmed). */
const UNIT_WORDS: Array<[RegExp, Unit]> = [
  [/\b(watts?|wattage|kw|kilowatts?)\b/, 'watt'],
  [/\b(volts?|voltage)\b/, 'volt'],
  [/\b(amps?|amperes?|amperage)\b/, 'amp'],
  [/\b(litres?|liters?|millilitres?|milliliters?|ml)\b/, 'litre'],
  [/\b(decibels?|db)\b/, 'decibel'],
  [/\b(rpm|revolutions)\b/, 'rpm'],
  [/\b(mah|milliamp hours?)\b/, 'mah'],
  [/\b(hours?|hrs)\b/, 'hour'],
];

const FIELD_CUES: Array<[RegExp, FactField]> = [
  // Before price: "how much does it weigh?" asks for a weight.
  [/\b(weigh|weighs|weight|how heavy)\b/, 'weight'],
  [/\b(how much|price|prices|cost|costs|pricing|expensive|cheap|affordable|pricey)\b/, 'price'],
  [/\b(wash|washing|washable|care|clean|cleaning|dry clean|iron)\b/, 'care'],
  [/\b(sizes?|sizing|fit|fits|true to size|run small|run large)\b/, 'sizes'],
  [/\b(colou?rs?|shades?)\b/, 'colours'],
  [/\b(material|materials|made of|made from|fabric|what is it made)\b/, 'material'],
  [/\b(in stock|stock|available|availability|sold out|left)\b/, 'stock'],
  [/\b(brand|who makes|who made|made by|manufacturer)\b/, 'brand'],
  [/\b(how many people|sleeps|capacity|how many (?:persons|adults))\b/, 'capacity'],
  [/\b(rating|rated|reviews?|stars)\b/, 'rating'],
];
/** Words of the question form, not of the fact: "is it", "does this", "what about". */
const FRAME = new Set('show see first second third fourth fifth last next other number two three four five both which tell know info information detail details about much many also please really actually one ones product item thing come came comes offer offered available do does did can could will would should have has had'.split(' ').map(stem));

/** The yes/no question's verb, as said of one product ("are these ..." → "is", "does it ..." → "does"). */
const AUX = /^(is|are|can|could|will|would|should|may|does|do|did|has|have)$/;
/** What may stand for the product between the verb and the predicate: "the", "it", "this one". */
const SUBJECT = new Set('the this that these those it they them its a an your my one ones product item thing first second third fourth fifth last other'.split(' '));

/**
 * The words of the product's name as the message writes it: the longest run of its title's terms. Field
 * cues are read outside it, so "is the cast iron skillet in stock?" asks about stock, not care ("iron").
 */
function mentionSpan(tokens: string[], titleTerms: Set<string>): [number, number] {
  let best: [number, number] = [0, 0];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && titleTerms.has(canonicalTerm(stem(tokens[j] as string)))) j++;
    if (j - i > best[1] - best[0]) best = [i, j];
    i = j > i ? j : i + 1;
  }
  return best;
}

/** "does it have" → "has", "does it fold" → "folds": the verb as said of the one product named. */
function thirdPerson(word: string): string {
  if (word === 'have') return 'has';
  if (/(s|sh|ch|x|z|o)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** The shopper asking about themselves ("can I put it ...", "can we use it ..."): said back as "you". */
const ACTOR = new Set(['i', 'we', 'you']);

/** "can the skillet go in the dishwasher" → '' / "can go in the dishwasher", when the shape is that plain. */
function predicateOf(tokens: string[], span: [number, number]): AskedFact['predicate'] {
  const aux = tokens[0];
  if (!aux || !AUX.test(aux)) return undefined;
  let i = 1;
  // "can I put it in the dishwasher?": the shopper, their verb, then the product.
  const actor = ACTOR.has(tokens[1] as string) && tokens.length > 3 ? (tokens[2] as string) : undefined;
  if (actor) i = 3;
  const from = i;
  while (i < tokens.length && (SUBJECT.has(tokens[i] as string) || (i >= span[0] && i < span[1]))) i++;
  // Nothing named or pointed at between the verb and the rest: not a question about one product.
  if (i === from) return undefined;
  let rest = tokens.slice(i);
  // "is the red one waterproof?": a describing word or two before "one" still belong to the subject.
  const one = rest.slice(0, 2).findIndex((t) => t === 'one' || t === 'ones');
  if (one >= 0) rest = rest.slice(one + 1);
  if (actor) return /^(do|does|did)$/.test(aux) ? undefined : { before: `you ${aux} ${actor}`, after: rest.join(' ') };
  if (rest.length === 0) return undefined;
  if (aux === 'do' || aux === 'does' || aux === 'did') {
    const [verb, ...more] = rest;
    return { before: '', after: aux === 'did' ? `did ${rest.join(' ')}` : [thirdPerson(verb as string), ...more].join(' ') };
  }
  return { before: '', after: `${aux === 'are' ? 'is' : aux === 'have' ? 'has' : aux} ${rest.join(' ')}` };
}

/** The predicate said of a subject: ("the Summit Skillet") → "you can put the Summit Skillet in the oven". */
export function statePredicate(predicate: NonNullable<AskedFact['predicate']>, subject: string): string {
  return [predicate.before, subject, predicate.after].filter(Boolean).join(' ');
}

/** `norm`: the normalised message; `titleTerms`: canonical terms of the products it names (left out). */
export function parseFact(norm: string, vocab: CatalogVocab, titleTerms: Set<string> = new Set()): AskedFact {
  const tokens = norm ? norm.split(' ') : [];
  const span = mentionSpan(tokens, titleTerms);
  // The message without the product's name: a cue word in a title ("Cast Iron", "Stock Pot") is the name.
  const asked = [...tokens.slice(0, span[0]), ...tokens.slice(span[1])].join(' ');
  let field: FactField | undefined;
  let cue: RegExpExecArray | null = null;
  for (const [re, f] of FIELD_CUES) {
    cue = re.exec(asked);
    if (cue) {
      field = f;
      break;
    }
  }
  const cueWords = new Set(cue ? cue[0].split(' ') : []);
  const featureTerms: string[] = [];
  const featureWords: string[] = [];
  for (const w of tokens) {
    if (!w || isStopword(w) || cueWords.has(w) || /^[0-9.$€£]+$/.test(w)) continue;
    const t = canonicalTerm(stem(w));
    if (FRAME.has(t) || titleTerms.has(t)) continue;
    featureTerms.push(t);
    featureWords.push(w);
  }
  const askedTerms = new Set([...featureTerms, ...(cue ? cue[0].split(' ').map((w) => canonicalTerm(stem(w))) : [])]);
  let attributeKey: string | undefined;
  let bestCover = 0;
  for (const [key, keyTerms] of vocab.attributeKeys) {
    if (keyTerms.length === 0) continue;
    const cover = keyTerms.filter((t) => askedTerms.has(t)).length / keyTerms.length;
    if (cover > bestCover && cover >= 0.5) [attributeKey, bestCover] = [key, cover];
  }
  const form = /^(is|are|was|were)\b/.test(norm) ? 'is' : /\b(have|has|come with|comes with|include|includes)\b/.test(norm) ? 'has' : 'other';
  const out: AskedFact = { featureTerms, featureWords, form, asked };
  if (field) out.field = field;
  if (attributeKey) out.attributeKey = attributeKey;
  const predicate = predicateOf(tokens, span);
  if (predicate) out.predicate = predicate;
  const unit = UNIT_WORDS.find(([re]) => re.test(asked))?.[1];
  if (unit) out.unit = unit;
  return out;
}
