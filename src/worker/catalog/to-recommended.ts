// Worker: turns a catalog product and a reason into the public result shape (RecommendedProduct).
import type { Product, RecommendedProduct } from '../../protocol/product.ts';
import { priceText } from './price-text.ts';

export function toRecommended(product: Product, reason: string): RecommendedProduct {
  const out: RecommendedProduct = { id: product.id, title: product.title, price: product.price, currency: product.currency, reason };
  const category = product.categories[product.categories.length - 1];
  if (category) out.category = category;
  if (product.url) out.url = product.url;
  if (product.image) out.image = product.image;
  const text = priceText(product.price, product.currency);
  if (text) out.priceText = text;
  return out;
}
