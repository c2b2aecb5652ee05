// Assistant, understanding: (message, conversation state, page context) → one Understanding. Pure: the
// asynchronous parts (the encoder's vector, the language detector) are computed by the caller once and
// passed in, and the catalog's vocabulary and title lookup are read, never changed.
import type { Product } from '../../../protocol/product.ts';
import type { ConversationState } from '../state/conversation-state.ts';
import { colourOfWord, coloursIn } from './colour-words.ts';
import { canonicalTerms, type CatalogVocab } from './catalog-vocab.ts';
import type { LanguageGuess } from './detect-language.ts';
import { NO_INTENT_MODEL, type IntentClassifier } from './intent-classifier.ts';
import { parseFact } from './parse-fact.ts';
import { parseQuery, type ParsedRequest } from './parse-query.ts';
import { parseComparative } from './parse-ranking.ts';
import { parseReference, resolvePositions, type Reference } from './parse-references.ts';
import { hasSubject } from './search-query.ts';
import { normalizeText } from './tokenize.ts';
import type { PageContext, Understanding } from './understanding.ts';

export interface UnderstandInput {
  text: string;
  state: ConversationState;
  page: PageContext;
  language: LanguageGuess;
  embedding?: Float32Array;
}

export interface UnderstandDeps {
  vocab: CatalogVocab;
  /** The trained intent models; absent when they could not load. */
  classifier?: IntentClassifier;
  /** Ids of the products a text names by title, best first, at most `max`. */
  named: (text: string, max: number) => string[];
  /** Canonical title terms of a product (left out of the asked fact). */
  titleTerms: (id: string) => string[];
  /** The catalog's product, for "the same brand" as the one in focus. */
  product?: (id: string) => Product | undefined;
  /** Rarity-weighted share of `terms` that a help-centre section (by entry id) holds. */
  sectionCoverage?: (terms: string[], entryId: string) => number;
  /** The largest such share among the other sections. */
  otherCoverage?: (terms: string[], except: string) => number;
}

/** Words of the question's form, not its content ("can you tell me", "I would like", "please"). */
const FORM = new Set(canonicalTerms('tell know please want wanted need would like get give help question ask wonder wondering thank thanks hi hello hey ok okay yes sure just also really then now instead still one ones something anything thing way'));

/** Discourse markers that continue the last answer. */
const CONTINUES = /^(and|or|but|also|what about|how about|and what about|what if|what happens if|if|even if|same|only|just|in|any|with|without|maybe|then|ok and|okay and)\b/;
const YES_NO = /^(is|are|does|do|did|can|could|will|would|has|have|was|were|should|shall|may)\b/;
const QUESTION = /^(is|are|does|do|did|can|could|will|would|has|have|what|whats|which|who|where|when|why|how|should)\b/;

/** English ways of saying something went wrong: such a message needs a person, not only a policy. */
const PROBLEM = /\b(not working|doesnt work|does not work|didnt work|isnt working|wont work|failed|fails|error|broken|wrong|missing|damaged|declined|rejected|invalid|expired|twice|never arrived|hasnt arrived|not arrived|still waiting|lost|not accepted)\b/;
const RELATIONS: Array<[RegExp, NonNullable<Understanding['relation']>]> = [
  [/\b(goes? (well )?with|go with|pairs? (well )?with|match(es)? (with )?(this|it|that)|complete the look|accessor\w*|wear (it )?with|use (it )?with)\b/, 'complement'],
  [/\b(similar|like (this|that|it)|alternatives?|instead of|same but|others like|more like (the )?(this|that|first|second|third|fourth|fifth|last|other)( one)?)\b/, 'similar'],
  [/\b(based on|for me|my (history|taste|style)|i (looked|viewed|browsed|liked|looked at)|what i)\b/, 'personal'],
];

/** "what do you sell?", "what else do you carry?", "what kind of things do you have?", "what's in the shop?". */
const RANGE = /^(?:(?:ok|okay|so|and|well|hmm|then)\s+)?(?:what (?:else )?(?:do|can) (?:you|i) (?:sell|carry|have|stock|offer|buy)|what (?:kinds?|sorts?|types?) of (?:products?|things|stuff|items|gear) (?:do|can) (?:you|i) (?:sell|carry|have|stock|offer|buy)|what (?:products|things|stuff|items) do you (?:sell|carry|have|stock|offer)|whats in (?:the|your) (?:shop|store|catalog|catalogue))(?: (?:here|then|at all|in (?:the|your) (?:shop|store)))*$/;
/** "a backpack that fits one": "one" after a verb of holding stands for the kind named before. */
const HOLDS_ONE = /\b(fits?|holds?|carry|carries|takes?|stores?|protects?)\s+(?:a |an )?(?:one|ones)\b/;
const CHOOSING = /^(?:(?:and|so|ok|okay|then|but)\s+)?which\b/;
const SAME = /\bsame (brand|make|maker|manufacturer|colou?r|material)\b/;
/** Where a list of alternatives splits ("X vs Y", "X or Y", "X and Y", "X, Y"), and the frame before it. */
const ALTERNATIVES = /\s+(?:vs\.?|versus|or|and|against|compared (?:to|with)|with)\s+|\s*[,&/]\s*/i;
const COMPARATIVE = /\b(compare|compared|comparing|comparison|vs|versus|difference|differences|differ|better|worse|against|than|between|prefer)\b/;
const COMPARE_FRAME = /^\s*(?:compare|what(?:'s| is) the difference between)\s+/i;

/** "other phones by the same brand?": the value comes from the product the conversation is about. */
function sameAs(norm: string, state: ConversationState, page: PageContext, deps: UnderstandDeps, query: ParsedRequest['query']): void {
  const m = SAME.exec(norm);
  const id = state.focus ?? page.productId ?? state.lastResults[0];
  const p = m && id ? deps.product?.(id) : undefined;
  if (!m || !p) return;
  const what = m[1] as string;
  if (/brand|make|maker|manufacturer/.test(what) && p.brand) query.brand = p.brand;
  if (/colou?r/.test(what)) query.colours = [...coloursIn(p.attributes.colour ?? p.attributes.color ?? '')];
  if (what === 'material' && (p.attributes.material ?? p.attributes.fabric)) query.material = (p.attributes.material ?? p.attributes.fabric) as string;
}

/** "ok, a backpack that fits one then" after "do you sell laptops?": the product must mention laptops. */
function standsFor(norm: string, state: ConversationState, query: ParsedRequest['query']): void {
  const m = HOLDS_ONE.exec(norm);
  const subject = state.subject;
  if (!m || !subject || query.head?.term === subject.term || query.categoryTerms.includes(subject.term)) return;
  const verb = canonicalTerms(m[1] as string);
  query.terms = [...query.terms.filter((t) => !verb.includes(t)), subject.term];
}

/**
 * "show me the yellow one", "the price of the pink ones?": the shown products of that colour, as positions
 * in the last results. The colour then points; it refines nothing.
 */
function byColour(norm: string, state: ConversationState, deps: UnderstandDeps, query: ParsedRequest['query']): Reference | null {
  if (query.colours.length === 0 || !/\b(?:the|that|this) (?:\w+ ){1,2}?(?:one|ones)\b/.test(norm) || !deps.product) return null;
  const colours = (id: string): Set<string> => {
    const p = deps.product?.(id);
    const values = p ? [p.attributes.colour ?? p.attributes.color ?? '', ...(p.variants ?? []).map((v) => v.attributes.colour ?? v.attributes.color ?? '')] : [];
    return new Set(values.flatMap((v) => [...coloursIn(v)]));
  };
  const positions = state.lastResults.map((id, i) => (query.colours.some((c) => colours(id).has(c)) ? i : -1)).filter((i) => i >= 0);
  if (positions.length === 0) return null;
  query.colours = [];
  return { kind: 'ordinal', positions };
}

/** The listed alternatives, each naming something on its own (a colour alone is a refinement, not a product). */
function alternatives(text: string, deps: UnderstandDeps): string[] {
  const parts = text.replace(COMPARE_FRAME, '').split(ALTERNATIVES).map((s) => s.trim()).filter(Boolean);
  if (parts.length < 2) return [];
  const names = (part: string) => {
    const q = parseQuery(part, deps.vocab).query;
    return q.categoryTerms.length > 0 || !!q.brand || !!q.superlative || parseReference(normalizeText(part)) !== null || deps.named(part, 1).length > 0;
  };
  return parts.every(names) ? parts : [];
}

function resolve(reference: Reference | null, state: ConversationState, page: PageContext): string[] {
  if (!reference) return [];
  if (reference.kind === 'ordinal') return resolvePositions(reference.positions, state.lastResults);
  if (reference.kind === 'plural') return state.lastResults.slice(0, reference.max ?? 3);
  if (reference.kind === 'other') {
    const focus = state.focus ?? page.productId;
    const rest = state.lastResults.filter((id) => id !== focus);
    // "the other one" with nothing in focus and two shown: the second.
    return reference.plural ? rest : focus ? rest.slice(0, 1) : state.lastResults.slice(1, 2);
  }
  const one = state.focus ?? page.productId;
  // "is it waterproof?" right after a list: it is one of those, so each of them is checked.
  return one ? [one] : state.lastResults.slice(0, 5);
}

export function understand(input: UnderstandInput, deps: UnderstandDeps): Understanding {
  const text = input.text.trim();
  const norm = normalizeText(text);
  const tokens = norm ? norm.split(' ') : [];
  const intent = deps.classifier?.classify(text, input.embedding) ?? NO_INTENT_MODEL;
  const first = intent.ranked[0] ?? { intent: 'product-search' as const, p: 0 };
  const request = parseQuery(text, deps.vocab);
  sameAs(normalizeText(text), input.state, input.page, deps, request.query);
  standsFor(norm, input.state, request.query);
  const pointer = parseReference(norm);
  const reference = pointer ?? byColour(norm, input.state, deps, request.query);
  const named = deps.named(text, 3);
  const titleTerms = new Set(named.flatMap((id) => deps.titleTerms(id)));
  const parsedFact = parseFact(norm, deps.vocab, titleTerms);
  // The colour that picked "the yellow one" is not asked about.
  const fact = reference && !pointer ? { ...parsedFact, featureWords: parsedFact.featureWords.filter((w) => !colourOfWord(w)), featureTerms: parsedFact.featureTerms.filter((t) => !colourOfWord(t)) } : parsedFact;
  const rq = request.query;
  const words = wordsOf(text, deps.vocab);
  // "cheaper", "in blue?", "not pink", "which is the cheapest?", "for 4 people": a change to the last search.
  const refinement = !hasSubject(rq) && (rq.colours.length > 0 || !!rq.price || !!rq.size || !!rq.material || !!rq.superlative || rq.capacity !== undefined || !!rq.measures?.length || rq.exclude.colours.length + rq.exclude.terms.length + rq.exclude.materials.length > 0);
  const u: Understanding = {
    text,
    norm,
    tokens,
    language: input.language,
    intent,
    top: first.intent,
    topP: first.p,
    outOfScope: intent.outOfScope >= intent.outOfScopeThreshold,
    isQuestion: QUESTION.test(norm) || text.endsWith('?'),
    yesNo: YES_NO.test(norm),
    request,
    fact,
    reference,
    named,
    parts: alternatives(text, deps),
    asksRange: RANGE.test(norm) && rq.categoryTerms.length === 0 && !rq.brand && named.length === 0,
    choosing: CHOOSING.test(norm),
    comparative: COMPARATIVE.test(norm),
    referred: resolve(reference, input.state, input.page),
    problem: PROBLEM.test(norm),
    relation: RELATIONS.find(([re]) => re.test(norm))?.[1] ?? null,
    // "wireless ones under $100": "ones" with no kind named stands for the kind of the active search.
    followUp: CONTINUES.test(norm) || (refinement && tokens.length <= 6) || (request.wantsMore && tokens.length <= 5) || (!!input.state.search && rq.categoryTerms.length === 0 && /\b(ones|one)\b/.test(norm) && !reference),
    words,
    elliptical: ellipsis(norm, CONTINUES.test(norm), words.content.length),
    topicCoverage: input.state.faq && deps.sectionCoverage ? deps.sectionCoverage(words.content, input.state.faq.entryId) : 0,
    otherTopicCoverage: input.state.faq && deps.otherCoverage ? deps.otherCoverage(words.content, input.state.faq.entryId) : 0,
    helpCoverage: deps.otherCoverage ? deps.otherCoverage(words.content, '') : 0,
    refines: refinement,
  };
  const than = parseComparative(norm);
  if (than) u.than = than;
  if (than && u.choosing) u.choiceBy = than;
  if (input.embedding) u.embedding = input.embedding;
  return u;
}

/** "and Canada?", "what about Germany?", "and for students?": a continuation with no question of its own. */
function ellipsis(norm: string, continues: boolean, contentWords: number): boolean {
  if (!continues || contentWords > 3) return false;
  const rest = norm.replace(/^(and|or|but|also|ok and|okay and)\s+/, '').replace(/^(and what|what|how) about\b/, 'about');
  return !QUESTION.test(rest);
}

function wordsOf(text: string, vocab: CatalogVocab): Understanding['words'] {
  const content = [...new Set(canonicalTerms(text))].filter((t) => !FORM.has(t));
  return {
    content,
    catalog: content.filter((t) => vocab.catalogTerms.has(t)),
    helpOnly: content.filter((t) => vocab.helpTerms.has(t) && !vocab.catalogTerms.has(t)),
  };
}
