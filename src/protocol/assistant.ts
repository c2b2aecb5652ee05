// Protocol: the chat assistant's request and answer shapes.
import type { RecommendedProduct } from './product.ts';

export interface ChatMessage {
  role: 'shopper' | 'assistant';
  text: string;
  products?: RecommendedProduct[];
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
  /** What the assistant understood: useful for the UI and tests. */
  intent: string;
  /** Host actions the answer offers (contact a human, ...). The shopper's click performs them. */
  actions?: Array<{ kind: 'contact-human' | 'open-url'; label: string; url?: string }>;
}
