// Assistant, retrieval: the facts a filter or an answer may read from a product (colours, sizes, material,
// stock), taken from attributes and variants only: descriptions are untrusted text and never quoted.
import type { Product } from '../../../protocol/product.ts';
import { coloursIn } from '../understand/colour-words.ts';

function attr(attributes: Record<string, string>, ...keys: string[]): string | undefined {
  for (const k of keys) if (attributes[k]) return attributes[k];
  return undefined;
}

/** Display colour values of the product and its variants. */
export function colourValues(p: Product, inStockOnly = false): string[] {
  const variants = (p.variants ?? []).filter((v) => !inStockOnly || v.inStock);
  const vals = [attr(p.attributes, 'colour', 'color'), ...variants.map((v) => attr(v.attributes, 'colour', 'color'))];
  return [...new Set(vals.filter((v): v is string => !!v))];
}

/** Filters read the same products on every ask: their colours are worked out once. */
const colourCache = new WeakMap<Product, { any: Set<string>; inStock: Set<string> }>();

/** Base colours the product comes in; falls back to colour words in its title and tags. */
export function baseColours(p: Product, inStockOnly = false): Set<string> {
  let cached = colourCache.get(p);
  if (!cached) {
    cached = { any: computeColours(p, false), inStock: computeColours(p, true) };
    colourCache.set(p, cached);
  }
  return inStockOnly ? cached.inStock : cached.any;
}

function computeColours(p: Product, inStockOnly: boolean): Set<string> {
  const out = new Set<string>();
  const variants = (p.variants ?? []).filter((v) => !inStockOnly || v.inStock);
  for (const v of [attr(p.attributes, 'colour', 'color'), ...variants.map((x) => attr(x.attributes, 'colour', 'color'))]) {
    if (v) for (const c of coloursIn(v)) out.add(c);
  }
  if (out.size === 0) for (const c of coloursIn(`${p.title} ${p.tags.join(' ')}`)) out.add(c);
  return out;
}

const SIZE_TOKEN = /^(x{0,3}s|m|x{0,3}l|\d{1,2}(?:\.5)?)$/i;

const sizeCache = new WeakMap<Product, string[]>();

/** Size values as a list ("S, M, L" → ["S","M","L"]), from attributes and in-stock variants. */
export function sizeValues(p: Product, inStockOnly = true): string[] {
  if (!inStockOnly) return computeSizes(p, false);
  let cached = sizeCache.get(p);
  if (!cached) sizeCache.set(p, (cached = computeSizes(p, true)));
  return cached;
}

function computeSizes(p: Product, inStockOnly: boolean): string[] {
  const vals: string[] = [];
  const own = attr(p.attributes, 'size', 'sizes');
  // "S, M, L" and "S M L" are lists; "One Size" and "15 L" are one value.
  if (own) vals.push(...(/[,/|;]/.test(own) ? own.split(/\s*[,/|;]\s*/) : own.split(/\s+/).every((t) => SIZE_TOKEN.test(t)) ? own.split(/\s+/) : [own]));
  for (const v of p.variants ?? []) {
    const s = attr(v.attributes, 'size');
    if (s && (!inStockOnly || v.inStock)) vals.push(s);
  }
  return [...new Set(vals.map((v) => v.trim().toUpperCase()).filter(Boolean))];
}

export function materialValue(p: Product): string | undefined {
  return attr(p.attributes, 'material', 'fabric', 'materials');
}

/** In stock when the product says so or any variant is. */
export function isAvailable(p: Product): boolean {
  return p.inStock || (p.variants ?? []).some((v) => v.inStock);
}

/** Whether the product is made of the material: attribute first, then title and tags (not description). */
export function hasMaterial(p: Product, material: string): boolean {
  const m = material.toLowerCase();
  const hay = `${materialValue(p) ?? ''} ${p.title} ${p.tags.join(' ')}`.toLowerCase();
  return hay.includes(m);
}
