// Assistant, answers: the reply to a product search, composed only from facts of the search outcome
// (count, price range, filters in force, the filter dropped, the superlative's order) and catalog fields.
import type { Product } from '../../../protocol/product.ts';
import { canonicalWord, type CatalogVocab } from '../understand/catalog-vocab.ts';
import type { SearchQuery } from '../understand/search-query.ts';
import { words } from '../understand/tokenize.ts';
import type { SearchOutcome } from '../retrieve/product-search.ts';
import type { Filter } from '../retrieve/search-filters.ts';
import { plural } from './answer-absence.ts';
import { formatPrice, priceRange } from './format-price.ts';
import type { RangeEntry } from '../retrieve/product-range.ts';
import { titleInText } from './title-in-text.ts';

/** "running shoes": the breadcrumb parts of the results that the query named, leaf first. */
function categoryPhrase(results: Product[], slots: SearchQuery, vocab: CatalogVocab): string {
  const p = results[0];
  if (!p) return 'products';
  const path = p.categories.join('>');
  // All results in one category: name it in full ("running shoes", not just "running").
  if (p.categories.length > 0 && results.every((r) => r.categories.join('>') === path)) return fullName(p.categories);
  const asked = new Set(slots.categoryTerms);
  const own = vocab.categoryTermsOf.get(p.id);
  const parts = p.categories.filter((c) => words(c).some((w) => asked.has(canonicalWord(w)) && own?.has(canonicalWord(w))));
  if (parts.length === 0) return 'products';
  // A part the query named only in part ("coffee" of "Coffee Makers", when coffee beans are found too)
  // is said in the query's words: "coffee products", not "coffee makers products".
  const named = parts.map((c) => (words(c).every((w) => asked.has(canonicalWord(w))) ? c : words(c).filter((w) => asked.has(canonicalWord(w))).join(' ')));
  const phrase = tidy([...named].reverse().join(' '));
  return parts.includes(p.categories[0] as string) && named[0] === parts[0] ? phrase : `${phrase} products`;
}

/** "Shoes > Running" reads "running shoes"; "Apparel > Jackets" reads "jackets": a plural leaf is the noun. */
export function fullName(path: string[]): string {
  const leaf = path[path.length - 1] as string;
  const parent = path[path.length - 2];
  const name = tidy(!/s$/i.test(leaf) && parent && /s$/i.test(parent) ? `${leaf} ${parent}` : leaf);
  // A mass noun reads as a count with "items": "5 home decoration items", "2 kitchen items".
  return /s$/.test(name) ? name : `${name} items`;
}

function tidy(s: string): string {
  // Feed slugs read as words ("mens-shoes" → "mens shoes"); a one-letter prefix stays ("t-shirts").
  return s.toLowerCase().replace(/(\w{2,})-(?=\w)/g, '$1 ');
}

/** "red running shoes from Strider in size M under 100". */
export function describeRequest(filters: Filter[], slots: SearchQuery, vocab: CatalogVocab, results: Product[]): string {
  const has = (n: Filter['name']): Filter | undefined => filters.find((f) => f.name === n);
  const parts: string[] = [];
  const colour = has('colour');
  if (colour) parts.push(colour.label);
  const material = has('material');
  if (material) parts.push(material.label);
  // Without a category filter, the shopper's own noun phrase names what was found ("red lipstick").
  const noun = slots.head?.word.split(' ').filter((w) => !has('colour')?.label.split(' ').includes(w)).join(' ');
  parts.push(has('category') ? categoryPhrase(results, slots, vocab) : noun ? (results.length > 1 ? plural(noun) : noun) : 'products');
  const brand = has('brand');
  if (brand) parts.push(`from ${brand.label}`);
  const size = has('size');
  if (size) parts.push(`in ${size.label}`);
  const capacity = has('capacity');
  if (capacity) parts.push(capacity.label);
  for (const m of filters.filter((f) => f.name === 'measure')) parts.push(m.label);
  const price = has('price');
  if (price) parts.push(price.label);
  const exclude = has('exclude');
  return exclude ? `${parts.join(' ')} (${exclude.label})` : parts.join(' ');
}

/** Why a product is in the answer, from the filters it satisfies. */
export function matchReason(filters: Filter[]): string {
  const labels = filters.filter((f) => f.name !== 'stock' && f.name !== 'category').map((f) => f.label);
  return labels.length ? `Matches your search: ${labels.join(', ')}` : 'Matches your search';
}

/** Shopper's own words behind unmatched canonical terms ("hiking" for "hik"). */
function shopperWords(text: string, unmatched: string[]): string[] {
  const set = new Set(unmatched);
  return [...new Set(words(text).filter((w) => set.has(canonicalWord(w))))];
}

/** `more`: the answer continues a search whose first products the shopper has seen. */
export function answerSearch(outcome: SearchOutcome, slots: SearchQuery, vocab: CatalogVocab, text: string, allFilters: Filter[], more = false): string {
  const { products, total, filters, relaxed } = outcome;
  if (products.length === 0) {
    return "Sorry, I couldn't find anything like that in this shop. Try other words, or ask me for a category, a colour or a price range.";
  }
  if (slots.superlative && !relaxed) return answerSuperlative(outcome, slots, vocab);
  const sample = products[0];
  const range = priceRange(products);
  const lead: string[] = [];
  if (relaxed) {
    const wanted = describeRequest(allFilters, slots, vocab, outcome.matched);
    lead.push(`I couldn't find ${wanted}. Without the ${relaxed.name} filter (${relaxed.label}), here ${products.length === 1 ? 'is the closest match' : `are the ${products.length} closest`}.`);
  } else {
    const what = describeRequest(filters, slots, vocab, outcome.matched);
    const limits = filters.filter((f) => f.name !== 'stock').map((f) => f.label);
    if (outcome.byMeaning && !more) lead.push(`Here are the products closest to what you describe${limits.length ? ` (${limits.join(', ')})` : ''}.`);
    else if (more) lead.push(`Here ${total === 1 ? 'is 1 more' : `are ${total} more`} (${what})${total > 1 ? `, from ${range}` : ''}.`);
    else if (total === 1) lead.push(`I found one match for ${what}.`);
    else lead.push(`I found ${total} ${what}${total > products.length ? `; here are the top ${products.length}` : ''}, from ${range}.`);
  }
  const named = slots.price?.currency;
  if (named && sample && sample.currency !== named && filters.some((f) => f.name === 'price')) {
    lead.push(`Prices here are in ${sample.currency}, so I compared your ${named} amount as is.`);
  }
  const missing = shopperWords(text, outcome.unmatchedTerms);
  if (missing.length) lead.push(`None of them mention “${missing.join(' ')}”, so check the details.`);
  if (sample) lead.push(`Top pick: ${titleInText(sample)} at ${formatPrice(sample.price, sample.currency)}${sample.inStock ? '' : ' (out of stock)'}.`);
  return lead.join(' ');
}

const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const MEASURE_NAMES: Record<string, string> = { weight: 'weight', temperature: 'temperature rating', capacity: 'capacity', volume: 'volume', brightness: 'brightness', rating: 'rating', popularity: 'popularity' };

/** "The cheapest sleeping bag is the X at $49." / "The two lightest tents are the X ($1) and the Y ($2)." */
function answerSuperlative(outcome: SearchOutcome, q: SearchQuery, vocab: CatalogVocab): string {
  const s = q.superlative as NonNullable<SearchQuery['superlative']>;
  const { products, filters } = outcome;
  const what = describeRequest(filters, q, vocab, outcome.matched);
  if (outcome.unsorted) {
    return `The catalog doesn't list the ${MEASURE_NAMES[outcome.unsorted] ?? outcome.unsorted} of these ${what}, so I can't tell which is ${s.word}. Here are the closest matches; the first is the ${titleInText(products[0])}.`;
  }
  const first = products[0] as Product;
  if (products.length === 1) {
    const of = what === 'products' ? `${s.word} product` : `${s.word} of the ${what}`;
    return `The ${of} is the ${titleInText(first)} at ${formatPrice(first.price, first.currency)}.`;
  }
  const named = products.map((p) => `the ${titleInText(p)} (${formatPrice(p.price, p.currency)})`);
  const n = COUNT_WORDS[products.length] ?? String(products.length);
  return `The ${n} ${s.word} ${what} are ${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}.`;
}

/** How many kinds "what do you sell?" names. */
const RANGE_NAMED = 8;

/** "We sell running shoes, sneakers, boots ... and 4 other kinds of product." from the catalog's categories. */
export function answerRange(range: RangeEntry[], vocab: CatalogVocab): string {
  if (range.length === 0) return "The catalog has no products in stock right now.";
  // A leaf whose last word is a noun titles end in ("Rain Jacket") is the kind itself, said in the
  // plural; a leaf that only qualifies its parent ("Shoes > Running", "-ing" is no noun) reads with it
  // ("running shoes").
  const name = (path: string[]) => {
    const leaf = words(path[path.length - 1] ?? '');
    const noun = leaf[leaf.length - 1];
    return noun && !/ing$/.test(noun) && vocab.titleHeads.has(canonicalWord(noun)) ? plural(tidy(path[path.length - 1] as string)) : fullName(path).replace(/ items$/, '');
  };
  const names = [...new Set(range.map((r) => name(r.path)))];
  const shown = names.slice(0, RANGE_NAMED);
  const rest = names.length - shown.length;
  const list = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : (shown[0] as string);
  const more = rest > 0 ? `, and ${rest} other kind${rest === 1 ? '' : 's'} of product` : '';
  return `We sell ${list}${more}. Ask me for any of them, with a colour, a size or a price range.`;
}
