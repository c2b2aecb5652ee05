// Worker → catalog: the optional product fields the shared text limits (src/shared/text-limits.ts) do not
// check: ratings, review counts, compare-at prices, image alt text and variant pictures. A hand-edited or
// foreign index holding a bad one loses that value, never the product: the assistant states these as facts.
import type { Product } from '../../protocol/product.ts';
import { capText, TEXT_LIMITS } from '../../shared/text-limits.ts';

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The product with each extra field valid or removed, in place (a freshly parsed chunk is not shared). */
export function checkProductExtras(p: Product): Product {
  if (p.rating !== undefined && !(finite(p.rating) && p.rating >= 0 && p.rating <= 5)) delete p.rating;
  if (p.reviewCount !== undefined && !(Number.isInteger(p.reviewCount) && p.reviewCount >= 0)) delete p.reviewCount;
  if (p.compareAtPrice !== undefined && !(finite(p.compareAtPrice) && p.compareAtPrice > p.price)) delete p.compareAtPrice;
  if (p.imageAlt !== undefined) {
    if (typeof p.imageAlt !== 'string' || !p.image) delete p.imageAlt;
    else p.imageAlt = capText(p.imageAlt, TEXT_LIMITS.title);
  }
  for (const v of p.variants ?? []) {
    if (v.compareAtPrice !== undefined && !(finite(v.compareAtPrice) && finite(v.price) && v.compareAtPrice > v.price)) delete v.compareAtPrice;
    if (v.image !== undefined && !(typeof v.image === 'string' && v.image.length <= TEXT_LIMITS.url)) delete v.image;
  }
  return p;
}
