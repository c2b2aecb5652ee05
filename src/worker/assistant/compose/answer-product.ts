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

export interface ProductQuestion {
  fact: AskedFact;
  query: SearchQuery;
  yesNo: boolean;
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
  return `${p.title}${p.brand ? ` (${p.brand})` : ''}: ${facts.join(', ')}`;
}

function colourAnswer(p: Product, asked: string[]): string {
  const have = baseColours(p, true);
  const yes = asked.filter((c) => have.has(c));
  const values = colourValues(p, true);
  if (yes.length) return `Yes, the ${p.title} comes in ${list(values.length ? values : yes)} and is ${stock(p)}.`;
  if (values.length || have.size) return `No, the ${p.title} doesn't come in ${list(asked)}. It comes in ${list(values.length ? values : [...have])}.`;
  return `The catalog doesn't list colours for the ${p.title}, so I can't confirm ${list(asked)}.`;
}

function sizeAnswer(p: Product, size: string | undefined): string {
  const sizes = sizeValues(p);
  if (!sizes.length) return `The catalog doesn't list sizes for the ${p.title}.`;
  if (size) return sizes.includes(size) ? `Yes, the ${p.title} is available in size ${size}.` : `No, size ${size} isn't available for the ${p.title}. Available sizes: ${list(sizes)}.`;
  return `The ${p.title} comes in sizes ${list(sizes)}${sizes.length < sizeValues(p, false).length ? ' (in stock now)' : ''}.`;
}

function materialAnswer(p: Product, asked: string | undefined, yesNo: boolean): string {
  const material = materialValue(p);
  if (!material) return `The catalog doesn't state the material of the ${p.title}.`;
  if (asked && yesNo) return material.toLowerCase().includes(asked.toLowerCase()) ? `Yes, the ${p.title} is made of ${material}.` : `No, the ${p.title} is made of ${material}.`;
  return `The ${p.title} is made of ${material}.`;
}

function attributeAnswer(p: Product, key: string): string {
  const value = p.attributes[key];
  const name = key.replace(/_/g, ' ');
  return value ? `The ${p.title}'s ${name} is ${value}.` : `The catalog doesn't list the ${name} of the ${p.title}.`;
}

export function answerProductQuestion(p: Product, q: ProductQuestion): string {
  const { fact, query } = q;
  if (query.colours.length > 0) return colourAnswer(p, query.colours);
  if (query.size || fact.field === 'sizes') return sizeAnswer(p, query.size);
  if (fact.attributeKey && fact.field !== 'price' && fact.field !== 'stock') return attributeAnswer(p, fact.attributeKey);
  switch (fact.field) {
    case 'material':
      return materialAnswer(p, query.material, q.yesNo);
    case 'brand':
      return p.brand ? `The ${p.title} is made by ${p.brand}.` : `The catalog doesn't name the brand of the ${p.title}.`;
    case 'price':
      return `The ${p.title} costs ${formatPrice(p.price, p.currency)} and is ${stock(p)}.`;
    case 'stock':
      return q.yesNo ? `${isAvailable(p) ? 'Yes' : 'No'}, the ${p.title} is ${stock(p)}.` : `The ${p.title} is ${stock(p)}.`;
    case 'colours': {
      const values = colourValues(p);
      return values.length ? `The ${p.title} comes in ${list(values)}.` : `The catalog doesn't list colours for the ${p.title}.`;
    }
    case 'weight': {
      const g = measureOf(p, 'weight');
      return g === undefined ? `The catalog doesn't list the weight of the ${p.title}.` : `The ${p.title} weighs ${formatWeight(g)}.`;
    }
    case 'capacity': {
      const n = measureOf(p, 'capacity');
      return n === undefined ? `The catalog doesn't say how many people the ${p.title} is for.` : `The ${p.title} is for ${n} ${n === 1 ? 'person' : 'people'}.`;
    }
    case 'rating': {
      const r = measureOf(p, 'rating');
      return r === undefined ? `The catalog doesn't list a rating for the ${p.title}.` : `The ${p.title} is rated ${r} out of 5.`;
    }
    default:
      break;
  }
  if (query.material) return materialAnswer(p, query.material, q.yesNo);
  const feature = fact.featureTerms.length > 0 ? describeFeature(p, fact, q.yesNo || fact.field === 'care') : null;
  if (feature) return feature;
  const asked = fact.featureWords.join(' ');
  if (asked && canonicalTerms(asked).length > 0) return `The catalog doesn't say that the ${p.title} is ${asked}. Here's what it lists: ${factLine(p)}.`;
  return `Here's what the catalog lists for the ${factLine(p)}.`;
}
