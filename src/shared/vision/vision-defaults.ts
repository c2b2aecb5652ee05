// Shared vision: the settings `aisle build --images` writes into the manifest (and the widget then
// follows), chosen by `npm run eval:image` (test/eval/RESULTS-image.md has every alternative measured).
import type { FeatureRecipe } from './image-feature.ts';
import type { ImageView } from './image-views.ts';

/** The 1792-d embedding and the 448-d block-16 tap, each normalised, then signed √. */
export const DEFAULT_RECIPE: FeatureRecipe = { parts: [1792, 448], use: 2, power: 0.5 };
/** Catalog pictures are centred product shots: the whole picture and its mirror. */
export const CATALOG_VIEWS: ImageView[] = ['full', 'full-mirror', 'centre', 'centre-80'];
/** A shopper's photo: the whole frame and two centre crops (the product is rarely the whole frame). */
export const QUERY_VIEWS: ImageView[] = ['full', 'centre', 'centre-80'];

/** PP-OCR on a shopper's photo in the worker: a smaller detector input than the CLI's 960 px, fewer lines. */
export const QUERY_OCR = { maxSide: 640, maxLines: 6 } as const;

export interface FusionWeights {
  visual: number;
  colour: number;
  text: number;
  category: number;
}

/**
 * When the best product counts as a match. The visual cosine alone cannot tell an unrelated photo from
 * a shopper's (their best cosines overlap: eval RESULTS-image.md), so a match needs one clear sign:
 * the label text, close colours, or a product that stands far above the rest by look.
 */
export interface MatchThresholds {
  minText: number;
  minColour: number;
  minVisualZ: number;
}

export const DEFAULT_FUSION: FusionWeights = { visual: 1, colour: 0.5, text: 1.5, category: 0.5 };
export const DEFAULT_THRESHOLDS: MatchThresholds = { minText: 0.3, minColour: 0.62, minVisualZ: 3 };
