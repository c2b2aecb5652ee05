// Assistant, understanding: one pass from a message's words to a SearchQuery. The grammar (negation, request
// frames, superlatives, counts, capacities, budgets) is English; every value it recognises (categories,
// brands, materials, product types) comes from the catalog's vocabulary.
import { canonicalTerm, type CatalogVocab } from './catalog-vocab.ts';
import { colourOfWord, MATERIALS } from './colour-words.ts';
import { parseMeasureLimits } from './parse-measure-limit.ts';
import { parseNegation } from './parse-negation.ts';
import { numberWordsToDigits, parsePrice } from './parse-price.ts';
import { numberOf, parseCapacity, parseComparative, parseCount, parseSuperlative } from './parse-ranking.ts';
import { emptyExclusions, type SearchQuery } from './search-query.ts';
import { isStopword, normalizeText, stem } from './tokenize.ts';

/** Words that carry the request's form, not its content. */
const NOISE = new Set(
  'show recommend suggest buy item product like shop store sell carry stock size colour color price under over between less more cheap cheaper cheapest budget affordable dollar euro pound buck eur usd gbp around about max maximum least most new good nice best great other else option available compare versus vs difference top first second third last number people person persons ideas idea look looking find want need would sorry hi hey hello also maybe really ok okay yes just only please thank thanks same brand instead rather then now tell know detail details info information describe'
    .split(' ')
    .map(stem),
);
/** Nouns that stand for "a product" without naming one: the request is a purpose or a recipient. */
const PLACEHOLDERS = new Set('something anything stuff thing item product gift present idea gear equipment kit clothes clothing apparel option one ones choice pick recommendation suggestion'.split(' ').map(stem));
/** Words after which the product noun phrase ends and a purpose, recipient or limit begins. */
const PHRASE_END = new Set('for to that which who whose under over below above between around about with without from by but not no except less than in at if when so because'.split(' '));
/** Verbs after which "for" introduces the product itself ("looking for boots"). */
const SEEKING = new Set(['looking', 'look', 'search', 'searching', 'shopping', 'shop', 'hunting', 'ask', 'asking']);
/** Size words a request may use ("in medium"). */
const SIZE_WORDS: Record<string, string> = { small: 'S', medium: 'M', large: 'L', 'extra large': 'XL', 'x large': 'XL', 'extra small': 'XS' };

function extractSize(norm: string): string | undefined {
  const m = /\b(?:size|sz)\s+(?:(?:eu|us|uk)\s*)?(xxs|xs|s|m|l|xl|xxl|xxxl|\d{1,2}(?:\.5)?)\b/.exec(norm) ?? /\b(?:eu|us|uk)\s*(\d{1,2}(?:\.5)?)\b/.exec(norm);
  if (m?.[1]) return m[1].toUpperCase();
  // "do you have it in a 10?", "in a 9.5": a number after "in a" is a size (a count would have a noun).
  const inA = /\bin an? (\d{1,2}(?:\.5)?)\b(?!\s?(?:\.|[a-z]))/.exec(norm);
  if (inA?.[1]) return inA[1];
  const word = /\b(?:in|size|a)\s+(extra large|x large|extra small|small|medium|large)\b/.exec(norm);
  if (word?.[1]) return SIZE_WORDS[word[1]];
  return /\b(xxs|xs|xl|xxl|xxxl)\b/.exec(norm)?.[1]?.toUpperCase();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function findBrand(norm: string, vocab: CatalogVocab): string | undefined {
  let best: string | undefined;
  let bestLength = 0;
  for (const [key, display] of vocab.brands) {
    if (key.length > bestLength && new RegExp(`\\b${escape(key)}\\b`).test(norm)) [best, bestLength] = [display, key.length];
  }
  return best;
}

function isMaterial(word: string, vocab: CatalogVocab): boolean {
  if ((MATERIALS as readonly string[]).includes(word)) return true;
  const keys = vocab.valueKeys.get(canonicalTerm(stem(word)));
  return !!keys && [...keys].some((k) => /material|fabric/.test(k));
}

/**
 * A describing word the catalog only has as its noun ("rainy" → "rain", "sporty" → "sport", "windy" →
 * "wind"): the catalog's form, so the words meet. Only when the catalog lacks the word as typed.
 */
function catalogForm(term: string, vocab: CatalogVocab): string {
  if (vocab.catalogTerms.has(term) || !/[^aeiou]y$/.test(term) || term.length < 5) return term;
  const base = term.slice(0, -1);
  return vocab.catalogTerms.has(base) ? base : term;
}

export interface ParsedRequest {
  query: SearchQuery;
  /** No product noun, only a purpose or recipient ("gift for a hiker", "something for rainy walks"). */
  open: boolean;
  /** "show me more", "any others?": the shopper has seen the last results. */
  wantsMore: boolean;
}

export function parseQuery(text: string, vocab: CatalogVocab): ParsedRequest {
  // A minus sign before a number is kept as a word ("-5°C" → "minus 5 c"): the normaliser drops it.
  const norm = normalizeText(numberWordsToDigits(text.toLowerCase()).replace(/(^|[\s(])[-−](?=\d)/g, '$1minus '));
  // Measure limits first: their numbers are not prices ("at least 50 litres") and their words not content.
  const measured = parseMeasureLimits(norm);
  const { negated, rest } = parseNegation(measured.rest ? measured.rest.split(' ') : []);
  const restNorm = rest.join(' ');
  const exclude = emptyExclusions();
  for (const w of negated) {
    const brand = findBrand(w, vocab);
    if (colourOfWord(w)) exclude.colours.push(colourOfWord(w) as string);
    else if (brand) exclude.brands.push(brand);
    else if (isMaterial(w, vocab)) exclude.materials.push(w);
    else if (!vocab.productTypes.has(canonicalTerm(stem(w))) && !isStopword(w)) exclude.terms.push(canonicalTerm(stem(w)));
  }
  const superlative = parseSuperlative(restNorm);
  const count = parseCount(restNorm, superlative);
  const capacity = parseCapacity(restNorm);
  const parsedPrice = parsePrice(restNorm) ?? undefined;
  // "cheapest" orders by price: it is not also a "cheap" price band.
  const price = superlative?.measure === 'price' && parsedPrice?.band ? undefined : parsedPrice;
  const size = extractSize(restNorm);
  const brand = findBrand(restNorm, vocab);
  const brandWords = new Set(brand ? normalizeText(brand).split(' ') : []);
  const material = rest.find((w) => isMaterial(w, vocab) && !brandWords.has(w));
  const colours = [...new Set(rest.map(colourOfWord).filter((c): c is string => c !== undefined))];
  // "a bigger one", "similar but lighter": the comparative is a relation to a product, not a word to find.
  const comparative = parseComparative(restNorm);
  const superWords = new Set([...(superlative ? superlative.word.split(' ') : []), ...(capacity?.words ?? []), ...(comparative ? comparative.word.split(' ') : [])]);

  const categoryTerms: string[] = [];
  const terms: string[] = [];
  const softTerms: string[] = [];
  let head: SearchQuery['head'];
  let inPhrase = true;
  let phraseContent = 0;
  let placeholderOnly = true;
  let placeholder = false;
  let previous = '';
  const phraseWords: string[] = [];
  // "which trail shoes ...?" names a kind after "which"; "which of the two ...", "which one ..." do not.
  const openingWhich = rest[0] === 'which' && !['of', 'one', 'ones', 'is', 'are', 'would', 'should', 'do', 'does'].includes(rest[1] ?? '');
  for (const w of rest) {
    // "looking for X": the verb's "for" opens the product phrase; "for my dad ..." at the start has none.
    // "what about paddles?", "how about jackets?": the phrase after "about" names the product.
    // "which trail shoes are waterproof?": a question's "which" opens the phrase, it ends none.
    // "... trail shoes are waterproof": a verb after the product noun ends its phrase.
    if (['are', 'is', 'have', 'has', 'come', 'comes'].includes(w) && phraseContent > 0) inPhrase = false;
    if (PHRASE_END.has(w) && !(w === 'which' && openingWhich && previous === '') && !(w === 'for' && SEEKING.has(previous)) && !(w === 'about' && (previous === 'what' || previous === 'how') && phraseContent === 0)) inPhrase = false;
    previous = w;
    if (isStopword(w) || /^[$€£]?[0-9.]+[a-z]?$/.test(w) || brandWords.has(w) || superWords.has(w) || colourOfWord(w)) continue;
    // "the two cheapest tents": the count's word is no content.
    if (count !== undefined && numberOf(w) === count) continue;
    const typed = canonicalTerm(stem(w));
    const t = catalogForm(typed, vocab);
    // "rainy" describes a need; the catalog's "rain" it stands for ranks, it names no kind.
    const describing = t !== typed;
    if (PLACEHOLDERS.has(t)) {
      phraseContent++;
      placeholder = true;
      continue;
    }
    // A number word that is no count ("which of the two") is no content either.
    if (NOISE.has(t) || (size && w === size.toLowerCase()) || w === material || (numberOf(w) !== undefined && !/^\d/.test(w))) continue;
    if (inPhrase) {
      phraseContent++;
      placeholderOnly = false;
      phraseWords.push(w);
      head = { term: t, word: phraseWords.join(' ') };
    }
    if (vocab.kindTerms.has(t) && !describing) categoryTerms.push(t);
    else if (describing) softTerms.push(t);
    else if (inPhrase || !placeholderOnly) terms.push(t);
    else softTerms.push(t);
  }
  // "what about jackets?": the kind comes after a phrase end ("about"), but with no placeholder before it
  // the request still names what it wants; "a gift for a runner" names a recipient, not the product.
  const open = placeholderOnly && (placeholder || categoryTerms.length === 0);
  const query: SearchQuery = {
    categoryTerms: [...new Set(categoryTerms)],
    terms: [...new Set(terms)],
    softTerms: [...new Set(softTerms)],
    colours: colours.filter((c) => !exclude.colours.includes(c)),
    exclude,
    includeOutOfStock: /\b(out of stock|sold out|unavailable|including|even if)\b/.test(norm),
  };
  if (head && !open) query.head = head;
  if (brand && !exclude.brands.includes(brand)) query.brand = brand;
  if (size) query.size = size;
  if (material) query.material = material;
  if (price) query.price = price;
  if (capacity) query.capacity = capacity.people;
  if (measured.limits.length) query.measures = measured.limits;
  if (superlative) query.superlative = superlative;
  if (count !== undefined) query.count = count;
  const wantsMore = /\b(more(?! than| expensive| affordable| about| info| information| details?| like)|others|other ones|anything else|something else|different ones|another)\b/.test(norm) && !price?.cheaper;
  return { query, open, wantsMore };
}
