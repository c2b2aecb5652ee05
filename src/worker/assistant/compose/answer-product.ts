// Assistant, answers: questions about one product, stated from its catalog fields (price, brand, colours,
// sizes, material, stock, measures, attributes, tags). The description is merchant text: it is quoted only
// as the clause that holds the asked feature, and never a clause with a price, a link or an address.
import type { Product } from '../../../protocol/product.ts';
import { canonicalTerms } from '../understand/catalog-vocab.ts';
import { normalizeText } from '../understand/tokenize.ts';
import { statePredicate, type AskedFact } from '../understand/parse-fact.ts';
import type { SearchQuery } from '../understand/search-query.ts';
import { baseColours, colourValues, isAvailable, materialValue, sizeValues } from '../retrieve/product-facts.ts';
import { attributeInUnit } from '../retrieve/attribute-in-unit.ts';
import { measureOf } from '../retrieve/product-measures.ts';
import { describeFeature, yesNoAttribute } from './describe-feature.ts';
import { formatPrice, formatWeight } from './format-price.ts';
import { list } from './list.ts';
import { titleInText } from './title-in-text.ts';

export interface ProductQuestion {
  fact: AskedFact;
  query: SearchQuery;
  yesNo: boolean;
  /** The product's attribute the attribute ranker puts first for the question (retrieve/rank-attributes.ts). */
  closest?: { name: string; value: string };
}

function stock(p: Product): string {
  return isAvailable(p) ? 'in stock' : 'currently out of stock';
}

/**
 * A colour or material the question names only as part of the product's name ("is the Cast Iron Skillet in
 * stock?") is not asked about: answering it would state a fact nobody asked for, with a "Yes".
 */
function askedOf(p: Product, query: SearchQuery): SearchQuery {
  const title = ` ${normalizeText(p.title)} `;
  const inTitle = (v: string) => title.includes(` ${normalizeText(v)} `);
  const colours = query.colours.filter((c) => !inTitle(c));
  const material = query.material && !inTitle(query.material) ? query.material : undefined;
  if (colours.length === query.colours.length && material === query.material) return query;
  const { material: _material, ...rest } = query;
  return { ...rest, colours, ...(material ? { material } : {}) };
}

/** "Bar Height" reads as "bar height" mid-sentence; "XL" and "2-Seater" stay as the merchant wrote them. */
function phrase(value: string): string {
  return /^[A-Z][a-z]+(?: [A-Z]?[a-z]+)*(?: \([^A-Z)]*\))?$/.test(value) ? value.toLowerCase() : value;
}

/**
 * "is it available in bar height?": the variants whose option value the question names, and that option's
 * other values, in stock or not. Null when the question names no variant's value.
 */
function variantStock(p: Product, fact: AskedFact): string | null {
  const variants = p.variants ?? [];
  if (variants.length === 0) return null;
  // Read outside the product's name: "bar" of "Oak Bar Stool" still names the "Bar Height" option.
  const asked = new Set(canonicalTerms(fact.asked || fact.featureWords.join(' ')));
  // A value's words, less its numbers ("Bar Height (75cm)" is named by "bar height").
  const words = (value: string) => canonicalTerms(value).filter((t) => !/\d/.test(t));
  for (const key of new Set(variants.flatMap((v) => Object.keys(v.attributes)))) {
    const valueOf = (v: (typeof variants)[number]) => v.attributes[key] ?? '';
    const named = variants.filter((v) => {
      const t = words(valueOf(v));
      return t.length > 0 && t.every((x) => asked.has(x));
    });
    // Every value named is no choice named ("is it available?" of a one-option product).
    if (named.length === 0 || named.length === variants.length) continue;
    const value = phrase(valueOf(named[0] as (typeof variants)[number]));
    const others = [...new Set(variants.filter((v) => v.inStock && !named.includes(v)).map(valueOf).filter(Boolean))].map(phrase);
    if (named.some((v) => v.inStock)) return `Yes, the ${value} one is in stock.`;
    const name = key.replace(/_/g, ' ');
    return `No, the ${value} one is sold out; ${others.length ? `${list(others)} ${others.length > 1 ? 'are' : 'is'} in stock` : `the ${titleInText(p)} is out of stock in every ${name}`}.`;
  }
  return null;
}

function stockAnswer(p: Product, q: ProductQuestion): string {
  const variant = variantStock(p, q.fact);
  if (variant) return variant;
  return q.yesNo ? `${isAvailable(p) ? 'Yes' : 'No'}, the ${titleInText(p)} is ${stock(p)}.` : `The ${titleInText(p)} is ${stock(p)}.`;
}

/**
 * What the catalog does not state, in the shopper's words: "The catalog doesn't say whether the X can go in
 * the dishwasher." from the question's own predicate, else the feature's words.
 */
function notStated(p: Product, fact: AskedFact, asked: string): string {
  if (fact.predicate) return `The catalog doesn't say whether ${statePredicate(fact.predicate, `the ${titleInText(p)}`)}.`;
  // No plain clause to say it back in: the shopper's words quoted, never forced into a sentence.
  return `The catalog doesn't mention “${asked}” for the ${titleInText(p)}.`;
}

/** One line of facts: "Trail Runner 2 (Strider): $89, colours red and black, mesh, in stock". */
export function factLine(p: Product): string {
  const facts = [formatPrice(p.price, p.currency)];
  const colours = colourValues(p);
  if (colours.length) facts.push(`${colours.length > 1 ? 'colours' : 'colour'} ${list(colours)}`);
  const material = materialValue(p);
  if (material) facts.push(material);
  const sizes = sizeValues(p);
  // "One size" is no choice to tell the shopper about.
  if (sizes.length && !(sizes.length === 1 && /^one ?size$/i.test(sizes[0] as string))) facts.push(`sizes ${list(sizes)}`);
  facts.push(stock(p));
  return `${titleInText(p)}${p.brand ? ` (${p.brand})` : ''}: ${facts.join(', ')}`;
}

function colourAnswer(p: Product, asked: string[]): string {
  const have = baseColours(p, true);
  const yes = asked.filter((c) => have.has(c));
  const values = colourValues(p, true);
  if (yes.length) return `Yes, the ${titleInText(p)} comes in ${list(values.length ? values : yes)} and is ${stock(p)}.`;
  // A colour it is made in, sold out in every size, is said as sold out, not as a colour it lacks.
  const soldOut = asked.filter((c) => baseColours(p).has(c));
  if (soldOut.length && (values.length || have.size)) return `No, the ${titleInText(p)} in ${list(soldOut)} is sold out. In stock: ${list(values.length ? values : [...have])}.`;
  if (values.length || have.size) return `No, the ${titleInText(p)} doesn't come in ${list(asked)}. It comes in ${list(values.length ? values : [...have])}.`;
  return `The catalog doesn't list colours for the ${titleInText(p)}, so I can't confirm ${list(asked)}.`;
}

function sizeAnswer(p: Product, size: string | undefined): string {
  const sizes = sizeValues(p);
  if (!sizes.length) return `The catalog doesn't list sizes for the ${titleInText(p)}.`;
  if (sizes.length === 1 && /^one ?size$/i.test(sizes[0] as string)) return `The ${titleInText(p)} comes in one size.`;
  if (size && sizes.includes(size)) return `Yes, the ${titleInText(p)} is available in size ${size}.`;
  // Made in that size but none left: sold out, which is not the same as a size it never comes in.
  if (size && sizeValues(p, false).includes(size)) return `No, size ${size} of the ${titleInText(p)} is sold out. In stock: ${list(sizes)}.`;
  if (size) return `No, size ${size} isn't available for the ${titleInText(p)}. Available sizes: ${list(sizes)}.`;
  return `The ${titleInText(p)} comes in sizes ${list(sizes)}${sizes.length < sizeValues(p, false).length ? ' (in stock now)' : ''}.`;
}

function materialAnswer(p: Product, asked: string | undefined, yesNo: boolean): string {
  const material = materialValue(p);
  if (!material) return `The catalog doesn't state the material of the ${titleInText(p)}.`;
  if (asked && yesNo) return material.toLowerCase().includes(asked.toLowerCase()) ? `Yes, the ${titleInText(p)} is made of ${material}.` : `No, the ${titleInText(p)} is made of ${material}.`;
  return `The ${titleInText(p)} is made of ${material}.`;
}

function attributeAnswer(p: Product, key: string, q: ProductQuestion): string {
  const value = p.attributes[key];
  const name = key.replace(/_/g, ' ');
  if (!value) return `The catalog doesn't list the ${name} of the ${titleInText(p)}.`;
  // "is it induction compatible?" → induction: yes. A yes/no value answers the yes/no question.
  return (q.yesNo ? yesNoAttribute(p, name, value, q.fact) : null) ?? `The ${titleInText(p)}'s ${name} is ${value}.`;
}

export function answerProductQuestion(p: Product, q: ProductQuestion): string {
  const { fact } = q;
  const query = askedOf(p, q.query);
  if (query.colours.length > 0) return colourAnswer(p, query.colours);
  if (query.size || fact.field === 'sizes') return sizeAnswer(p, query.size);
  // A key the product itself lacks ("colour" is some products' attribute, this one's variants' values)
  // gives way to the field the question names, read from wherever the catalog holds it.
  // A yes/no question about a key this product lacks may still be answered by its tags or description.
  // So may a unit asked ("how many watts?" of a product whose watts are under "power").
  const stated = fact.unit ? attributeInUnit(p, fact.unit) : undefined;
  const keyed = fact.attributeKey && (p.attributes[fact.attributeKey] || (!fact.field && !q.yesNo && !stated));
  if (keyed && fact.field !== 'price' && fact.field !== 'stock') return attributeAnswer(p, fact.attributeKey as string, q);
  switch (fact.field) {
    case 'material':
      return materialAnswer(p, query.material, q.yesNo);
    case 'brand':
      return p.brand ? `The ${titleInText(p)} is made by ${p.brand}.` : `The catalog doesn't name the brand of the ${titleInText(p)}.`;
    case 'price':
      return `The ${titleInText(p)} costs ${formatPrice(p.price, p.currency)} and is ${stock(p)}.`;
    case 'stock':
      return stockAnswer(p, q);
    case 'colours': {
      const values = colourValues(p);
      return values.length ? `The ${titleInText(p)} comes in ${list(values)}.` : `The catalog doesn't list colours for the ${titleInText(p)}.`;
    }
    case 'weight': {
      const g = measureOf(p, 'weight');
      return g === undefined ? `The catalog doesn't list the weight of the ${titleInText(p)}.` : `The ${titleInText(p)} weighs ${formatWeight(g)}.`;
    }
    case 'capacity': {
      const n = measureOf(p, 'capacity');
      return n === undefined ? `The catalog doesn't say how many people the ${titleInText(p)} is for.` : `The ${titleInText(p)} is for ${n} ${n === 1 ? 'person' : 'people'}.`;
    }
    case 'rating': {
      const r = measureOf(p, 'rating');
      return r === undefined ? `The catalog doesn't list a rating for the ${titleInText(p)}.` : `The ${titleInText(p)} is rated ${r} out of 5.`;
    }
    default:
      break;
  }
  if (query.material) return materialAnswer(p, query.material, q.yesNo);
  if (stated) return `The ${titleInText(p)}'s ${stated.name.replace(/_/g, ' ')} is ${stated.value}.`;
  // "does it come in bar height?": an option of its variants, answered with that variant's stock.
  const variant = q.yesNo ? variantStock(p, fact) : null;
  if (variant) return variant;
  const feature = fact.featureTerms.length > 0 ? describeFeature(p, fact, q.yesNo || fact.field === 'care') : null;
  if (feature) return feature;
  const asked = fact.featureWords.join(' ');
  if (asked && canonicalTerms(asked).length > 0) {
    // The attribute nearest the question is the fact the shopper most likely meant: stated, not a yes.
    const near = q.closest ? ` The closest it lists is its ${q.closest.name.replace(/_/g, ' ')}: ${q.closest.value}.` : ` Here's what it lists: ${factLine(p)}.`;
    return `${notStated(p, fact, asked)}${near}`;
  }
  return `Here's what the catalog lists for the ${factLine(p)}.`;
}
