// Assistant, answers: questions about one product, stated from its catalog fields (price, brand, colours,
// sizes, material, stock, measures, attributes, tags). The description is merchant text: it is quoted only
// as the clause that holds the asked feature, and never a clause with a price, a link or an address.
import type { Product } from '../../../protocol/product.ts';
import { canonicalTerms } from '../understand/catalog-vocab.ts';
import type { AskedFact } from '../understand/parse-fact.ts';
import type { SearchQuery } from '../understand/search-query.ts';
import { baseColours, colourValues, isAvailable, materialValue, sizeValues } from '../retrieve/product-facts.ts';
import { measureOf } from '../retrieve/product-measures.ts';
import { describeFeature } from './describe-feature.ts';
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
  if (values.length || have.size) return `No, the ${titleInText(p)} doesn't come in ${list(asked)}. It comes in ${list(values.length ? values : [...have])}.`;
  return `The catalog doesn't list colours for the ${titleInText(p)}, so I can't confirm ${list(asked)}.`;
}

function sizeAnswer(p: Product, size: string | undefined): string {
  const sizes = sizeValues(p);
  if (!sizes.length) return `The catalog doesn't list sizes for the ${titleInText(p)}.`;
  if (size) return sizes.includes(size) ? `Yes, the ${titleInText(p)} is available in size ${size}.` : `No, size ${size} isn't available for the ${titleInText(p)}. Available sizes: ${list(sizes)}.`;
  return `The ${titleInText(p)} comes in sizes ${list(sizes)}${sizes.length < sizeValues(p, false).length ? ' (in stock now)' : ''}.`;
}

function materialAnswer(p: Product, asked: string | undefined, yesNo: boolean): string {
  const material = materialValue(p);
  if (!material) return `The catalog doesn't state the material of the ${titleInText(p)}.`;
  if (asked && yesNo) return material.toLowerCase().includes(asked.toLowerCase()) ? `Yes, the ${titleInText(p)} is made of ${material}.` : `No, the ${titleInText(p)} is made of ${material}.`;
  return `The ${titleInText(p)} is made of ${material}.`;
}

function attributeAnswer(p: Product, key: string): string {
  const value = p.attributes[key];
  const name = key.replace(/_/g, ' ');
  return value ? `The ${titleInText(p)}'s ${name} is ${value}.` : `The catalog doesn't list the ${name} of the ${titleInText(p)}.`;
}

export function answerProductQuestion(p: Product, q: ProductQuestion): string {
  const { fact, query } = q;
  if (query.colours.length > 0) return colourAnswer(p, query.colours);
  if (query.size || fact.field === 'sizes') return sizeAnswer(p, query.size);
  // A key the product itself lacks ("colour" is some products' attribute, this one's variants' values)
  // gives way to the field the question names, read from wherever the catalog holds it.
  const keyed = fact.attributeKey && (p.attributes[fact.attributeKey] || !fact.field);
  if (keyed && fact.field !== 'price' && fact.field !== 'stock') return attributeAnswer(p, fact.attributeKey as string);
  switch (fact.field) {
    case 'material':
      return materialAnswer(p, query.material, q.yesNo);
    case 'brand':
      return p.brand ? `The ${titleInText(p)} is made by ${p.brand}.` : `The catalog doesn't name the brand of the ${titleInText(p)}.`;
    case 'price':
      return `The ${titleInText(p)} costs ${formatPrice(p.price, p.currency)} and is ${stock(p)}.`;
    case 'stock':
      return q.yesNo ? `${isAvailable(p) ? 'Yes' : 'No'}, the ${titleInText(p)} is ${stock(p)}.` : `The ${titleInText(p)} is ${stock(p)}.`;
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
  const feature = fact.featureTerms.length > 0 ? describeFeature(p, fact, q.yesNo || fact.field === 'care') : null;
  if (feature) return feature;
  const asked = fact.featureWords.join(' ');
  if (asked && canonicalTerms(asked).length > 0) {
    // The attribute nearest the question is the fact the shopper most likely meant: stated, not a yes.
    const near = q.closest ? ` The closest it lists is its ${q.closest.name.replace(/_/g, ' ')}: ${q.closest.value}.` : ` Here's what it lists: ${factLine(p)}.`;
    return `The catalog doesn't say that the ${titleInText(p)} is ${asked}.${near}`;
  }
  return `Here's what the catalog lists for the ${factLine(p)}.`;
}
