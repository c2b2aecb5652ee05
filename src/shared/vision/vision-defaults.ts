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

export interface FusionWeights {
  visual: number;
  colour: number;
  text: number;
  category: number;
  /** Fused score below which the answer says it could not match the photo. */
  minScore: number;
}

export const DEFAULT_FUSION: FusionWeights = { visual: 1, colour: 0.5, text: 1.5, category: 0.5, minScore: 0.55 };
