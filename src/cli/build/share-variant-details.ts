// CLI build: details a feed writes per variant (Shopify's grams, barcode and "requires shipping" are
// variant columns) belong to the product when every variant says the same: they move up. A detail that
// differs stays on each variant; for the weight the product also keeps the default (first) variant's,
// the one its page shows first, so "the lightest tent" can compare products. An option every variant has
// with the same value (a sleeping bag sold in one temperature rating) is the product's too: it is copied up.
import { getOwn, setOwn } from './own-record.ts';
import type { NormalizedVariant } from './normalize-variant.ts';

/** Details the product keeps from its first variant when its variants differ. */
const DEFAULT_FROM_FIRST = new Set(['weight']);

export function shareVariantDetails(product: Record<string, string>, variants: NormalizedVariant[]): void {
  if (variants.length === 0) return;
  const keys = new Set(variants.flatMap((v) => [...v.details]));
  for (const key of keys) {
    const first = getOwn(variants[0].variant.attributes, key);
    const same = variants.every((v) => v.details.has(key) && getOwn(v.variant.attributes, key) === first);
    const own = getOwn(product, key);
    if (same && first !== undefined && (own === undefined || own === first)) {
      setOwn(product, key, first);
      for (const v of variants) delete v.variant.attributes[key];
    } else if (DEFAULT_FROM_FIRST.has(key) && first !== undefined && own === undefined) {
      setOwn(product, key, first);
    }
  }
  const options = new Set(variants.flatMap((v) => Object.keys(v.variant.attributes).filter((k) => !v.details.has(k))));
  for (const key of options) {
    const first = getOwn(variants[0].variant.attributes, key);
    if (first !== undefined && getOwn(product, key) === undefined && variants.every((v) => getOwn(v.variant.attributes, key) === first)) setOwn(product, key, first);
  }
}
