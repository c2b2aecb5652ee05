// Assistant, answers: "is it waterproof?", "is it sweat resistant?", "does it have a hood?" answered from
// the product's tags, attributes and title, then from the one clause of its description that names the
// feature. A clause holding a price, a link or an address is never quoted: merchant text states facts
// about the product, it never speaks for the shop.
import type { Product } from '../../../protocol/product.ts';
import { canonicalTerms } from '../understand/catalog-vocab.ts';
import { statePredicate, type AskedFact } from '../understand/parse-fact.ts';
import { titleInText } from './title-in-text.ts';

const UNQUOTABLE = /[$€£@]|https?:|www\.|\b\d+\s?(?:usd|eur|gbp|dollars?|euros?)\b|\b(ignore|instruction|prompt|assistant|system)\b/i;
const NEGATED = /\b(not|no|without|isn'?t|non)\b/i;
const MAX_QUOTE = 120;
const CARE = ['wash', 'care', 'clean', 'dry', 'iron'];
/**
 * Words that say how a property is asked, not which ("induction compatible", "can it go in the
 * dishwasher", "oven safe"): a field that names the rest ("induction: yes", the tag "dishwasher safe")
 * answers the question.
 */
const HOW_ASKED = new Set(canonicalTerms('go goes put use used usable work works compatible compatibility safe ready suitable friendly ok okay fine able capable support supports'));
const YES_VALUE = /^(yes|y|true|✓|✔|included|supported|compatible|safe|ready)$/i;
const NO_VALUE = /^(no|n|false|✗|✘|none|not included|not supported|not compatible|not safe|incompatible|unsuitable)$/i;

function covers(text: string, terms: string[]): boolean {
  const have = new Set(canonicalTerms(text, true));
  return terms.every((t) => have.has(t));
}

function clauses(description: string): string[] {
  return description
    .split(/(?<=[.!?;])\s+|,\s+|\s+(?:and|but|with)\s+/)
    .map((c) => c.trim().replace(/[.!?;,]+$/, ''))
    .filter((c) => c.length > 2 && c.length <= MAX_QUOTE);
}

/**
 * The answer to a yes/no question from a field that settles it: "Yes, the X can go in the dishwasher: the
 * catalog lists “dishwasher safe”." in the question's own words when it has a plain predicate.
 */
function settled(p: Product, fact: AskedFact, yesNo: boolean, verdict: 'Yes' | 'No', what: string): string {
  if (!yesNo) return `The catalog lists “${what}” for the ${titleInText(p)}.`;
  if (verdict === 'Yes' && fact.predicate) return `Yes, ${statePredicate(fact.predicate, `the ${titleInText(p)}`)}: the catalog lists “${what}”.`;
  return `${verdict}: the catalog lists “${what}” for the ${titleInText(p)}.`;
}

/** An attribute's yes/no value as the answer to a yes/no question ("induction: yes"); null for any other value. */
export function yesNoAttribute(p: Product, name: string, value: string, fact: AskedFact): string | null {
  return booleanAnswer(p, fact, name, value, true);
}

/** "induction: yes" answers "is it induction compatible?" with a yes; a value that is no yes or no, not at all. */
function booleanAnswer(p: Product, fact: AskedFact, name: string, value: string, yesNo: boolean): string | null {
  const v = value.trim();
  const verdict = YES_VALUE.test(v) ? 'Yes' : NO_VALUE.test(v) ? 'No' : null;
  return verdict ? settled(p, fact, yesNo, verdict, `${name}: ${v}`) : null;
}

/**
 * "can it go in the dishwasher?", "is it induction compatible?": the property is the question's terms less
 * the words of how it is asked. A tag, the title or an attribute holding all of those answers yes, or no
 * where it is negated ("not dishwasher safe"); an attribute named for it answers with its yes/no value.
 */
function propertyAnswer(p: Product, fact: AskedFact, yesNo: boolean): string | null {
  const core = fact.featureTerms.filter((t) => !HOW_ASKED.has(t));
  if (core.length === 0 || core.length === fact.featureTerms.length) return null;
  const said = (what: string) => settled(p, fact, yesNo, NEGATED.test(what) ? 'No' : 'Yes', what);
  const tag = p.tags.find((t) => covers(t, core));
  if (tag) return said(tag);
  if (covers(p.title, core)) {
    if (!yesNo || NEGATED.test(p.title)) return said(p.title);
    return fact.predicate ? `Yes, ${statePredicate(fact.predicate, `the ${titleInText(p)}`)}: its name says so.` : `Yes: the ${titleInText(p)}'s name says so.`;
  }
  for (const [key, value] of Object.entries(p.attributes)) {
    const name = key.replace(/_/g, ' ');
    if (covers(name, core)) return booleanAnswer(p, fact, name, value, yesNo) ?? `The ${titleInText(p)}'s ${name} is ${value}.`;
    if (covers(value, core)) return said(`${name}: ${value}`);
  }
  const found = clauses(p.description ?? '').find((c) => !UNQUOTABLE.test(c) && covers(c, core));
  if (!found) return null;
  if (!yesNo) return `The description of the ${titleInText(p)} mentions “${found}”.`;
  return `${NEGATED.test(found) ? 'No' : 'Yes'}: the description of the ${titleInText(p)} says “${found}”.`;
}

export function describeFeature(p: Product, fact: AskedFact, yesNo: boolean): string | null {
  const care = fact.field === 'care';
  const terms = care ? [] : fact.featureTerms;
  const words = fact.featureWords.join(' ');
  const verb = fact.form === 'has' ? 'has' : 'is';
  const yes = (what: string) => (yesNo ? `Yes, the ${titleInText(p)} ${verb} ${what}.` : `The ${titleInText(p)} ${verb} ${what}.`);
  if (!care) {
    if (p.tags.some((t) => covers(t, terms)) || covers(p.title, terms)) return yes(words);
    for (const [key, value] of Object.entries(p.attributes)) {
      const name = key.replace(/_/g, ' ');
      if (covers(value, terms)) return yesNo ? `Yes: the catalog lists ${name} “${value}” for the ${titleInText(p)}.` : `The ${titleInText(p)}'s ${name} is ${value}.`;
      if (covers(name, terms)) return booleanAnswer(p, fact, name, value, yesNo) ?? `The ${titleInText(p)}'s ${name} is ${value}.`;
    }
    const property = propertyAnswer(p, fact, yesNo);
    if (property) return property;
  } else {
    const key = Object.keys(p.attributes).find((k) => /care|wash|clean/.test(k));
    if (key) return `Care for the ${titleInText(p)}: ${p.attributes[key]}.`;
  }
  const found = clauses(p.description ?? '').find((c) => !UNQUOTABLE.test(c) && (care ? CARE.some((t) => canonicalTerms(c).includes(t)) : covers(c, terms)));
  if (!found) return null;
  if (care) return `The ${titleInText(p)}'s description says: “${found}”.`;
  if (yesNo && NEGATED.test(found)) return `No: the description of the ${titleInText(p)} says “${found}”.`;
  return yesNo ? `Yes, the ${titleInText(p)} ${verb} ${words}: its description mentions “${found}”.` : `The description of the ${titleInText(p)} mentions “${found}”.`;
}
