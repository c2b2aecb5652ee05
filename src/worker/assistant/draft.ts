// Assistant: what running one action produces (the answer before it becomes an AskResult) and what the
// stages after `decide` may use: the catalog and its retrievers, the encoder, the recommender.
import type { AnswerAction, AnswerSource, ComparisonTable } from '../../protocol/assistant.ts';
import type { Product } from '../../protocol/product.ts';
import type { CatalogData } from '../catalog/catalog-data.ts';
import type { EmbedFn } from './retrieve/embed-scorer.ts';
import type { FaqSearch } from './retrieve/faq-search.ts';
import type { ProductSearch } from './retrieve/product-search.ts';
import type { Recommender } from './retrieve/recommend-in-chat.ts';
import type { ConversationState } from './state/conversation-state.ts';
import type { AnswerEffect } from './state/next-state.ts';
import type { PageContext } from './understand/understanding.ts';

export interface Draft {
  intent: string;
  text: string;
  products?: Product[];
  /** One reason for every product, or a reason per product id. */
  reason?: string | Map<string, string>;
  actions?: AnswerAction[];
  source?: AnswerSource;
  comparison?: ComparisonTable;
  language?: string;
  effect: AnswerEffect;
}

export interface Tools {
  catalog: CatalogData;
  search: ProductSearch;
  faq: FaqSearch;
  embed?: EmbedFn;
  recommend?: Recommender;
  state: ConversationState;
  page: PageContext;
  /** Categories nearest to the message by meaning, best first, with their cosine (empty without encoder). */
  nearestCategories: (embedding: Float32Array) => Array<{ name: string; path: string[]; cosine: number }>;
}

export function effectOf(intent: string, shown: Product[] = [], replacesResults = shown.length > 0): AnswerEffect {
  return { intent, shown: shown.map((p) => p.id), replacesResults };
}
