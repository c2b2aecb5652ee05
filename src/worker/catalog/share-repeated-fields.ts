// Worker → catalog: after the products chunks are parsed (load-index.ts), products that repeat a value
// share one copy of it: the category breadcrumb, tag list, attribute object, brand and currency. A big
// shop repeats these across thousands of products; JSON.parse gives each product its own copies.
import type { Product } from '../../protocol/product.ts';

/**
 * Points equal fields of `products` at one shared value, in place. Nothing in the widget writes to a
 * product after load (products cross to the page as copies), so sharing is invisible to readers.
 */
export function shareRepeatedFields(products: Product[]): void {
  const lists = new Map<string, string[]>();
  const attributes = new Map<string, Record<string, string>>();
  const strings = new Map<string, string>();
  // JSON keys cannot collide for different lists; the kind keeps a tag list apart from an equal breadcrumb.
  const list = (kind: string, xs: string[]): string[] => {
    const key = JSON.stringify([kind, ...xs]);
    const seen = lists.get(key);
    if (seen) return seen;
    lists.set(key, xs);
    return xs;
  };
  const text = (s: string): string => {
    const seen = strings.get(s);
    if (seen !== undefined) return seen;
    strings.set(s, s);
    return s;
  };
  for (const p of products) {
    p.categories = list('c', p.categories);
    p.tags = list('t', p.tags);
    const key = JSON.stringify(p.attributes);
    const seen = attributes.get(key);
    if (seen) p.attributes = seen;
    else {
      for (const k of Object.keys(p.attributes)) p.attributes[k] = text(p.attributes[k]!);
      attributes.set(key, p.attributes);
    }
    if (p.brand !== undefined) p.brand = text(p.brand);
    p.currency = text(p.currency);
  }
}
