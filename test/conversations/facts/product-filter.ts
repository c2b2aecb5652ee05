// Conversation checks: which catalog products a statement is about ("tents that sleep at least 4", "not
// pink") and the catalog's own ranking of them ("the two cheapest"), written as data.
import type { FactProduct, FlagFact, NumberFact } from './fact-product.ts';

export interface ProductFilter {
  id?: string | string[];
  type?: string | string[];
  brand?: string | string[];
  colour?: string;
  notColour?: string;
  material?: string;
  notMaterial?: string;
  /** A word or phrase in the title, description or tags. */
  text?: string;
  notText?: string;
  minPrice?: number;
  maxPrice?: number;
  min?: Partial<Record<NumberFact, number>>;
  max?: Partial<Record<NumberFact, number>>;
  /** The catalog states this value (true or false); a flag it does not state matches neither. */
  flag?: Partial<Record<FlagFact, boolean>>;
  inStock?: boolean;
  /** At least one of these. */
  any?: ProductFilter[];
}

/** Products matching `where`, ranked by the catalog's own numbers (ties broken by id, so stable). */
export interface Pick {
  where: ProductFilter;
  by?: 'price' | NumberFact;
  order?: 'asc' | 'desc';
  skip?: number;
  take?: number;
  /** Only products whose title no other product shares (a shopper names a product by its title). */
  uniqueTitle?: boolean;
}

const oneOf = (value: string, wanted: string | string[]) => ([] as string[]).concat(wanted).some((w) => w.toLowerCase() === value.toLowerCase());
const hasWord = (text: string, phrase: string) => new RegExp(`(^|[^a-z0-9])${phrase.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9])`).test(text);

export function matches(p: FactProduct, f: ProductFilter): boolean {
  if (f.id !== undefined && !oneOf(p.id, f.id)) return false;
  if (f.type !== undefined && !oneOf(p.type, f.type)) return false;
  if (f.brand !== undefined && !oneOf(p.brand, f.brand)) return false;
  if (f.colour !== undefined && !p.colours.some((c) => oneOf(c, f.colour!))) return false;
  if (f.notColour !== undefined && p.colours.some((c) => oneOf(c, f.notColour!))) return false;
  if (f.material !== undefined && !p.materials.some((m) => m.toLowerCase().includes(f.material!.toLowerCase()))) return false;
  if (f.notMaterial !== undefined && p.materials.some((m) => m.toLowerCase().includes(f.notMaterial!.toLowerCase()))) return false;
  if (f.text !== undefined && !hasWord(p.text, f.text)) return false;
  if (f.notText !== undefined && hasWord(p.text, f.notText)) return false;
  if (f.minPrice !== undefined && p.price < f.minPrice) return false;
  if (f.maxPrice !== undefined && p.price > f.maxPrice) return false;
  for (const [k, v] of Object.entries(f.min ?? {})) if (!(p.numbers[k as NumberFact]! >= v)) return false;
  for (const [k, v] of Object.entries(f.max ?? {})) if (!(p.numbers[k as NumberFact]! <= v)) return false;
  for (const [k, v] of Object.entries(f.flag ?? {})) if (p.flags[k as FlagFact] !== v) return false;
  if (f.inStock !== undefined && p.inStock !== f.inStock) return false;
  if (f.any !== undefined && !f.any.some((g) => matches(p, g))) return false;
  return true;
}

const NUMBER_WORDS: Record<NumberFact, string> = { capacity: 'sleeps', tempF: 'rating °F', litres: 'litres', lumens: 'lumens', weightG: 'grams', rating: 'rating', watts: 'watts', cm: 'cm' };

export function describeFilter(f: ProductFilter): string {
  const parts: string[] = [];
  const list = (v: string | string[]) => ([] as string[]).concat(v).join(' or ');
  if (f.id !== undefined) parts.push(`id ${list(f.id)}`);
  if (f.type !== undefined) parts.push(list(f.type));
  if (f.brand !== undefined) parts.push(`by ${list(f.brand)}`);
  if (f.colour) parts.push(`in ${f.colour}`);
  if (f.notColour) parts.push(`not ${f.notColour}`);
  if (f.material) parts.push(`made of ${f.material}`);
  if (f.notMaterial) parts.push(`no ${f.notMaterial}`);
  if (f.text) parts.push(`"${f.text}" in its copy`);
  if (f.notText) parts.push(`no "${f.notText}" in its copy`);
  if (f.minPrice !== undefined) parts.push(`price ≥ ${f.minPrice}`);
  if (f.maxPrice !== undefined) parts.push(`price ≤ ${f.maxPrice}`);
  for (const [k, v] of Object.entries(f.min ?? {})) parts.push(`${NUMBER_WORDS[k as NumberFact]} ≥ ${v}`);
  for (const [k, v] of Object.entries(f.max ?? {})) parts.push(`${NUMBER_WORDS[k as NumberFact]} ≤ ${v}`);
  for (const [k, v] of Object.entries(f.flag ?? {})) parts.push(v ? k : `not ${k}`);
  if (f.inStock !== undefined) parts.push(f.inStock ? 'in stock' : 'out of stock');
  if (f.any) parts.push(`(${f.any.map(describeFilter).join(' | ')})`);
  return parts.join(', ') || 'any product';
}

export function rankValue(p: FactProduct, by: Pick['by'] = 'price'): number {
  return by === 'price' ? p.price : p.numbers[by] ?? Number.NaN;
}

export function select(products: FactProduct[], pick: Pick): FactProduct[] {
  const titles = new Map<string, number>();
  if (pick.uniqueTitle) for (const p of products) titles.set(p.title, (titles.get(p.title) ?? 0) + 1);
  const found = products.filter((p) => matches(p, pick.where) && (!pick.uniqueTitle || titles.get(p.title) === 1));
  if (pick.by) {
    const sign = pick.order === 'desc' ? -1 : 1;
    found.sort((a, b) => sign * (rankValue(a, pick.by) - rankValue(b, pick.by)) || a.id.localeCompare(b.id));
  }
  return found.slice(pick.skip ?? 0, pick.take === undefined ? undefined : (pick.skip ?? 0) + pick.take);
}

export function describePick(pick: Pick): string {
  const what = describeFilter(pick.where);
  if (!pick.by) return what;
  const by = pick.by === 'price' ? (pick.order === 'desc' ? 'most expensive' : 'cheapest') : `${pick.order === 'desc' ? 'highest' : 'lowest'} ${NUMBER_WORDS[pick.by]}`;
  return `the ${pick.take && pick.take > 1 ? `${pick.take} ` : ''}${by} (${what})`;
}
