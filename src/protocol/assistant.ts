// Protocol: the chat assistant's request and answer shapes.
import type { RecommendedProduct } from './product.ts';

export type AnswerAction = { kind: 'contact-human' | 'open-url'; label: string; url?: string };

/** The help-centre section an answer came from: the UI shows `text` behind "see the whole section". */
export interface AnswerSource {
  /** The FAQ entry's id in the index. */
  entryId: string;
  /** "Shipping and delivery" or "Shipping › International": the path the shopper reads. */
  section: string;
  /** The whole section as the merchant wrote it (plain text). */
  text: string;
}

/** A compact comparison: one column per product, one row per fact, every cell from catalog fields. */
export interface ComparisonTable {
  products: Array<{ id: string; title: string }>;
  /** `values[i]` belongs to `products[i]`; '' where the catalog says nothing. */
  rows: Array<{ label: string; values: string[] }>;
}

export interface ChatMessage {
  role: 'shopper' | 'assistant';
  text: string;
  products?: RecommendedProduct[];
  /** Kept with the answer so a reloaded conversation shows what it showed. */
  source?: AnswerSource;
  comparison?: ComparisonTable;
  actions?: AnswerAction[];
  at: number;
  /** A shopper's photo question: a small JPEG of the photo, kept on the device with the chat. */
  photo?: PhotoThumbnail;
}

export interface PhotoThumbnail {
  jpeg: Uint8Array;
  width: number;
  height: number;
}

export interface AskResult {
  text: string;
  products: RecommendedProduct[];
  /**
   * What the assistant understood: an intent id of the assistant's taxonomy
   * (src/worker/assistant/understand/intent-taxonomy.ts), or 'out-of-scope' / 'not-english'.
   */
  intent: string;
  /** Host actions the answer offers (contact a human, ...). The shopper's click performs them. */
  actions?: AnswerAction[];
  /** Where a policy answer came from, with the whole section. */
  source?: AnswerSource;
  /** Set for comparisons: the table the UI renders under the text. */
  comparison?: ComparisonTable;
  /** ISO 639-1 code when the message was not English. */
  language?: string;
}
