// CLI build: the shop's own short texts the widget's assistant embeds (help-centre sentences and headings
// as the worker reads them, category paths as its vocabulary joins them), so `aisle build` can embed them
// once (the `text-vectors` chunk, see src/shared/text-vectors.ts) instead of every shopper's device.
import type { FaqEntry } from '../../protocol/index-format.ts';
import type { Product } from '../../protocol/product.ts';
import { buildFaqSections } from '../../worker/assistant/retrieve/faq-sentences.ts';

export function shopTexts(faq: FaqEntry[], products: Product[]): string[] {
  const sections = buildFaqSections(faq);
  const sentences = sections.sentences.map((s) => s.text);
  const categories = products.filter((p) => p.categories.length > 0).map((p) => p.categories.join(' '));
  return [...new Set([...sentences, ...sections.names, ...categories])];
}
