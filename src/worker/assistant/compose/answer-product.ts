// Assistant, answers: questions about one product and comparisons, from its structured facts only
// (title, price, brand, attributes, variants, stock). Descriptions are untrusted and never quoted.
import type { Product } from '../../../protocol/product.ts';
import type { Slots } from '../understand/extract-slots.ts';
import { canonicalTerms } from '../understand/catalog-vocab.ts';
import { normalizeText } from '../understand/tokenize.ts';
import { baseColours, colourValues, isAvailable, materialValue, sizeValues } from '../retrieve/product-facts.ts';
import { formatPrice } from './format-price.ts';

function list(values: string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
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
  if (sizes.length) facts.push(`sizes ${list(sizes)}`);
  facts.push(stock(p));
  return `${p.title}${p.brand ? ` (${p.brand})` : ''}: ${facts.join(', ')}`;
}

export function answerProductQuestion(p: Product, text: string, slots: Slots): string {
  const t = normalizeText(text);
  if (slots.colours.length > 0) {
    const have = baseColours(p, true);
    const yes = slots.colours.filter((c) => have.has(c));
    const values = colourValues(p, true);
    if (yes.length) return `Yes, the ${p.title} comes in ${list(values.length ? values : yes)} and is ${stock(p)}.`;
    if (values.length || have.size) return `Sorry, the ${p.title} doesn't come in ${list(slots.colours)}. It comes in ${list(values.length ? values : [...have])}.`;
    return `The catalog doesn't list colours for the ${p.title}, so I can't confirm ${list(slots.colours)}.`;
  }
  if (slots.size || /\bsizes?\b|\bfit\b/.test(t)) {
    const sizes = sizeValues(p);
    if (!sizes.length) return `The catalog doesn't list sizes for the ${p.title}.`;
    if (slots.size) return sizes.includes(slots.size) ? `Yes, the ${p.title} is available in size ${slots.size}.` : `Sorry, size ${slots.size} isn't available for the ${p.title}. Available sizes: ${list(sizes)}.`;
    return `The ${p.title} is available in sizes ${list(sizes)}.`;
  }
  if (/\b(material|made of|made from|fabric)\b/.test(t) || slots.material) {
    const material = materialValue(p);
    return material ? `The ${p.title} is made of ${material}.` : `The catalog doesn't state the material of the ${p.title}.`;
  }
  if (/\b(who makes|who made|brand|manufacturer|made by)\b/.test(t)) {
    return p.brand ? `The ${p.title} is made by ${p.brand}.` : `The catalog doesn't name the brand of the ${p.title}.`;
  }
  if (/\b(how much|price|cost|costs|expensive)\b/.test(t)) return `The ${p.title} costs ${formatPrice(p.price, p.currency)} and is ${stock(p)}.`;
  if (/\b(stock|available|availability|sold out)\b/.test(t)) return `The ${p.title} is ${stock(p)}.`;
  if (/\b(colou?rs?)\b/.test(t)) {
    const values = colourValues(p);
    return values.length ? `The ${p.title} comes in ${list(values)}.` : `The catalog doesn't list colours for the ${p.title}.`;
  }
  return answerFromAttributes(p, text) ?? `The catalog doesn't say that about the ${p.title}. Here's what it lists: ${factLine(p)}.`;
}

/** An attribute or tag the question names ("age range", "waterproof"), quoted as the catalog states it. */
function answerFromAttributes(p: Product, text: string): string | null {
  const asked = new Set(canonicalTerms(text));
  const hits = Object.entries(p.attributes).filter(([key]) => canonicalTerms(key.replace(/_/g, ' ')).some((t) => asked.has(t)));
  if (hits.length) return `For the ${p.title}, the catalog lists ${list(hits.slice(0, 3).map(([k, v]) => `${k.replace(/_/g, ' ')}: ${v}`))}.`;
  const tag = p.tags.find((t) => canonicalTerms(t).some((x) => asked.has(x)));
  return tag ? `The ${p.title} is listed as “${tag}”.` : null;
}

export function answerCompare(items: Product[]): string {
  const lines = items.map(factLine);
  const cheapest = [...items].sort((a, b) => a.price - b.price)[0];
  const sameCurrency = items.every((p) => p.currency === items[0]?.currency);
  const tail = cheapest && sameCurrency && items.some((p) => p.price !== cheapest.price) ? ` The ${cheapest.title} is the cheaper option.` : '';
  return `Here's how they compare. ${lines.join('. ')}.${tail}`;
}
