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
}

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
const FRAME = new Set('show see first second third fourth fifth last next number tell know info information detail details about much many also please really actually one ones product item thing come came comes offer offered available do does did can could will would should have has had'.split(' ').map(stem));

/** `norm`: the normalised message; `titleTerms`: canonical terms of the products it names (left out). */
export function parseFact(norm: string, vocab: CatalogVocab, titleTerms: Set<string> = new Set()): AskedFact {
  let field: FactField | undefined;
  let cue: RegExpExecArray | null = null;
  for (const [re, f] of FIELD_CUES) {
    cue = re.exec(norm);
    if (cue) {
      field = f;
      break;
    }
  }
  const cueWords = new Set(cue ? cue[0].split(' ') : []);
  const featureTerms: string[] = [];
  const featureWords: string[] = [];
  for (const w of norm.split(' ')) {
    if (!w || isStopword(w) || cueWords.has(w) || /^[0-9.$€£]+$/.test(w)) continue;
    const t = canonicalTerm(stem(w));
    if (FRAME.has(t) || titleTerms.has(t)) continue;
    featureTerms.push(t);
    featureWords.push(w);
  }
  const asked = new Set([...featureTerms, ...(cue ? cue[0].split(' ').map((w) => canonicalTerm(stem(w))) : [])]);
  let attributeKey: string | undefined;
  let bestCover = 0;
  for (const [key, keyTerms] of vocab.attributeKeys) {
    if (keyTerms.length === 0) continue;
    const cover = keyTerms.filter((t) => asked.has(t)).length / keyTerms.length;
    if (cover > bestCover && cover >= 0.5) [attributeKey, bestCover] = [key, cover];
  }
  const form = /^(is|are|was|were)\b/.test(norm) ? 'is' : /\b(have|has|come with|comes with|include|includes)\b/.test(norm) ? 'has' : 'other';
  const out: AskedFact = { featureTerms, featureWords, form };
  if (field) out.field = field;
  if (attributeKey) out.attributeKey = attributeKey;
  return out;
}
