// Shared vision: the settings `aisle build --images` writes into the manifest (and the widget then
// follows), chosen by `npm run eval:image` (test/eval/RESULTS-image.md has every alternative measured).
import type { FeatureRecipe } from './image-feature.ts';
import type { ImageView } from './image-views.ts';

/** The 1792-d embedding and the 448-d block-16 tap, each normalised, then signed √. */
export const DEFAULT_RECIPE: FeatureRecipe = { parts: [1792, 448], use: 2, power: 0.5 };
/** Catalog pictures are centred product shots: the whole picture and its mirror. */
export const CATALOG_VIEWS: ImageView[] = ['full', 'full-mirror', 'centre', 'centre-80'];
/**
 * A shopper's photo: the whole frame, the centred square (the product is rarely the whole frame) and the
 * mirrored frame. Chosen by 5-fold cross-validation on the clothing catalog folder alone: 0.726 against
 * 0.714 for the first choice (whole, centre, centre 80 %) at the same cost; all four views 0.728.
 */
export const QUERY_VIEWS: ImageView[] = ['full', 'centre', 'full-mirror'];

/**
 * Made-up shopper photos of each catalog picture (augment-views.ts shelfScenes): how many, and how much
 * their mean counts next to the picture in the product's vector. Chosen on train.txt (RESULTS-image.md).
 */
export const CATALOG_SCENES = { count: 16, weight: 0.5 } as const;

/**
 * The category head's training (train-category-head.ts): chosen by 5-fold cross-validation on the clothing
 * catalog folder (train/) alone; the first settings (40 epochs, L2 1e-4) are measured next to it.
 */
export const HEAD_TRAINING = { epochs: 60, l2: 1e-5 } as const;

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
