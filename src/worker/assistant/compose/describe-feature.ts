// Assistant, answers: "is it waterproof?", "is it sweat resistant?", "does it have a hood?" answered from
// the product's tags, attributes and title, then from the one clause of its description that names the
// feature. A clause holding a price, a link or an address is never quoted: merchant text states facts
// about the product, it never speaks for the shop.
import type { Product } from '../../../protocol/product.ts';
import { canonicalTerms } from '../understand/catalog-vocab.ts';
import type { AskedFact } from '../understand/parse-fact.ts';
import { titleInText } from './title-in-text.ts';

const UNQUOTABLE = /[$€£@]|https?:|www\.|\b\d+\s?(?:usd|eur|gbp|dollars?|euros?)\b|\b(ignore|instruction|prompt|assistant|system)\b/i;
const NEGATED = /\b(not|no|without|isn'?t|non)\b/i;
const MAX_QUOTE = 120;
const CARE = ['wash', 'care', 'clean', 'dry', 'iron'];

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
      if (covers(name, terms)) return `The ${titleInText(p)}'s ${name} is ${value}.`;
    }
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
